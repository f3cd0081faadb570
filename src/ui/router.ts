/**
 * History API navigation for the views: move to a path, hear when the path changes. It knows no routes: the shell owns
 * the route table and the view contract (shell/routes.ts), so a view that navigates never imports the views back.
 */

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
