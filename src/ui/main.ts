// Entry: defines <tccc-app> (index.html renders it); the shell registers the service worker.
import './shell/tccc-app.js';
void import('./engine-chooser.js').then((chooser) => chooser.startEngineChooser()); // own chunk: the rules engine serves while it probes
