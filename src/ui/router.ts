/**
 * History API navigation for the shell and views. The route table and the view contract
 * live in ./routes.ts; this module only moves between paths and tells the shell.
 */
import { DEFAULT_ROUTE, matchRoute, type Route } from './routes.js';

/** Fired on window after navigate() changes the URL (popstate covers back/forward). */
const ROUTE_CHANGED = 'tccc-route-changed';

/**
 * Go to an app path (query string and hash included), adding a history entry unless `replace`;
 * a no-op when already there.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === location.pathname + location.search + location.hash) return;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(ROUTE_CHANGED));
}

/** Calls `listener` after every navigation (ours or back/forward); returns the unsubscribe. */
export function onRouteChange(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(ROUTE_CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(ROUTE_CHANGED, listener);
  };
}

/** The route for the current URL; `/` and unknown paths are rewritten in place to the default. */
export function currentRoute(): Route {
  const route = matchRoute(location.pathname);
  if (route) return route;
  history.replaceState(null, '', DEFAULT_ROUTE.path);
  return DEFAULT_ROUTE;
}

/**
 * Where a link to `href` goes inside the app, resolved against the page at `here`: path, query
 * string and hash (views read `?passage=` and the like); undefined for other origins and non-routes.
 */
export function appLinkTarget(href: string, here: string): string | undefined {
  const url = new URL(href, here);
  if (url.origin !== new URL(here).origin || !matchRoute(url.pathname)) return undefined;
  return url.pathname + url.search + url.hash;
}

/**
 * Turns plain clicks on same-origin links to app routes, inside any shadow root under `root`,
 * into navigate() calls; modified clicks (new tab, download) keep the browser's behaviour.
 */
export function interceptAppLinks(root: HTMLElement): () => void {
  const onClick = (event: MouseEvent): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const target = appLinkTarget(anchor.href, location.href);
    if (target === undefined) return;
    event.preventDefault();
    navigate(target);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
