import { ortBasePath } from '../../engine-runtime/ort-files.js';
import type { ModelLocation } from '../../model-store/tasks.js';

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

/** Where the kiosk serves the fallback model and ONNX Runtime's files (see the report for the copy list). */
export const BROWSER_DEFAULTS = {
  localModelPath: '/models/',
  wasmPaths: ortBasePath(),
  device: 'wasm',
  dtype: 'fp32',
  maxNewTokens: 256,
} as const satisfies Partial<TransformersSettings>;
