/**
 * `npm run bench:extract`: mean and p95 time to extract a typical narrative after warm-up, and the
 * time for a 100 KB and a 1 MB narrative (linear-time check). Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractRecord } from '../tccc/rules/index.js';
import { mean, median, percentile } from './bench-stats.js';
import { parseCommandLine, readFlagsOrExit } from './cli-args.js';

// Takes no flags: refuse any, so a mistyped one is not silently ignored.
readFlagsOrExit('bench:extract', 'usage: npm run bench:extract', () => parseCommandLine(process.argv.slice(2), {}));

const FIXTURES = fileURLToPath(new URL('../tccc/rules/fixtures/extra.jsonl', import.meta.url));
const WARM_UP_ROUNDS = 20;
const MEASURED_ROUNDS = 50;

const narratives = readFileSync(FIXTURES, 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { text: string }).text);

function time(text: string): number {
  const t0 = performance.now();
  extractRecord(text);
  return performance.now() - t0;
}

for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const n of narratives) extractRecord(n);
const samples: number[] = [];
for (let r = 0; r < MEASURED_ROUNDS; r++) for (const n of narratives) samples.push(time(n));
samples.sort((a, b) => a - b);
const avgChars = Math.round(narratives.reduce((a, n) => a + n.length, 0) / narratives.length);
console.log(
  `typical narrative (${narratives.length} narratives, mean ${avgChars} chars, ${samples.length} runs after warm-up):`,
);
console.log(
  `  mean ${mean(samples).toFixed(3)} ms   p95 ${percentile(samples, 95).toFixed(3)} ms   max ${samples[samples.length - 1].toFixed(3)} ms`,
);

for (const size of [100_000, 1_000_000]) {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${narratives[i % narratives.length]}\n`;
  text = text.slice(0, size);
  const first = time(text);
  const typical = median([time(text), time(text), time(text), time(text), time(text)]);
  console.log(
    `${(size / 1000).toFixed(0)} KB narrative: first run ${first.toFixed(1)} ms, then median of 5 ${typical.toFixed(1)} ms (${(typical / (size / 100_000)).toFixed(1)} ms per 100 KB)`,
  );
}
