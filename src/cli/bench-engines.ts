/**
 * npm run bench:engines [-- --runs 5 --tokens 64 --out .cache/bench/engines.json]
 *
 * For each engine that runs in Node here (rules; transformers.js with the tiny Phi model): load time (first, and
 * again from the local copy), time to first token, prefill and decode tokens per second, and peak memory.
 * Prints a table and saves JSON. Phi-2 on WebGPU needs a browser with a GPU and the real weights: not measured here.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectText, type CallStats, type Engine } from '../engines/engine.js';
import { extractionPrompt } from '../engines/prompt.js';
import { createRulesEngine, rulesExtractor } from '../engines/rules/index.js';
import { TransformersEngine } from '../engines/transformers/engine.js';
import { median } from './bench-stats.js';
import { integerOption, parseCommandLine, runCommand } from './cli-args.js';

const TINY_MODELS = fileURLToPath(new URL('../../e2e/fixtures/tiny-phi/models/', import.meta.url));
// The project's copy of shared/eval/dev.jsonl: always there, so the bench always runs the same narratives.
const DEV = fileURLToPath(new URL('../tccc/rules/fixtures/dev.jsonl', import.meta.url));

/** Figures for one engine; model figures are medians over the runs, null where an engine has no such thing. */
export interface EngineBench {
  engine: string;
  label: string;
  loadFirstMs: number;
  loadFromCacheMs: number;
  timeToFirstTokenMs: number | null;
  prefillTokensPerSecond: number | null;
  decodeTokensPerSecond: number | null;
  /** Rules engine: one whole extraction, median over the narratives. */
  extractMs: number | null;
  peakRssMB: number;
  /** Bytes of weights read per decoded token (for the Bench view's bandwidth ceiling). */
  weightBytes: number | null;
  runs: number;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** Runs `work` while sampling resident memory; returns its result and the peak in MB. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return [result, peak / 2 ** 20];
  } finally {
    clearInterval(timer);
  }
}

async function timedLoad(make: () => Engine): Promise<[Engine, number]> {
  const engine = make();
  const started = performance.now();
  await engine.load();
  return [engine, performance.now() - started];
}

function narratives(): string[] {
  return readFileSync(DEV, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

async function benchRules(texts: string[]): Promise<EngineBench> {
  const [[first, loadFirstMs, loadFromCacheMs, times], peak] = await withPeakMemory(async () => {
    const [engine, firstMs] = await timedLoad(createRulesEngine);
    const [, againMs] = await timedLoad(createRulesEngine);
    const ms: number[] = [];
    for (const text of texts) {
      const started = performance.now();
      await engine.extract(text);
      ms.push(performance.now() - started);
    }
    return [engine, firstMs, againMs, ms] as const;
  });
  return {
    engine: first.id,
    label: first.label,
    loadFirstMs,
    loadFromCacheMs,
    timeToFirstTokenMs: null,
    prefillTokensPerSecond: null,
    decodeTokensPerSecond: null,
    extractMs: median(times),
    peakRssMB: peak,
    weightBytes: null,
    runs: texts.length,
  };
}

async function benchTransformers(prompt: string, runs: number, tokens: number): Promise<EngineBench> {
  const settings = {
    modelId: 'tiny-phi',
    localModelPath: TINY_MODELS,
    device: 'cpu',
    dtype: 'fp32',
    maxNewTokens: tokens,
  } as const;
  const make = () => new TransformersEngine(settings, rulesExtractor);
  const [[engine, loadFirstMs, loadFromCacheMs, calls], peak] = await withPeakMemory(async () => {
    const [firstEngine, firstMs] = await timedLoad(make);
    await firstEngine.unload();
    const [warm, againMs] = await timedLoad(make);
    const stats: CallStats[] = [];
    for (let i = 0; i < runs; i++) {
      await collectText(warm.generate(prompt, { maxTokens: tokens }));
      const last = (await warm.stats()).lastCall;
      if (last) stats.push(last);
    }
    return [warm, firstMs, againMs, stats] as const;
  });
  await engine.unload();
  return {
    engine: engine.id,
    label: engine.label,
    loadFirstMs,
    loadFromCacheMs,
    timeToFirstTokenMs: median(calls.map((c) => c.timeToFirstTokenMs)),
    prefillTokensPerSecond: median(calls.map((c) => c.prefillTokensPerSecond)),
    decodeTokensPerSecond: median(calls.map((c) => c.decodeTokensPerSecond)),
    extractMs: null,
    peakRssMB: peak,
    weightBytes: statSync(`${TINY_MODELS}tiny-phi/onnx/model.onnx`).size,
    runs,
  };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseCommandLine(argv, {
    runs: { type: 'string' },
    tokens: { type: 'string' },
    out: { type: 'string', default: '.cache/bench/engines.json' },
  });
  const runs = integerOption('--runs', values.runs, 5);
  const tokens = integerOption('--tokens', values.tokens, 64);
  const out = values.out;
  const texts = narratives();
  const results = [await benchRules(texts), await benchTransformers(extractionPrompt(texts[0]), runs, tokens)];
  const rows = results.map((r) => ({
    engine: r.engine,
    'load ms': round(r.loadFirstMs),
    'load again ms': round(r.loadFromCacheMs),
    'TTFT ms': round(r.timeToFirstTokenMs),
    'prefill tok/s': round(r.prefillTokensPerSecond),
    'decode tok/s': round(r.decodeTokensPerSecond),
    'extract ms': round(r.extractMs),
    'peak RSS MB': round(r.peakRssMB),
  }));
  console.table(rows);
  console.log('Not measured here: Phi-2 on WebGPU (WebLLM) needs a GPU browser, the q4 weights and the model library.');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, runs, tokens, results }, null, 2)}\n`,
  );
  console.log(`saved ${out}`);
}

runCommand(
  'bench:engines',
  'usage: npm run --silent bench:engines [-- --runs 5 --tokens 64 --out .cache/bench/engines.json]',
  () => main(process.argv.slice(2)),
);
