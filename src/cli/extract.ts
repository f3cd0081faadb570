/**
 * `npm run --silent extract -- --engine rules [--jsonl] < input`
 * Plain mode prints one record as JSON for the narrative on stdin. JSONL mode reads `{"id","text"}`
 * lines and writes `{"id","record","records"}` lines in order (`records`: one per casualty, in the order the narrative
 * introduces them; `record` is the first); bad lines go to stderr and make the exit code 1.
 * A narrative over 1 MB is refused (exit 1 in plain mode; an error line in JSONL mode); bad flags exit 2.
 */
import { parseCommandLine, runCommand } from './cli-args.js';
import { engineByName, extractJsonl } from './extract-engines.js';
import { InputTooLargeError, MAX_NARRATIVE_BYTES } from './narrative-limit.js';
import { readStdin } from './stdin.js';

const USAGE = 'usage: npm run --silent extract -- [--engine rules|transformers] [--model <folder>] [--jsonl] < input';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { values } = parseCommandLine(argv, {
    engine: { type: 'string', default: 'rules' },
    model: { type: 'string' },
    jsonl: { type: 'boolean', default: false },
  });
  const engine = engineByName(values.engine, argv);
  if (!values.jsonl) {
    let input;
    try {
      input = await readStdin(MAX_NARRATIVE_BYTES);
    } catch (e) {
      if (e instanceof InputTooLargeError)
        throw new Error(
          `${e.message}, the limit for one narrative (1 MB); split it, or give one narrative a line with --jsonl`,
          { cause: e },
        );
      throw e;
    }
    process.stdout.write(`${JSON.stringify(await engine.extract(input))}\n`);
    return 0;
  }
  const { out, errors } = await extractJsonl(await readStdin(), engine);
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  if (errors.length > 0) process.stderr.write(`${errors.join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}

runCommand('extract', USAGE, main);
