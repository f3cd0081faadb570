import { describe, expect, it } from 'vitest';
import { isAppNavigationPath, isEngineAssetPath, isStaleEngineAsset } from './request-rules.js';

describe('isEngineAssetPath', () => {
  it('takes engine assets and wasm files', () => {
    expect(isEngineAssetPath('/engine-assets/ort/ort-wasm-simd-threaded.jsep.mjs')).toBe(true);
    expect(isEngineAssetPath('/assets/ort-wasm-simd.wasm')).toBe(true);
    expect(isEngineAssetPath('/ort/ort-wasm-simd-threaded.asyncify.mjs')).toBe(true);
    expect(isEngineAssetPath('/ort/1.22.0/ort-wasm-simd-threaded.asyncify.mjs')).toBe(true);
  });
  it('never takes model files, even wasm ones', () => {
    expect(isEngineAssetPath('/models/phi-2/params_shard_0.bin')).toBe(false);
    expect(isEngineAssetPath('/models/phi-2/phi-2-webgpu.wasm')).toBe(false);
  });
  it('leaves app code to the precache', () => {
    expect(isEngineAssetPath('/assets/index-abc.js')).toBe(false);
  });
});

describe('isStaleEngineAsset', () => {
  const current = '/ort/1.23.0/';
  it('keeps the current ONNX Runtime version', () => {
    expect(isStaleEngineAsset('/ort/1.23.0/ort-wasm-simd-threaded.asyncify.wasm', current)).toBe(false);
  });
  it('drops other versions and the old unversioned layout', () => {
    expect(isStaleEngineAsset('/ort/1.22.0/ort-wasm-simd-threaded.asyncify.wasm', current)).toBe(true);
    expect(isStaleEngineAsset('/ort/1.23.0-dev.1/ort-wasm-simd-threaded.asyncify.mjs', current)).toBe(true);
    expect(isStaleEngineAsset('/ort/ort-wasm-simd-threaded.asyncify.mjs', current)).toBe(true);
  });
  it('leaves engine assets outside /ort/ alone', () => {
    expect(isStaleEngineAsset('/engine-assets/ort/ort-wasm-simd-threaded.jsep.mjs', current)).toBe(false);
    expect(isStaleEngineAsset('/assets/ort-wasm-simd.wasm', current)).toBe(false);
  });
});

describe('isAppNavigationPath', () => {
  it('serves the app for view paths and the root', () => {
    for (const path of ['/', '/capture', '/record', '/reports/', '/bench'])
      expect(isAppNavigationPath(path)).toBe(true);
  });
  it('lets file-like paths reach the server', () => {
    for (const path of ['/ca.crt', '/assets/missing.js', '/manifest.webmanifest'])
      expect(isAppNavigationPath(path)).toBe(false);
  });
  it('never answers model or engine-asset paths with the app', () => {
    expect(isAppNavigationPath('/models/phi-2')).toBe(false);
    expect(isAppNavigationPath('/engine-assets/ort')).toBe(false);
    expect(isAppNavigationPath('/ort/')).toBe(false);
  });
});
