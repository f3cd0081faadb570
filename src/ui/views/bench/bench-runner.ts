/**
 * Measures engines in this browser for the Bench view: load time from cache, time to first token, prefill and decode
 * tokens per second, extraction time, and peak memory where the browser tells it. Engines are used only through the
 * Engine interface; a figure an engine has no such thing for is null.
 */
import { collectText, type CallStats, type Engine } from '../../../engines/engine.js';
import { extractionPrompt } from '../../../engines/prompt.js';

/** Figures for one engine; model figures are medians over the runs. */
export interface EngineBenchResult {
  engine: string;
  label: string;
  /** How long loading took from what is stored on this device (rules: a fresh load; models: their last load). */
  loadFromCacheMs: number | null;
  timeToFirstTokenMs: number | null;
  prefillTokensPerSecond: number | null;
  decodeTokensPerSecond: number | null;
  /** One whole extraction, median over the narratives. */
  extractMs: number;
  /** Peak JavaScript heap of this page during the run (Chromium's performance.memory), MB. */
  peakHeapMB: number | null;
  narratives: number;
}

/** A saved bench run. */
export interface BenchRun {
  at: string;
  userAgent: string;
  crossOriginIsolated: boolean;
  results: EngineBenchResult[];
  /** The browser's own measure of this page and its workers after the run (measureUserAgentSpecificMemory), MB. */
  userAgentMemoryMB?: number;
}

export interface BenchOptions {
  /** Tokens per generation for the model figures. */
  tokens: number;
  /** Generations measured per model engine (the first narratives of the set). */
  generations: number;
  /** Reads the JS heap size in bytes, or undefined where the browser does not say. */
  heapBytes?: () => number | undefined;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Chromium's non-standard `performance.memory.usedJSHeapSize`, where there is one. */
function jsHeapBytes(): number | undefined {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
}

/**
 * Benchmarks one loaded engine on the narratives. `loadFromCacheMs` is the caller's measurement, since only the
 * caller knows whether it can load the engine afresh.
 */
export async function benchEngine(
  engine: Engine,
  narratives: readonly string[],
  loadFromCacheMs: number | null,
  options: BenchOptions,
): Promise<EngineBenchResult> {
  const readHeap = options.heapBytes ?? jsHeapBytes;
  let peak = readHeap();
  const sample = () => {
    const now = readHeap();
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  };
  const timer = setInterval(sample, 25);
  try {
    const extractMs: number[] = [];
    for (const text of narratives) {
      const started = performance.now();
      await engine.extract(text);
      extractMs.push(performance.now() - started);
      sample();
    }
    const calls: CallStats[] = [];
    if (engine.id !== 'rules') {
      for (const text of narratives.slice(0, options.generations)) {
        await collectText(engine.generate(extractionPrompt(text), { maxTokens: options.tokens }));
        const last = (await engine.stats()).lastCall;
        if (last) calls.push(last);
        sample();
      }
    }
    const fig = (pick: (c: CallStats) => number) => (calls.length ? median(calls.map(pick)) : null);
    return {
      engine: engine.id,
      label: engine.label,
      loadFromCacheMs,
      timeToFirstTokenMs: fig((c) => c.timeToFirstTokenMs),
      prefillTokensPerSecond: fig((c) => c.prefillTokensPerSecond),
      decodeTokensPerSecond: fig((c) => c.decodeTokensPerSecond),
      extractMs: median(extractMs),
      peakHeapMB: peak === undefined ? null : peak / 1e6,
      narratives: narratives.length,
    };
  } finally {
    clearInterval(timer);
  }
}

/** A figure as typed: "102.4", "102,4" or "1 600"; NaN when it is not a number (yet). */
export function figureOf(text: string): number {
  return /^\s*\d[\d\s]*([.,]\d*)?\s*$/.test(text) ? Number(text.replace(/\s/g, '').replace(',', '.')) : Number.NaN;
}

/**
 * The most decode tokens per second memory bandwidth allows: each token reads every weight once, so
 * tokens/s ≤ bandwidth ÷ weight bytes. Null unless both are positive.
 */
export function decodeCeiling(bandwidthGBps: number, weightMB: number): number | null {
  if (!(bandwidthGBps > 0) || !(weightMB > 0)) return null;
  return (bandwidthGBps * 1e9) / (weightMB * 1e6);
}

/**
 * The browser's measure of this page's memory, workers included, in MB; only where the page is cross-origin isolated
 * (the kiosk sends COOP/COEP). Chromium answers at its next garbage collection, so this can take a while.
 */
export async function userAgentMemoryMB(): Promise<number | undefined> {
  const measure = (performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> })
    .measureUserAgentSpecificMemory;
  if (!globalThis.crossOriginIsolated || !measure) return undefined;
  return (await measure.call(performance)).bytes / 1e6;
}
