/**
 * `npm run --silent extract -- --engine rules [--jsonl] < input`
 * Plain mode prints one record as JSON for the narrative on stdin. JSONL mode reads `{"id","text"}`
 * lines and writes `{"id","record","records"}` lines in order (`records`: one per casualty, in the order the narrative
 * introduces them; `record` is the first); bad lines go to stderr and make the exit code 1.
 */
import { engineByName, extractJsonl, option, UnknownEngineError } from './extract-engines.js';
import { readStdin } from './stdin.js';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const engine = engineByName(option(argv, '--engine', 'rules'));
  const input = await readStdin();
  if (!argv.includes('--jsonl')) {
    process.stdout.write(`${JSON.stringify(await engine.extract(input))}\n`);
    return 0;
  }
  const { out, errors } = await extractJsonl(input, engine);
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  if (errors.length > 0) process.stderr.write(`${errors.join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`extract: ${e instanceof UnknownEngineError ? e.message : String((e as Error)?.stack ?? e)}\n`);
    process.exitCode = 2;
  },
);
