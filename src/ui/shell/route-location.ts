/**
 * The shell's side of routing: which route the address bar names, and same-origin app links turned into History API
 * navigations. It lives with the route table (./routes.ts), which views never import.
 */
import { navigate } from '../router.js';
import { DEFAULT_ROUTE, appLinkTarget, matchRoute, type Route } from './routes.js';

/** The route for the current URL; `/` and unknown paths are rewritten in place to the default. */
export function currentRoute(): Route {
  const route = matchRoute(location.pathname);
  if (route) return route;
  history.replaceState(null, '', DEFAULT_ROUTE.path);
  return DEFAULT_ROUTE;
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
