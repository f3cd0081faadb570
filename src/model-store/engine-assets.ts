import { ENGINE_ASSETS_CACHE } from '../engine-runtime/ort-files.js';
import { ModelStoreError } from './errors.js';

/**
 * Puts engine runtime files into the service worker's engine-assets cache (the one its CacheFirst route reads), so
 * an engine whose model is stored also starts offline, even if it never ran while the device was online.
 */
export async function keepEngineAssets(urls: string[]): Promise<void> {
  const cache = await caches.open(ENGINE_ASSETS_CACHE);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    try {
      await cache.add(url);
    } catch (error) {
      throw new ModelStoreError(
        'network',
        `${url}: could not keep the engine's runtime file for offline use (${(error as Error).message})`,
        url,
      );
    }
  }
}
