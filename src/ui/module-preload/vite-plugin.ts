/**
 * Vite plugin: the built URLs of lazy modules, for the page to fetch them ahead of use without running them
 * (`<link rel="modulepreload">`, preload-modules.ts). Running a module is what costs the main thread; fetching it
 * costs the network only, and a module so fetched sits in the page's module map, so a later `import()` finds it
 * with no network at all.
 *
 * The virtual module `virtual:module-urls` exports MODULE_URLS: for each name given here, the URL of the module's
 * chunk and of every chunk it imports statically, in the order they load. The source cannot know those URLs (they
 * carry content hashes), so the build writes a placeholder per name and fills it in once the chunks are named.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:module-urls';
const RESOLVED_ID = `\0${MODULE_ID}`;
const placeholder = (name: string) => `__tccc_module_urls_${name}__`;

/** What `generateBundle` is handed, as far as this plugin reads it. */
export type BuiltChunks = Record<
  string,
  { type: 'chunk'; fileName: string; moduleIds: string[]; imports: string[]; code: string } | { type: 'asset' }
>;

/** The chunk that holds `moduleId` and every chunk it imports statically (depth first, each once), as URLs under `base`. */
export function chunkUrls(bundle: BuiltChunks, moduleId: string, base: string): string[] {
  // The chunk that holds the module (Rolldown names no facade for a dynamic entry that shares its chunk).
  const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(moduleId));
  if (!entry || entry.type !== 'chunk') throw new Error(`module-urls: no chunk holds ${moduleId}`);
  const seen = new Set<string>();
  const visit = (fileName: string): void => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  return [...seen].map((fileName) => `${base}${fileName}`);
}

/** `code` with each name's placeholder string (any quotes the minifier chose) replaced by the array of its URLs. */
export function fillPlaceholders(code: string, urls: Record<string, string[]>): string {
  let out = code;
  for (const [name, list] of Object.entries(urls))
    out = out.replace(new RegExp(`([\`"'])${placeholder(name)}\\1`, 'g'), () => JSON.stringify(list));
  return out;
}

/**
 * Register in vite.config.ts: `moduleUrls({ name: 'src/path/to/module.ts', … })`, paths from the project root. The
 * names must match virtual-module-urls.d.ts.
 */
export function moduleUrls(modules: Record<string, string>): Plugin {
  let base = '/';
  let root = process.cwd();
  let serving = false;
  return {
    name: 'tccc-module-urls',
    configResolved(config) {
      base = config.base;
      root = config.root;
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      // The dev server serves each source module at its own path.
      const urls = Object.fromEntries(
        Object.entries(modules).map(([name, path]) => [name, serving ? [`${base}${path}`] : placeholder(name)]),
      );
      return `export const MODULE_URLS = ${JSON.stringify(urls)};`;
    },
    generateBundle(_options, bundle) {
      const built = bundle as unknown as BuiltChunks;
      const urls = Object.fromEntries(
        Object.entries(modules).map(([name, path]) => [name, chunkUrls(built, resolve(root, path), base)]),
      );
      for (const chunk of Object.values(built))
        if (chunk.type === 'chunk' && chunk.code.includes('__tccc_module_urls_'))
          chunk.code = fillPlaceholders(chunk.code, urls);
    },
  };
}
