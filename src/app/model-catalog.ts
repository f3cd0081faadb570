/**
 * The models the app knows: the manifests built in from model-config/, plus any the kiosk offers in
 * `/models/catalog.json` (`{"models": [manifest, ...]}` beside the mirrored files; an entry replaces a
 * built-in one with the same id, since the kiosk's copy has the sizes and hashes the mirror recorded). The last
 * catalog served is remembered, so a model the kiosk offered stays usable offline once stored.
 */
// The store's own modules, not its index: the catalog loads with the engine probe, which needs no downloader.
import { ModelStoreError } from '../model-store/errors.js';
import { parseManifest, type ModelManifest } from '../model-store/manifest.js';
import { kioskModelUrl, type ModelLocation } from '../model-store/tasks.js';
import { CATALOG_CAP, cappedText } from '../model-store/size-caps.js';
import { byCodeUnits } from '../records/code-unit-order.js';

/** Where the kiosk offers manifests of models it mirrors beyond the built-in ones. */
const KIOSK_CATALOG_PATH = '/models/catalog.json';

// model-config/ is an app input (src/server/app-build.ts rebuilds when it changes), so it ships in the bundle.
const BUILT_IN = import.meta.glob<unknown>('/model-config/*.json', { eager: true, import: 'default' });

/** The models to offer, each with where it is served, and any manifest that could not be read. */
export interface ModelCatalog {
  locations: ModelLocation[];
  /**
   * Ids the kiosk's catalog lists: the models it mirrors (`model:mirror` writes the catalog). Undefined when no
   * catalog answer was ever had. Read from the catalog rather than probed per file, so no request fails.
   */
  onKiosk?: Set<string>;
  /** One sentence per unreadable manifest or catalog, for the Model view. */
  problems: string[];
}

/** Reads `{"models": [...]}`; each manifest is validated on its own so one bad entry hides only itself. */
export function parseCatalog(value: unknown, source: string): { manifests: ModelManifest[]; problems: string[] } {
  const models = (value as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) return { manifests: [], problems: [`${source} has no "models" list.`] };
  const manifests: ModelManifest[] = [];
  const problems: string[] = [];
  models.forEach((m, i) => {
    try {
      manifests.push(parseManifest(m, `${source} entry ${i + 1}`));
    } catch (error) {
      problems.push((error as Error).message);
    }
  });
  return { manifests, problems };
}

/** Built-in manifests first, in file order; a kiosk manifest with the same id takes the built-in one's place. */
export function mergeManifests(builtIn: ModelManifest[], offered: ModelManifest[]): ModelManifest[] {
  const byId = new Map(builtIn.map((m) => [m.id, m]));
  for (const m of offered) byId.set(m.id, m);
  return [...byId.values()];
}

/** The manifests in model-config/ (the schema file aside). */
export function builtInManifests(): ModelManifest[] {
  return Object.entries(BUILT_IN)
    .filter(([path]) => !path.endsWith('/manifest.schema.json'))
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([path, json]) => parseManifest(json, path));
}

/** Keeps the last catalog the kiosk served, so the models it offered (and may be stored) stay known offline. */
export interface CatalogMemory {
  read(): unknown;
  write(catalog: unknown): void;
}

const MEMORY_KEY = 'tccc-kiosk-catalog';

/** The page's localStorage (nothing remembered where there is none, as in Node). */
function localCatalogMemory(): CatalogMemory {
  const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  return {
    read: () => JSON.parse(storage?.getItem(MEMORY_KEY) ?? 'null') as unknown,
    write: (catalog) => storage?.setItem(MEMORY_KEY, JSON.stringify(catalog)),
  };
}

/**
 * Every model this kiosk offers, served from `origin`. The kiosk's answer replaces the remembered catalog (none:
 * an empty one); offline or when the kiosk cannot be reached, the remembered catalog stands in for it.
 */
export async function loadModelCatalog(
  origin: string = location.origin,
  fetchFn: typeof fetch = fetch,
  memory: CatalogMemory = localCatalogMemory(),
): Promise<ModelCatalog> {
  // Offline the request can only fail (and Chromium logs every failed load): keep to what is remembered.
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  let served: unknown;
  const refused: string[] = [];
  try {
    const response = online ? await fetchFn(new URL(KIOSK_CATALOG_PATH, origin), { cache: 'no-cache' }) : undefined;
    // Read with a cap: a catalog that never ends must not fill the page's memory.
    if (response)
      served = response.ok ? JSON.parse(await cappedText(response, CATALOG_CAP, KIOSK_CATALOG_PATH)) : { models: [] };
  } catch (error) {
    // The kiosk went away mid-request: the remembered catalog still describes what may be stored.
    if (error instanceof ModelStoreError) refused.push(error.message);
  }
  if (served !== undefined) memory.write(served);
  const catalog = served ?? memory.read();
  const parsed =
    catalog === null || catalog === undefined
      ? { manifests: [], problems: [] }
      : parseCatalog(catalog, KIOSK_CATALOG_PATH);
  const manifests = mergeManifests(builtInManifests(), parsed.manifests);
  return {
    locations: manifests.map((manifest) => ({ manifest, modelUrl: kioskModelUrl(origin, manifest.id) })),
    ...(catalog === null || catalog === undefined ? {} : { onKiosk: new Set(parsed.manifests.map((m) => m.id)) }),
    problems: [...refused, ...parsed.problems],
  };
}

export { manifestSize } from '../model-store/download-size.js';
