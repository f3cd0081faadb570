import type { ErrorObject } from 'ajv';
import validateGenerated from './manifest-validator.generated.js';
import { ModelStoreError } from './errors.js';
import { checkModelFileName } from './model-file-name.js';

/** What a file is for; decides where WebLLM keeps it and what its bytes should look like. */
export type FileKind = 'config' | 'tokenizer' | 'tensor-cache' | 'shard' | 'model-lib' | 'onnx' | 'other';

/** One file of a model, relative to `<baseUrl>/resolve/main/`. */
export interface ManifestFile {
  path: string;
  kind: FileKind;
  size?: number;
  sha256?: string;
}

/** A model as described by `model-config/<id>.json` (schema: model-config/manifest.schema.json). */
export interface ModelManifest {
  $schema?: string;
  id: string;
  engine: 'webllm' | 'transformers';
  /** What the model does; absent means text-generation. Speech models serve Dictate, never extraction. */
  task?: 'text-generation' | 'speech-recognition';
  description?: string;
  baseUrl: string;
  modelLib?: string;
  variant: {
    quantization: string;
    contextWindow: number;
    requiredFeatures: string[];
    vramMB: number;
    lowResourceRequired?: boolean;
    dtype?: string;
  };
  files: ManifestFile[];
}

/** True for a speech-to-text model (Dictate's), which the extraction engines must never be offered. */
export function isSpeechModel(manifest: Pick<ModelManifest, 'task'>): boolean {
  return manifest.task === 'speech-recognition';
}

// Compiled ahead of time (npm run gen:validator): run-time compilation needs eval, which the CSP forbids.
const validateFn = validateGenerated as unknown as ((value: unknown) => value is ModelManifest) & {
  errors?: ErrorObject[] | null;
};

/** Checks a parsed manifest against the schema; throws a ModelStoreError listing every problem. */
export function parseManifest(value: unknown, source = 'manifest'): ModelManifest {
  if (validateFn(value)) {
    // The schema's pattern says the same; this names the file and the reason, and covers the model library's name.
    for (const f of value.files) checkModelFileName(f.path, source);
    modelLibFileName(value, source);
    return value;
  }
  const problems = (validateFn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  throw new ModelStoreError('manifest', `${source} is not a valid model manifest: ${problems.join('; ')}`);
}

/**
 * WebLLM's `cleanModelUrl`: appends `/resolve/main/` unless the URL already names a revision.
 * Cache keys must be built exactly this way or WebLLM will not find our files.
 */
export function resolveBase(modelUrl: string): string {
  let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

/** Absolute URL of a model file under a base, as WebLLM builds it (`new URL(path, base)`). */
export function fileUrl(modelUrl: string, path: string): string {
  return new URL(path, resolveBase(modelUrl)).href;
}

/** File name of the model library, which the kiosk serves beside the model's other files. */
export function modelLibFileName(manifest: ModelManifest, source = `manifest ${manifest.id}`): string | undefined {
  const name = manifest.modelLib?.split('/').pop();
  return manifest.modelLib === undefined ? undefined : checkModelFileName(name, `${source} (modelLib)`);
}

/** The part of tensor-cache.json we rely on: one record per shard file. */
interface TensorCache {
  records: { dataPath: string; nbytes: number }[];
}

/** Reads the shard list (path and size) out of a parsed tensor-cache.json. */
export function shardsOf(tensorCache: unknown, source = 'tensor-cache.json'): ManifestFile[] {
  const records = (tensorCache as Partial<TensorCache> | null)?.records;
  if (!Array.isArray(records) || records.some((r) => typeof r?.dataPath !== 'string' || !Number.isInteger(r?.nbytes))) {
    throw new ModelStoreError(
      'manifest',
      `${source} has no valid "records" list of {dataPath, nbytes}`,
      'tensor-cache.json',
    );
  }
  return records.map((r) => ({ path: checkModelFileName(r.dataPath, source), kind: 'shard' as const, size: r.nbytes }));
}

/**
 * The full file list: the manifest's own files, then every shard tensor-cache.json names.
 * A shard already in the manifest (recorded by the mirror) keeps its recorded size and hash.
 */
export function withShards(manifest: ModelManifest, tensorCache: unknown): ManifestFile[] {
  const known = new Map(manifest.files.map((f) => [f.path, f]));
  const shards = shardsOf(tensorCache).map((s) => {
    const recorded = known.get(s.path);
    if (recorded?.size !== undefined && recorded.size !== s.size) {
      throw new ModelStoreError(
        'manifest',
        `${s.path}: tensor-cache.json says ${s.size} bytes, the manifest ${recorded.size}`,
        s.path,
      );
    }
    return { ...s, ...recorded, kind: 'shard' as const };
  });
  const shardPaths = new Set(shards.map((s) => s.path));
  return [...manifest.files.filter((f) => !shardPaths.has(f.path)), ...shards];
}

/** The WebLLM IndexedDB database a file kind lives in (see WebLLM 0.2.86 `reloadInternal`). */
export type WebLLMScope = 'webllm/model' | 'webllm/config' | 'webllm/wasm';

function webllmScopeOf(kind: FileKind): WebLLMScope {
  if (kind === 'config') return 'webllm/config';
  if (kind === 'model-lib') return 'webllm/wasm';
  return 'webllm/model';
}

/**
 * Our own database for transformers.js models, laid out like WebLLM's (store `urls`, records `{url, data}`), so one
 * writer serves both; the transformers worker reads it through `env.customCache` (see verified-files.ts).
 */
export const TRANSFORMERS_SCOPE = 'tccc/transformers';

/** The IndexedDB database a verified file is kept in: WebLLM's own for its models, ours for transformers.js. */
export type StoreScope = WebLLMScope | typeof TRANSFORMERS_SCOPE;

/** Where a file of a model of `engine` is kept once verified. */
export function storeScopeOf(engine: ModelManifest['engine'], kind: FileKind): StoreScope {
  return engine === 'transformers' ? TRANSFORMERS_SCOPE : webllmScopeOf(kind);
}

/**
 * The WebLLM ModelRecord for a manifest served from `modelUrl` (the kiosk's
 * `<origin>/models/<id>` or the upstream base). Engines must use this record so the
 * URLs WebLLM builds are the keys our downloader wrote.
 */
export function toWebLLMModelRecord(manifest: ModelManifest, modelUrl: string = manifest.baseUrl) {
  const libName = modelLibFileName(manifest);
  const local = modelUrl !== manifest.baseUrl;
  return {
    model: modelUrl,
    model_id: manifest.id,
    model_lib: local && libName ? fileUrl(modelUrl, libName) : (manifest.modelLib ?? ''),
    vram_required_MB: manifest.variant.vramMB,
    low_resource_required: manifest.variant.lowResourceRequired ?? false,
    ...(manifest.variant.requiredFeatures.length ? { required_features: manifest.variant.requiredFeatures } : {}),
    overrides: { context_window_size: manifest.variant.contextWindow },
  };
}
