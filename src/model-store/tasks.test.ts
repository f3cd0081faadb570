import { describe, expect, it } from 'vitest';
import { TRANSFORMERS_SCOPE, type ModelManifest } from './manifest.js';
import { kioskModelUrl, planTasks } from './tasks.js';

const transformers: ModelManifest = {
  id: 'org/tiny',
  engine: 'transformers',
  baseUrl: 'https://example.invalid/org/tiny',
  variant: { quantization: 'q4', contextWindow: 2048, requiredFeatures: [], vramMB: 0, dtype: 'q4' },
  files: [
    { path: 'config.json', kind: 'config', size: 10 },
    { path: 'onnx/model_q4.onnx', kind: 'onnx', size: 99, sha256: 'ab'.repeat(32) },
  ],
};

describe('planTasks', () => {
  it('a transformers.js model: every listed file, kept in our own database, keyed by the kiosk mirror URL', () => {
    const modelUrl = kioskModelUrl('http://kiosk.lan', 'org/tiny');
    const tasks = planTasks({ manifest: transformers, modelUrl });
    expect(tasks.map((t) => [t.path, t.scope, t.url, t.size])).toEqual([
      ['config.json', TRANSFORMERS_SCOPE, 'http://kiosk.lan/models/org/tiny/resolve/main/config.json', 10],
      [
        'onnx/model_q4.onnx',
        TRANSFORMERS_SCOPE,
        'http://kiosk.lan/models/org/tiny/resolve/main/onnx/model_q4.onnx',
        99,
      ],
    ]);
    expect(tasks[1].sha256).toBe('ab'.repeat(32));
  });

  it('a WebLLM model keeps WebLLM’s own databases', () => {
    const webllm: ModelManifest = {
      ...transformers,
      engine: 'webllm',
      files: [
        { path: 'mlc-chat-config.json', kind: 'config' },
        { path: 'tokenizer.json', kind: 'tokenizer' },
      ],
    };
    expect(planTasks({ manifest: webllm, modelUrl: 'http://k/models/m' }).map((t) => t.scope)).toEqual([
      'webllm/config',
      'webllm/model',
    ]);
  });
});
