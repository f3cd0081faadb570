import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fileUrl,
  isSpeechModel,
  parseManifest,
  resolveBase,
  shardsOf,
  toWebLLMModelRecord,
  withShards,
} from './manifest.js';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';

const dir = new URL('../../model-config/', import.meta.url);
const shipped = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'manifest.schema.json')
  .map((f) => parseManifest(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), f));

describe('shipped manifests', () => {
  it('include the four Phi-2 variants, a transformers.js fallback and two speech models', () => {
    expect(shipped.map((m) => m.id).sort()).toEqual(
      [
        'onnx-community/Qwen2.5-0.5B-Instruct',
        'onnx-community/moonshine-base-ONNX',
        'onnx-community/moonshine-tiny-ONNX',
        'phi-2-q4f16_1-MLC',
        'phi-2-q4f16_1-MLC-1k',
        'phi-2-q4f32_1-MLC',
        'phi-2-q4f32_1-MLC-1k',
      ].sort(),
    );
  });

  it('mark the speech models as such, and only them', () => {
    expect(
      shipped
        .filter(isSpeechModel)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['onnx-community/moonshine-base-ONNX', 'onnx-community/moonshine-tiny-ONNX']);
  });

  it("match WebLLM 0.2.86's prebuilt records for the Phi-2 variants", () => {
    for (const m of shipped.filter((x) => x.engine === 'webllm')) {
      const prebuilt = prebuiltAppConfig.model_list.find((r) => r.model_id === m.id)!;
      const ours = toWebLLMModelRecord(m);
      expect(ours.model).toBe(prebuilt.model);
      expect(ours.model_lib).toBe(prebuilt.model_lib);
      expect(ours.vram_required_MB).toBe(prebuilt.vram_required_MB);
      expect(ours.overrides.context_window_size).toBe(prebuilt.overrides?.context_window_size);
      expect(ours.required_features ?? []).toEqual(prebuilt.required_features ?? []);
    }
  });
});

describe('manifest helpers', () => {
  it('builds URLs the way WebLLM cleanModelUrl does', () => {
    expect(resolveBase('https://h/mlc-ai/m')).toBe('https://h/mlc-ai/m/resolve/main/');
    expect(resolveBase('https://h/m/resolve/v2/')).toBe('https://h/m/resolve/v2/');
    expect(fileUrl('http://127.0.0.1:8/models/x', 'params_shard_0.bin')).toBe(
      'http://127.0.0.1:8/models/x/resolve/main/params_shard_0.bin',
    );
  });

  it('rejects an invalid manifest with every problem listed', () => {
    expect(() => parseManifest({ id: 'x', engine: 'gguf' }, 'bad.json')).toThrow(
      /bad\.json is not a valid model manifest: .*engine.*/,
    );
  });

  it('adds shards from tensor-cache.json, keeping recorded hashes and refusing a size conflict', () => {
    const m = shipped.find((x) => x.id === 'phi-2-q4f16_1-MLC')!;
    const tc = { records: [{ dataPath: 'params_shard_0.bin', nbytes: 10 }] };
    expect(withShards(m, tc).at(-1)).toEqual({ path: 'params_shard_0.bin', kind: 'shard', size: 10 });
    const recorded = {
      ...m,
      files: [...m.files, { path: 'params_shard_0.bin', kind: 'shard' as const, size: 10, sha256: 'a'.repeat(64) }],
    };
    expect(withShards(recorded, tc).filter((f) => f.kind === 'shard')).toEqual([
      { path: 'params_shard_0.bin', kind: 'shard', size: 10, sha256: 'a'.repeat(64) },
    ]);
    expect(() => withShards(recorded, { records: [{ dataPath: 'params_shard_0.bin', nbytes: 11 }] })).toThrow(
      /says 11 bytes, the manifest 10/,
    );
  });
});

describe('file names in a manifest or a tensor cache', () => {
  const base = {
    id: 'm',
    engine: 'webllm',
    baseUrl: 'https://example.org/m',
    variant: { quantization: 'q4f32_1', contextWindow: 1024, requiredFeatures: [], vramMB: 0 },
  };
  it.each(['../../../../tmp/x/pwned.bin', 'a/../../b', './x', '..'])(
    'a manifest naming %j is refused by the schema',
    (path) => {
      expect(() => parseManifest({ ...base, files: [{ path, kind: 'shard' }] }, 'm.json')).toThrow(
        /m\.json is not a valid model manifest: \/files\/0\/path must match pattern/,
      );
    },
  );
  it('a tensor cache naming a file outside the model is refused with the file named', () => {
    expect(() => shardsOf({ records: [{ dataPath: '../../../../tmp/x/pwned.bin', nbytes: 1 }] })).toThrow(
      /tensor-cache\.json names the file "\.\.\/\.\.\/\.\.\/\.\.\/tmp\/x\/pwned\.bin", which has a "\.\." segment/,
    );
    expect(() => shardsOf({ records: [{ dataPath: '%2e%2e/x.bin', nbytes: 1 }] })).toThrow(
      /tensor-cache\.json names the file "%2e%2e\/x\.bin"/,
    );
  });
  it('a model library URL whose last segment is not a plain name is refused', () => {
    expect(() =>
      parseManifest(
        { ...base, modelLib: 'https://example.org/lib/%2e%2e.wasm', files: [{ path: 'a', kind: 'config' }] },
        'm.json',
      ),
    ).toThrow(/m\.json \(modelLib\) names the file "%2e%2e\.wasm"/);
  });
});
