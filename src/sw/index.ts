/**
 * Service worker entry: wires events only. What is cached and how lives in ./precache.ts and
 * ./runtime-caching.ts; built by vite-plugin-pwa (injectManifest) from the workbox npm modules.
 */
import type { PrecacheEntry } from 'workbox-precaching';
import { clientsClaim } from 'workbox-core';
import { routePrecachedApp } from './precache.js';
import { pruneStaleEngineAssets, routeEngineAssets } from './runtime-caching.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

routePrecachedApp(self.__WB_MANIFEST);
routeEngineAssets();
// An update that moved to another ONNX Runtime version leaves the old one's files behind; they go once it takes over.
pruneStaleEngineAssets();

// A new version waits until the medic taps "reload" in the page (sw-bridge posts SKIP_WAITING).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes the open page at once, so it works offline without a second load.
// Updates are unaffected: a waiting worker only activates after SKIP_WAITING or once all tabs close.
clientsClaim();
