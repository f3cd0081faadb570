import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, ROUTES, appLinkTarget, matchRoute, railRoutes } from './routes.js';

describe('routes', () => {
  it('has the views, each at its own path with a matching tag', () => {
    expect(ROUTES.map((route) => route.path)).toEqual([
      '/capture',
      '/record',
      '/reports',
      '/board',
      '/library',
      '/model',
      '/bench',
      '/devices',
    ]);
    for (const route of ROUTES) expect(route.tag).toBe(`${route.path.slice(1)}-view`);
  });

  it("lists Devices in the rail only on the kiosk's own page", () => {
    expect(railRoutes(true).map((route) => route.label)).toContain('Devices');
    expect(railRoutes(false).map((route) => route.label)).not.toContain('Devices');
    expect(railRoutes(false)).toHaveLength(ROUTES.length - 1);
  });

  it('sends / and unknown paths to no route, so the router lands them on Capture', () => {
    expect(matchRoute('/')).toBeUndefined();
    expect(matchRoute('/nowhere')).toBeUndefined();
    expect(matchRoute('/capture/extra')).toBeUndefined();
    expect(DEFAULT_ROUTE.path).toBe('/capture');
  });

  it('matches a path with or without a trailing slash', () => {
    expect(matchRoute('/reports')?.tag).toBe('reports-view');
    expect(matchRoute('/reports/')?.tag).toBe('reports-view');
  });
});

const HERE = 'http://kiosk.local:8443/record?x=1#top';

describe('appLinkTarget', () => {
  it('keeps the query string and the hash of an app link', () => {
    expect(appLinkTarget('/library?passage=tourniquet-conversion', HERE)).toBe(
      '/library?passage=tourniquet-conversion',
    );
    expect(appLinkTarget('http://kiosk.local:8443/library?passage=a%20b#cite-2', HERE)).toBe(
      '/library?passage=a%20b#cite-2',
    );
    expect(appLinkTarget('/reports/#file', HERE)).toBe('/reports/#file');
  });

  it('gives a plain app path as it is', () => {
    expect(appLinkTarget('/capture', HERE)).toBe('/capture');
    expect(appLinkTarget('reports', HERE)).toBe('/reports');
  });

  it('leaves other origins and paths that are not views to the browser', () => {
    expect(appLinkTarget('http://elsewhere.local/library?passage=x', HERE)).toBeUndefined();
    expect(appLinkTarget('https://kiosk.local:8443/library', HERE)).toBeUndefined();
    expect(appLinkTarget('/models/phi-2/resolve/main/config.json', HERE)).toBeUndefined();
    expect(appLinkTarget('/?passage=x', HERE)).toBeUndefined();
  });
});
