/** The model download's worker: the page keeps its thread for the medic (see download-host.ts). */
import { serveDownload, type DownloadEndpoint } from './download-host.js';

serveDownload(self as unknown as DownloadEndpoint);
