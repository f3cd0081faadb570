/**
 * Fetches modules without running them: a `<link rel="modulepreload">` each, once per URL. A later `import()` of
 * one then runs it from the page's module map, with no network.
 */
export function preloadModules(urls: readonly string[]): void {
  for (const href of urls) {
    if (document.head.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
