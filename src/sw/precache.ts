import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { isAppNavigationPath } from './request-rules.js';

/**
 * Precaches the build (the list vite-plugin-pwa injects: HTML, JS, CSS, icons, manifest, JSON
 * indexes), drops caches of older builds, and answers app navigations with the precached
 * index.html so a reload on any view works offline.
 */
export function routePrecachedApp(manifest: Array<PrecacheEntry | string>): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  const appShell = createHandlerBoundToURL('/index.html');
  registerRoute(
    ({ request, url }) =>
      request.mode === 'navigate' && url.origin === self.location.origin && isAppNavigationPath(url.pathname),
    appShell,
  );
}
