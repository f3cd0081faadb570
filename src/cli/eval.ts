/**
 * `npm run --silent eval -- <gold.jsonl> [--errors] [--engine rules]`
 * Prints micro precision, recall and F1 over fact tuples, overall and per kind; `--errors` lists each miss and extra.
 */
import { readFileSync } from 'node:fs';
import { evaluate, formatEvaluation, parseGold } from './eval-gold.js';
import { engineByName, option } from './extract-engines.js';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--engine');
  if (!file) {
    process.stderr.write('usage: npm run --silent eval -- <gold.jsonl> [--errors] [--engine rules]\n');
    return 2;
  }
  const engine = engineByName(option(argv, '--engine', 'rules'));
  const result = await evaluate(parseGold(readFileSync(file, 'utf8')), engine);
  process.stdout.write(`${formatEvaluation(result, argv.includes('--errors'))}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`eval: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
