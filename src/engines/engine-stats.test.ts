import { describe, expect, it } from 'vitest';
import { modelEngineStats } from './engine-stats.js';

describe('modelEngineStats', () => {
  it('before any load or call: only the engine, loaded and the call count, no undefined fields', () => {
    const stats = modelEngineStats('webllm', false, { calls: 0, loadMs: undefined, lastCall: undefined });
    expect(stats).toStrictEqual({ engine: 'webllm', loaded: false, calls: 0 });
    expect(Object.keys(stats)).not.toContain('loadMs');
  });

  it('after a load and a call: the load time and the last call, a zero load time kept', () => {
    const lastCall = {
      promptTokens: 10,
      completionTokens: 4,
      timeToFirstTokenMs: 5,
      prefillTokensPerSecond: 200,
      decodeTokensPerSecond: 30,
      totalMs: 140,
    };
    expect(modelEngineStats('transformers', true, { calls: 2, loadMs: 0, lastCall })).toStrictEqual({
      engine: 'transformers',
      loaded: true,
      calls: 2,
      loadMs: 0,
      lastCall,
    });
  });
});
