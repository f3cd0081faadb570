/**
 * The models the app knows: the manifests built in from model-config/, plus any the kiosk offers in
 * `/models/catalog.json` (`{"models": [manifest, ...]}` beside the mirrored files; an entry replaces a
 * built-in one with the same id, since the kiosk's copy has the sizes and hashes the mirror recorded).
 */
import { kioskModelUrl, parseManifest, type ModelLocation, type ModelManifest } from '../../../model-store/index.js';

/** Where the kiosk offers manifests of models it mirrors beyond the built-in ones. */
export const KIOSK_CATALOG_PATH = '/models/catalog.json';

// model-config/ is an app input (src/server/app-build.ts rebuilds when it changes), so it ships in the bundle.
const BUILT_IN = import.meta.glob<unknown>('/model-config/*.json', { eager: true, import: 'default' });

/** The models to offer, each with where it is served, and any manifest that could not be read. */
export interface ModelCatalog {
  locations: ModelLocation[];
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
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, json]) => parseManifest(json, path));
}

/** Every model this kiosk offers, served from `origin`. Offline or without a catalog, the built-in ones. */
export async function loadModelCatalog(origin: string = location.origin, fetchFn: typeof fetch = fetch): Promise<ModelCatalog> {
  const problems: string[] = [];
  let offered: ModelManifest[] = [];
  // Offline the request can only fail (and Chromium logs every failed load): keep to the built-in list.
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  try {
    const response = online ? await fetchFn(new URL(KIOSK_CATALOG_PATH, origin), { cache: 'no-cache' }) : undefined;
    if (response?.ok) {
      const parsed = parseCatalog(await response.json(), KIOSK_CATALOG_PATH);
      offered = parsed.manifests;
      problems.push(...parsed.problems);
    }
  } catch {
    // The kiosk went away mid-request: the built-in manifests still describe what may be stored.
  }
  const manifests = mergeManifests(builtInManifests(), offered);
  return { locations: manifests.map((manifest) => ({ manifest, modelUrl: kioskModelUrl(origin, manifest.id) })), problems };
}

/** The model's own size where the manifest records it: bytes of known files, and whether every file is known. */
export function manifestSize(manifest: ModelManifest): { bytes: number; complete: boolean } {
  // A WebLLM manifest lists its shards only once the mirror has recorded them from tensor-cache.json.
  const listed = manifest.engine !== 'webllm' || manifest.files.some((f) => f.kind === 'shard');
  const bytes = manifest.files.reduce((s, f) => s + (f.size ?? 0), 0);
  return { bytes, complete: listed && manifest.files.every((f) => f.size !== undefined) };
}
