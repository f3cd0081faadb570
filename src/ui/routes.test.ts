import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, ROUTES, matchRoute } from './routes.js';

describe('routes', () => {
  it('has the six views, each at its own path with a matching tag', () => {
    expect(ROUTES.map((route) => route.path)).toEqual([
      '/capture',
      '/record',
      '/reports',
      '/library',
      '/model',
      '/bench',
    ]);
    for (const route of ROUTES) expect(route.tag).toBe(`${route.path.slice(1)}-view`);
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
