import { describe, expect, it, vi } from 'vitest';
import type { ModelRecord } from '@mlc-ai/web-llm';
import { WebLlmEngine } from './client.js';

const unloadInWorker = vi.fn<() => Promise<void>>();
vi.mock('@mlc-ai/web-llm', () => ({ CreateWebWorkerMLCEngine: async () => ({ unload: unloadInWorker }) }));

const record: ModelRecord = {
  model: 'http://localhost/models/phi-2',
  model_id: 'phi-2',
  model_lib: 'http://localhost/models/phi-2/lib.wasm',
};

describe('WebLlmEngine', () => {
  it('terminates its worker on unload even when WebLLM fails to unload (device lost)', async () => {
    const terminate = vi.fn();
    const engine = new WebLlmEngine({
      record,
      rules: () => ({ record: {}, evidence: [] }),
      createWorker: () => ({ terminate }) as unknown as Worker,
    });
    await engine.load();
    unloadInWorker.mockRejectedValueOnce(new Error('GPU device lost'));

    await expect(engine.unload()).rejects.toThrow('GPU device lost');
    expect(terminate).toHaveBeenCalledTimes(1);
    expect((await engine.stats()).loaded).toBe(false);
  });
});
