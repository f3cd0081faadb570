/**
 * `npm run --silent eval -- <gold.jsonl> [--errors] [--engine rules]`
 * Prints micro precision, recall and F1 over fact tuples, overall and per kind; `--errors` lists each miss and extra.
 * The gold format is in docs/gold-format.md. Exit status: 0 scored, 1 a bad or empty gold file, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseCommandLine, runCommand, UsageError } from './cli-args.js';
import { evaluate, formatEvaluation, parseGold } from './eval-gold.js';
import { engineByName } from './extract-engines.js';

const USAGE =
  'usage: npm run --silent eval -- <gold.jsonl> [--errors] [--engine rules|transformers] [--model <folder>]';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { values, positionals } = parseCommandLine(
    argv,
    {
      errors: { type: 'boolean', default: false },
      engine: { type: 'string', default: 'rules' },
      model: { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'no gold file given'
        : `one gold file, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const engine = engineByName(values.engine, argv);
  const file = positionals[0];
  const result = await evaluate(parseGold(readFileSync(file, 'utf8'), file), engine);
  process.stdout.write(`${formatEvaluation(result, values.errors)}\n`);
  return 0;
}

runCommand('eval', USAGE, main);
