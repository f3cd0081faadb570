// Entry: defines <tccc-app> (index.html renders it); the shell registers the service worker.
import './shell/tccc-app.js';
