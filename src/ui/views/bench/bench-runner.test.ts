import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../engines/engine.js';
import { createRulesEngine } from '../../../engines/rules/index.js';
import { benchEngine, decodeCeiling, figureOf } from './bench-runner.js';
import { BENCH_NARRATIVES } from './bench-narratives.js';

describe('benchEngine', () => {
  it('rules: extraction time for every narrative, no model figures, heap peak from the reader', async () => {
    let heap = 1e6;
    const r = await benchEngine(createRulesEngine(), BENCH_NARRATIVES, 0.5, {
      tokens: 8,
      generations: 2,
      heapBytes: () => (heap += 1e6),
    });
    expect(r).toMatchObject({
      engine: 'rules',
      loadFromCacheMs: 0.5,
      timeToFirstTokenMs: null,
      decodeTokensPerSecond: null,
      narratives: BENCH_NARRATIVES.length,
    });
    expect(r.extractMs).toBeGreaterThanOrEqual(0);
    expect(r.peakHeapMB).toBeGreaterThan(1);
  });

  it('a model engine: medians of the runtime figures over the generations', async () => {
    const figures = [10, 30, 20].map((n) => ({
      promptTokens: 40,
      completionTokens: 8,
      timeToFirstTokenMs: n,
      prefillTokensPerSecond: n * 10,
      decodeTokensPerSecond: n / 2,
      totalMs: n * 3,
    }));
    let call = 0;
    const engine: Engine = {
      id: 'transformers',
      label: 'scripted',
      load: async () => undefined,
      unload: async () => undefined,
      extract: async () => ({ engine: 'transformers', record: {}, evidence: [] }),
      async *generate() {
        call += 1;
        yield 'x';
      },
      stats: async () => ({ engine: 'transformers', loaded: true, calls: call, lastCall: figures[call - 1] }),
    };
    const r = await benchEngine(engine, BENCH_NARRATIVES, 1200, {
      tokens: 8,
      generations: 3,
      heapBytes: () => undefined,
    });
    expect(r).toMatchObject({
      timeToFirstTokenMs: 20,
      prefillTokensPerSecond: 200,
      decodeTokensPerSecond: 10,
      loadFromCacheMs: 1200,
      peakHeapMB: null,
    });
  });
});

describe('decodeCeiling', () => {
  it('is bandwidth over weight bytes, and null without both', () => {
    expect(decodeCeiling(100, 1600)).toBe(62.5);
    expect(decodeCeiling(0, 1600)).toBeNull();
    expect(decodeCeiling(100, Number.NaN)).toBeNull();
  });
});

describe('figureOf', () => {
  it('reads a figure as typed, with a decimal point or comma and spaced thousands', () => {
    expect(figureOf('102.4')).toBe(102.4);
    expect(figureOf('102,4')).toBe(102.4);
    expect(figureOf(' 1 600 ')).toBe(1600);
    expect(figureOf('12.')).toBe(12);
  });

  it('is NaN for what is not (yet) a number, so the ceiling waits', () => {
    for (const text of ['', ' ', '.', 'abc', '-5', '1e3', '1.2.3']) expect(figureOf(text)).toBeNaN();
    expect(decodeCeiling(figureOf('102,4'), figureOf('1600'))).toBeCloseTo(64, 6);
  });
});
