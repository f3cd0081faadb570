/** The model download's worker: the page keeps its thread for the medic (see download-host.ts). */
import { serveDownload } from './download-host.js';

serveDownload(self);
