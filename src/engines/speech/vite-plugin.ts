/**
 * Vite plugin: the Silero VAD model at VAD_MODEL_URL, from @ricky0123/vad-web's package (never a CDN). The build
 * emits it as an asset (so the service worker's precache lists it and dictation's VAD starts offline); the dev
 * server serves it from node_modules.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { VAD_MODEL_FILE, VAD_MODEL_URL } from './vad-files.js';

const MODEL_PATH = createRequire(import.meta.url).resolve(`@ricky0123/vad-web/dist/${VAD_MODEL_FILE}`);

export function vadAssets(): Plugin {
  return {
    name: 'tccc-vad-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== VAD_MODEL_URL) return next();
        res.setHeader('content-type', 'application/octet-stream');
        createReadStream(MODEL_PATH).pipe(res);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: VAD_MODEL_URL.slice(1), source: readFileSync(MODEL_PATH) });
    },
  };
}
