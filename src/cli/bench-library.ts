/**
 * Benchmarks library search: mean and p95 milliseconds per query over the whole built-in library.
 * Queries are the evaluation questions, repeated; the first round warms the JIT and is not counted.
 * Usage: npm run bench:library
 */
import { performance } from 'node:perf_hooks';
import { Library } from '../library/library.js';
import { libraryDataFromFiles } from '../library/passage-files.js';
import { readEvalQuestions } from '../library/eval/retrieval-metrics.js';
import { mean, percentile } from './bench-stats.js';
import { parseCommandLine, readFlagsOrExit } from './cli-args.js';

// Takes no flags: refuse any, so a mistyped one is not silently ignored.
readFlagsOrExit('bench:library', 'usage: npm run bench:library', () => parseCommandLine(process.argv.slice(2), {}));

const ROUNDS = 20;

const queries = readEvalQuestions().map((question) => question.q);
const buildStart = performance.now();
const library = new Library(libraryDataFromFiles());
const loadMs = performance.now() - buildStart;

for (const query of queries) library.search(query);
const times: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const query of queries) {
    const start = performance.now();
    library.search(query);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    passages: library.size,
    queries: times.length,
    mean_ms: +mean(times).toFixed(3),
    p95_ms: +percentile(times, 95).toFixed(3),
    build_and_load_ms: +loadMs.toFixed(1),
  }),
);
