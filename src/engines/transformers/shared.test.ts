import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORT_WASM_FILES, ortBasePath, ortRuntimeUrls } from '../../engine-runtime/ort-files.js';
import { ORT_VERSION } from '../../engine-runtime/ort-version.generated.js';
import { BROWSER_DEFAULTS } from './shared.js';
import { installedOrtVersion, ortVersionModule } from './vite-plugin.js';

describe('ONNX Runtime file paths', () => {
  it('put the version in the folder', () => {
    expect(ortBasePath('1.22.0')).toBe('/ort/1.22.0/');
    expect(ortBasePath('1.23.0-dev.20250101-abc')).toBe('/ort/1.23.0-dev.20250101-abc/');
  });

  it('are the installed version by default, for the engine and the model store alike', () => {
    expect(BROWSER_DEFAULTS.wasmPaths).toBe(`/ort/${installedOrtVersion()}/`);
    expect(ortRuntimeUrls()).toEqual(
      Object.values(ORT_WASM_FILES).map((file) => `/ort/${installedOrtVersion()}/${file}`),
    );
  });

  it('come from a generated module that names the installed onnxruntime-web (npm run build rewrites it)', () => {
    expect(ORT_VERSION).toBe(installedOrtVersion());
    const generated = readFileSync(new URL('../../engine-runtime/ort-version.generated.ts', import.meta.url), 'utf8');
    expect(generated).toBe(ortVersionModule(installedOrtVersion()));
  });
});
