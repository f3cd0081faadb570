import { describe, expect, it } from 'vitest';
import { downloadSize } from './download-size.js';

const variant = { quantization: 'q4f16_1', contextWindow: 2048, requiredFeatures: ['shader-f16'], vramMB: 3054 };

describe('downloadSize', () => {
  it('sums recorded sizes once every file, shards included, has one', () => {
    const files = [
      { path: 'a', kind: 'config' as const, size: 10 },
      { path: 'params_shard_0.bin', kind: 'shard' as const, size: 90 },
    ];
    expect(downloadSize({ engine: 'webllm', variant, files })).toEqual({ bytes: 100, exact: true });
  });
  it('estimates from the quantization while shards are unlisted or unsized', () => {
    expect(
      downloadSize({ engine: 'webllm', variant, files: [{ path: 'tensor-cache.json', kind: 'tensor-cache' }] }),
    ).toEqual({ bytes: 1.6e9, exact: false });
    expect(
      downloadSize({
        engine: 'webllm',
        variant: { ...variant, quantization: 'q4f32_1' },
        files: [{ path: 's', kind: 'shard' }],
      }),
    ).toEqual({ bytes: 1.75e9, exact: false });
    expect(downloadSize({ engine: 'webllm', variant: { ...variant, quantization: 'zz' }, files: [] })).toEqual({
      bytes: 0,
      exact: false,
    });
  });
});
