/**
 * The one place transformers.js is told where models and ONNX Runtime come from, for every engine built on it
 * (the text model and the speech model): never the hub or a CDN; the model store's verified copy when there is one
 * (nothing fetched), else our own folder or origin; ORT's wasm from our origin.
 */
import type { VerifiedModelFiles } from '../../model-store/verified-files.js';
import { modelStoreCache } from './model-cache.js';
import { ORT_WASM_FILES } from '../../engine-runtime/ort-files.js';

/** What the loader needs to know: the model's folder name, where it is served, and where ORT's files are. */
export interface ModelSource {
  modelId: string;
  localModelPath: string;
  wasmPaths?: string | undefined;
}

/** Imports transformers.js and points it at `source` (and `files`, the store's verified copy, when given). */
export async function transformersFor(
  source: ModelSource,
  files?: VerifiedModelFiles,
): Promise<typeof import('@huggingface/transformers')> {
  const transformers = await import('@huggingface/transformers');
  const { env } = transformers;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = source.localModelPath;
  // With the store, a file it lacks is simply absent (optional files are then skipped): no request is ever made.
  env.fetch = files
    ? async () => new Response(null, { status: 404, statusText: 'Not in the model store' })
    : (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init);
  env.useBrowserCache = false;
  env.useFSCache = false;
  env.useWasmCache = false;
  env.useCustomCache = files !== undefined;
  env.customCache = files ? modelStoreCache(files, source.modelId, source.localModelPath) : null;
  const { wasmPaths } = source;
  if (wasmPaths && env.backends.onnx.wasm) {
    env.backends.onnx.wasm.wasmPaths = { mjs: wasmPaths + ORT_WASM_FILES.mjs, wasm: wasmPaths + ORT_WASM_FILES.wasm };
  }
  return transformers;
}

/** transformers.js's progress callback, as our LoadProgress (capped below 1 until the caller says it is ready). */
export function loadProgressCallback(onProgress: ((p: { fraction: number; text: string }) => void) | undefined) {
  return (info: { status: string; file?: string; progress?: number }) => {
    if (info.status === 'progress' && info.progress !== undefined) {
      onProgress?.({ fraction: Math.min(0.99, info.progress / 100), text: `Loading ${info.file ?? 'model'}` });
    }
  };
}
