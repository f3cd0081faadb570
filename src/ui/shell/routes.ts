/**
 * The app's views, one per path. Pure data: no DOM, so it is unit-tested in Node.
 *
 * VIEW CONTRACT (how to fill or add a view):
 * - One folder per view: `src/ui/views/<name>/<name>-view.ts` defines the custom element
 *   `<name>-view` (class `<Name>View`) as a side effect of being imported; add its row below.
 * - The shell imports the module on first visit (its own lazy chunk), creates the element once
 *   with no attributes or properties, and afterwards only toggles its `hidden` attribute, so
 *   in-progress input survives switching views. Keep durable state in storage all the same:
 *   a reload re-creates the view.
 * - Styles: `static styles = [sharedStyles, viewStyles, local]` (src/ui/styles/); the view owns
 *   its `<h1>`; the shell owns header, navigation, engine status and the update banner.
 * - To move elsewhere call `navigate('/record')` (src/ui/router.ts, which knows no routes) or render a plain
 *   `<a href="/record">`: the shell turns same-origin app links into History API navigations.
 * - App state and intents come from the app layer (src/app/): `watchApp(this, (app) => app.casualties)`
 *   (src/ui/app-context.ts) re-renders the view on each change; the view holds no app state of its own.
 */

/** One navigable view. */
export interface Route {
  /** Absolute path, also the nav link's href. */
  readonly path: string;
  /** Nav label and the first part of the document title. */
  readonly label: string;
  /** Custom element tag the view module defines. */
  readonly tag: string;
  /** Loads the view module (a dynamic import, so each view is its own chunk). */
  readonly load: () => Promise<unknown>;
  /** In the rail only on the kiosk's own page (`app/device-name.ts` isKioskPage): its API answers nowhere else. */
  readonly kioskOnly?: boolean;
}

export const ROUTES: readonly Route[] = [
  { path: '/capture', label: 'Capture', tag: 'capture-view', load: () => import('../views/capture/capture-view.js') },
  { path: '/record', label: 'Record', tag: 'record-view', load: () => import('../views/record/record-view.js') },
  { path: '/reports', label: 'Reports', tag: 'reports-view', load: () => import('../views/reports/reports-view.js') },
  { path: '/board', label: 'Board', tag: 'board-view', load: () => import('../views/board/board-view.js') },
  { path: '/library', label: 'Library', tag: 'library-view', load: () => import('../views/library/library-view.js') },
  { path: '/model', label: 'Model', tag: 'model-view', load: () => import('../views/model/model-view.js') },
  { path: '/bench', label: 'Bench', tag: 'bench-view', load: () => import('../views/bench/bench-view.js') },
  {
    path: '/devices',
    label: 'Devices',
    tag: 'devices-view',
    load: () => import('../views/devices/devices-view.js'),
    kioskOnly: true,
  },
];

/** The routes the rail lists on a page: the kiosk's own page lists them all, a tablet not the kiosk-only ones. */
export function railRoutes(onKiosk: boolean): readonly Route[] {
  return ROUTES.filter((route) => onKiosk || !route.kioskOnly);
}

/** Where `/` and any unknown path land. */
export const DEFAULT_ROUTE: Route = ROUTES[0];

/** The route a location pathname names (a trailing slash is ignored), or undefined when it names none. */
export function matchRoute(pathname: string): Route | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTES.find((route) => route.path === path);
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
