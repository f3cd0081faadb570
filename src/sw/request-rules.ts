/**
 * Which same-origin paths the service worker treats how. Pure functions of the path, shared by
 * the routes and their unit tests.
 */
import { ORT_ROOT } from '../engine-runtime/ort-files.js';

/** Model shards: stored in IndexedDB by the model store, never in a service worker cache. */
const MODELS_PREFIX = '/models/';
/** Engine runtime files (ONNX Runtime wasm and the like) served from our own origin. */
const ENGINE_ASSETS_PREFIX = '/engine-assets/';
/** ONNX Runtime's files for the transformers.js engine, one folder per version, copied there by the build (src/engines/transformers/vite-plugin.ts). */
const ORT_PREFIX = ORT_ROOT;

/** True for an engine asset: anything under /engine-assets/ or /ort/, and any .wasm outside /models/. */
export function isEngineAssetPath(pathname: string): boolean {
  if (pathname.startsWith(MODELS_PREFIX)) return false;
  return pathname.startsWith(ENGINE_ASSETS_PREFIX) || pathname.startsWith(ORT_PREFIX) || pathname.endsWith('.wasm');
}

/**
 * True for a cached engine asset of another ONNX Runtime version than the one at `currentOrtBase` (`/ort/<version>/`),
 * unversioned ones included: no bundle of ours will load it again, and it holds tens of MB.
 */
export function isStaleEngineAsset(pathname: string, currentOrtBase: string): boolean {
  return pathname.startsWith(ORT_PREFIX) && !pathname.startsWith(currentOrtBase);
}

/**
 * True when a navigation to `pathname` should get the app's index.html: any path that does not
 * name a file (no extension in its last segment) and is not under /models/, /engine-assets/ or /ort/.
 * File-like paths (the CA certificate download, a missing asset) reach the server, which 404s.
 */
export function isAppNavigationPath(pathname: string): boolean {
  if ([MODELS_PREFIX, ENGINE_ASSETS_PREFIX, ORT_PREFIX].some((prefix) => pathname.startsWith(prefix))) return false;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !/\.[A-Za-z0-9]+$/.test(lastSegment);
}
