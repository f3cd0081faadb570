/**
 * Model store: verified, resumable model downloads into WebLLM's own IndexedDB cache.
 *
 * API for the Model view (all browser-side). What only reads the store (`catalog.ts`: `storedModel`, `deleteModel`;
 * `storage.ts`; `manifest.ts`; `progress.ts`; `download-size.ts`) is imported from its own module by the views and the
 * engine probe, so a page that only shows what is stored never loads the downloader that this index brings with it.
 * - `startDownload({ manifest, modelUrl }, (o) => new WorkerDownload(o))` → `{ role: 'leader', download }` in the one tab that
 *   holds the Web Lock, or `{ role: 'follower', onProgress, leaderGone }` in any other tab.
 * - `download.start()` / `resume()` → Promise<'done' | 'paused' | 'cancelled'>, rejects with a
 *   `ModelStoreError` (from `errors.js`: `code`, `message` naming the file, `file`); `pause()`, `cancel()`.
 * - `download.onProgress(p => …)`: `p.state`, `p.overall` and `p.files[i]` with `bytes`, `total`,
 *   `percent`, `rateBps`, `etaSeconds`; `p.error` once failed. Followers get the same objects.
 * - `listStoredModels(locations)`, `storedModel(location)`, `deleteModel(location)`.
 * - `storageReport()`, `ensureSpace(bytes, what)` (throws `not-enough-space` with a message for a
 *   person); `start()` checks space itself once tensor-cache.json says how big the model is.
 * - `toWebLLMModelRecord(manifest, modelUrl)`: the record engines must give WebLLM, with
 *   `appConfig.cacheBackend = WEBLLM_CACHE_BACKEND`, so it reads what we stored (one copy).
 *
 * `modelUrl` is where WebLLM thinks the model lives (cache keys are built from it):
 * `kioskModelUrl(location.origin, id)` for the kiosk, which serves `<data-dir>/models/`.
 * Manifests live in model-config/*.json (schema there); `parseManifest` validates one.
 * Nothing is written to WebLLM's cache before its length (and SHA-256 where known) checks out.
 */
export { startDownload, type LeaderSession } from './cross-tab.js';
export { ModelDownload, type Download, type DownloadProgress } from './downloader.js';
export { WorkerDownload } from './worker-download.js';
export { deleteModel, listStoredModels, storedModel } from './catalog.js';
export { storageReport } from './storage.js';
export { parseManifest, toWebLLMModelRecord, type ModelManifest } from './manifest.js';
export { kioskModelUrl, type ModelLocation } from './tasks.js';

/** The `appConfig.cacheBackend` under which WebLLM reads the files this store writes. */
export const WEBLLM_CACHE_BACKEND = 'indexeddb' as const;
