import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { BROWSER_DEFAULTS } from '../engines/transformers/shared.js';
import { ENGINE_ASSETS_CACHE } from '../engine-runtime/ort-files.js';
import { isEngineAssetPath, isStaleEngineAsset } from './request-rules.js';

declare const self: ServiceWorkerGlobalScope;

/**
 * Engine assets (in their own cache, so app updates do not evict them) are large and versioned by path (ONNX Runtime's
 * under /ort/<version>/), so the first fetch is kept and reused (CacheFirst;
 * Workbox stores only 200 responses, never a 404 or a partial 206). Model files get no route at all:
 * the model store keeps them in IndexedDB, and caching them here too would double the storage.
 */
export function routeEngineAssets(): void {
  registerRoute(
    ({ url }) => url.origin === self.location.origin && isEngineAssetPath(url.pathname),
    new CacheFirst({ cacheName: ENGINE_ASSETS_CACHE }),
  );
}

/** On activate, drops the engine-assets cache's files of other ONNX Runtime versions than this build's. */
export function pruneStaleEngineAssets(): void {
  self.addEventListener('activate', (event) => event.waitUntil(deleteStaleEngineAssets(BROWSER_DEFAULTS.wasmPaths)));
}

async function deleteStaleEngineAssets(currentOrtBase: string): Promise<void> {
  const cache = await caches.open(ENGINE_ASSETS_CACHE);
  const stale = (await cache.keys()).filter((request) =>
    isStaleEngineAsset(new URL(request.url).pathname, currentOrtBase),
  );
  await Promise.all(stale.map((request) => cache.delete(request)));
}
