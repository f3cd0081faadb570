import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ENGINE_ASSETS_CACHE, isEngineAssetPath } from './request-rules.js';

/**
 * Engine assets (in their own cache, so app updates do not evict them) are large and versioned by name, so the first fetch is kept and reused (CacheFirst;
 * Workbox stores only 200 responses, never a 404 or a partial 206). Model files get no route at all:
 * the model store keeps them in IndexedDB, and caching them here too would double the storage.
 */
export function routeEngineAssets(): void {
  registerRoute(
    ({ url }) => url.origin === self.location.origin && isEngineAssetPath(url.pathname),
    new CacheFirst({ cacheName: ENGINE_ASSETS_CACHE }),
  );
}
