import type { ModelLocation } from '../../model-store/tasks.js';
import { ORT_VERSION } from './ort-version.generated.js';

/** Settings of the transformers.js engine, shared by the page (client) and the worker. Plain data: it crosses postMessage. */
export interface TransformersSettings {
  /** Folder name of the model under `localModelPath`, e.g. "tiny-phi". */
  modelId: string;
  /** Where model files are served by us: a URL path on our origin in the browser ("/models/"), a folder in Node. */
  localModelPath: string;
  /** "wasm" in the browser; "cpu" (onnxruntime-node) in Node. */
  device: 'wasm' | 'webgpu' | 'cpu';
  /** Which ONNX file: "fp32" → onnx/model.onnx, "q8" → onnx/model_quantized.onnx, "q4" → onnx/model_q4.onnx. */
  dtype: 'fp32' | 'q8' | 'q4';
  /** Where ONNX Runtime's .wasm/.mjs files are served by us (browser only), e.g. "/ort/1.22.0/". */
  wasmPaths?: string;
  /** Longest answer, in tokens. */
  maxNewTokens: number;
  /**
   * Browser: the model as the model store keeps it (its manifest and kiosk URL). When set, every model file is read
   * from the store's verified copy and nothing is fetched; a model not fully stored fails to load.
   */
  stored?: ModelLocation;
}

/**
 * ONNX Runtime files the browser loads, which the build must copy from node_modules/onnxruntime-web/dist/ to
 * `wasmPaths` (transformers.js 4 picks the asyncify build; without these it would reach for a CDN).
 */
export const ORT_WASM_FILES = {
  mjs: 'ort-wasm-simd-threaded.asyncify.mjs',
  wasm: 'ort-wasm-simd-threaded.asyncify.wasm',
} as const;

/** The URL folder under which every ONNX Runtime version's files live. */
export const ORT_ROOT = '/ort/';

/**
 * Where one ONNX Runtime version's files are served. The version is in the path because their names carry none and the
 * service worker keeps them CacheFirst: a new bundle must never pair with an old runtime cached under the same URL.
 */
export function ortBasePath(version: string = ORT_VERSION): string {
  return `${ORT_ROOT}${encodeURIComponent(version)}/`;
}

/** Where the kiosk serves the fallback model and ONNX Runtime's files (see the report for the copy list). */
export const BROWSER_DEFAULTS = {
  localModelPath: '/models/',
  wasmPaths: ortBasePath(),
  device: 'wasm',
  dtype: 'fp32',
  maxNewTokens: 256,
} as const satisfies Partial<TransformersSettings>;
