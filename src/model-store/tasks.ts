import {
  fileUrl,
  modelLibFileName,
  storeScopeOf,
  toWebLLMModelRecord,
  withShards,
  type FileKind,
  type ManifestFile,
  type ModelManifest,
  type StoreScope,
} from './manifest.js';

/** One file to fetch from `fetchUrl` and store in WebLLM's cache under `url`. */
export interface FileTask {
  modelId: string;
  path: string;
  kind: FileKind;
  url: string;
  fetchUrl: string;
  scope: StoreScope;
  size?: number;
  sha256?: string;
}

/** Where a model is read from (`modelUrl`, the ModelRecord.model WebLLM builds keys from) and fetched from. */
export interface ModelLocation {
  manifest: ModelManifest;
  /** Base the cache keys are built on; the kiosk's `<origin>/models/<id>` by default. */
  modelUrl: string;
  /** Base the bytes are fetched from; `modelUrl` when omitted. */
  sourceUrl?: string;
}

/**
 * The files to download for a model: the manifest's files, its model library, and, once
 * tensor-cache.json is known, every shard it lists.
 */
export function planTasks(loc: ModelLocation, tensorCache?: unknown): FileTask[] {
  const { manifest, modelUrl } = loc;
  const source = loc.sourceUrl ?? modelUrl;
  const files: ManifestFile[] = tensorCache === undefined ? manifest.files : withShards(manifest, tensorCache);
  const tasks = files.map((f) => task(manifest, f, fileUrl(modelUrl, f.path), fileUrl(source, f.path)));
  const libName = modelLibFileName(manifest);
  if (manifest.engine === 'webllm' && libName && !files.some((f) => f.kind === 'model-lib')) {
    const url = toWebLLMModelRecord(manifest, modelUrl).model_lib;
    const upstream = source === manifest.baseUrl;
    tasks.push(
      task(
        manifest,
        { path: libName, kind: 'model-lib' },
        url,
        upstream ? manifest.modelLib! : fileUrl(source, libName),
      ),
    );
  }
  return tasks;
}

function task(manifest: ModelManifest, f: ManifestFile, url: string, fetchUrl: string): FileTask {
  return {
    modelId: manifest.id,
    path: f.path,
    kind: f.kind,
    url,
    fetchUrl,
    scope: storeScopeOf(manifest.engine, f.kind),
    ...(f.size !== undefined ? { size: f.size } : {}),
    ...(f.sha256 !== undefined ? { sha256: f.sha256 } : {}),
  };
}

/** The kiosk URL a model is served from: `<origin>/models/<id>` (see src/server). */
export function kioskModelUrl(origin: string, modelId: string): string {
  return new URL(`/models/${modelId}`, origin).href;
}
