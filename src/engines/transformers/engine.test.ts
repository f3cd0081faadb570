import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectText } from '../engine.js';
import { EngineLoadError, isAbortError } from '../errors.js';
import type { VerifiedModelFiles } from '../../model-store/verified-files.js';
import { TransformersEngine } from './engine.js';
import { modelStoreCache } from './model-cache.js';
import type { TransformersSettings } from './shared.js';

const MODELS = fileURLToPath(new URL('../../../e2e/fixtures/tiny-phi/models/', import.meta.url));
const SETTINGS: TransformersSettings = {
  modelId: 'tiny-phi',
  localModelPath: MODELS,
  device: 'cpu',
  dtype: 'fp32',
  maxNewTokens: 24,
};
const RULES = { record: { evac_priority: 'routine' as const }, evidence: [] };

describe('TransformersEngine with the tiny Phi model (Node, offline)', () => {
  const engine = new TransformersEngine(SETTINGS, () => RULES);
  const progress: number[] = [];
  beforeAll(() => engine.load((p) => progress.push(p.fraction)), 60_000);
  afterAll(() => engine.unload());

  it('loads from our folder, reporting progress to 1', () => {
    expect(progress.at(-1)).toBe(1);
  });

  it('generates the same tokens twice (greedy), streamed in several pieces', async () => {
    const pieces: string[] = [];
    for await (const piece of engine.generate('GSW L thigh. TQ applied 1432.', { maxTokens: 16 })) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(1);
    expect(await collectText(engine.generate('GSW L thigh. TQ applied 1432.', { maxTokens: 16 }))).toBe(
      pieces.join(''),
    );
    const stats = await engine.stats();
    expect(stats.lastCall?.completionTokens).toBe(16);
    expect(stats.lastCall?.promptTokens).toBeGreaterThan(3);
    // The rates are the counts over the measured times (not merely some positive figure).
    const call = stats.lastCall!;
    expect(call.decodeTokensPerSecond * ((call.totalMs - call.timeToFirstTokenMs) / 1000)).toBeCloseTo(15, 6);
  });

  it('stops on abort with an AbortError', async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = async () => {
      for await (const _ of engine.generate('pulse one thirty', { maxTokens: 200, signal: controller.signal })) {
        seen += 1;
        controller.abort();
      }
    };
    await expect(run()).rejects.toSatisfy(isAbortError);
    expect((await engine.stats()).lastCall?.completionTokens).toBeLessThan(200);
    expect(seen).toBeGreaterThan(0);
  });

  it('extract: random weights write no record, so the rules record stands with the reason', async () => {
    const x = await engine.extract('fell off a wall, routine');
    expect(x.engine).toBe('transformers');
    expect(x.record).toEqual(RULES.record);
    expect(x.fallbackReason).toMatch(/using the rules engine's record/);
    expect(x.rawOutput?.length).toBeGreaterThan(0);
    expect(x.stats?.completionTokens).toBeGreaterThan(0);
    expect(x.stats?.completionTokens).toBeLessThanOrEqual(SETTINGS.maxNewTokens);
  }, 30_000);
});

describe('TransformersEngine load failures', () => {
  it('a model that is not there fails as EngineLoadError, without touching the network', async () => {
    const engine = new TransformersEngine({ ...SETTINGS, modelId: 'no-such-model' }, () => RULES);
    await expect(engine.load()).rejects.toBeInstanceOf(EngineLoadError);
  });
});

describe('modelStoreCache', () => {
  const files: VerifiedModelFiles = {
    read: async (model, file) =>
      model === 'org/tiny-phi' && file === 'onnx/model.onnx' ? new Uint8Array([1, 2, 3]).buffer : undefined,
    isComplete: async () => true,
  };
  it('serves verified files by local path or by the mirror URL, for model ids with a slash', async () => {
    const cache = modelStoreCache(files, 'org/tiny-phi', '/models/');
    expect(new Uint8Array(await (await cache.match('/models/org/tiny-phi/onnx/model.onnx'))!.arrayBuffer())).toEqual(
      new Uint8Array([1, 2, 3]),
    );
    expect(await cache.match('http://kiosk.lan/models/org/tiny-phi/resolve/main/onnx/model.onnx')).toBeDefined();
    expect(await cache.match('/models/org/tiny-phi/config.json')).toBeUndefined();
    expect(await cache.match('/models/other/onnx/model.onnx')).toBeUndefined();
    expect(await cache.match('https://huggingface.co/org/tiny-phi/resolve/main/onnx/model.onnx')).toBeUndefined();
  });

  it('a model the store does not hold whole fails to load, naming the Model view', async () => {
    const partial: VerifiedModelFiles = { read: async () => undefined, isComplete: async () => false };
    const engine = new TransformersEngine(SETTINGS, () => RULES, partial);
    await expect(engine.load()).rejects.toThrow(/tiny-phi\) is not fully downloaded: download it in the Model view/);
  });
});
