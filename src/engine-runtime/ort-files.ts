/**
 * ONNX Runtime's files as our origin serves them, and the cache that keeps them offline: what the transformers.js
 * engine loads, the model store keeps once a CPU model is stored, and the service worker caches. A leaf module (it
 * imports nothing of ours), so each of those three uses it without importing another.
 */
import { ORT_VERSION } from './ort-version.generated.js';

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

/** The same-origin URLs of ONNX Runtime's files, which the transformers.js engine loads before any model. */
export function ortRuntimeUrls(base: string = ortBasePath()): string[] {
  return Object.values(ORT_WASM_FILES).map((file) => `${base}${file}`);
}

/** Cache holding engine runtime files; the model store fills it too, so a downloaded CPU model starts offline. */
export const ENGINE_ASSETS_CACHE = 'tccc-engine-assets';
