/**
 * Text-to-record engines the command-line tools can run, by name, and the JSONL contract they share.
 * Only the rules engine runs in Node today; model engines can be added to {@link ENGINES} later.
 */
import { extractRecord } from '../tccc/rules/index.js';
import type { TcccRecord } from '../tccc/record.js';

export interface TextEngine {
  extract(text: string): TcccRecord | Promise<TcccRecord>;
}

/** Engines by the name `--engine` takes. */
export const ENGINES: Readonly<Record<string, () => TextEngine>> = {
  rules: () => ({ extract: extractRecord }),
};

export class UnknownEngineError extends Error {
  override name = 'UnknownEngineError';
}

/** The engine called `name`; throws {@link UnknownEngineError} listing the known ones. */
export function engineByName(name: string): TextEngine {
  const make = Object.hasOwn(ENGINES, name) ? ENGINES[name] : undefined;
  if (!make) throw new UnknownEngineError(`unknown engine "${name}" (known: ${Object.keys(ENGINES).join(', ')})`);
  return make();
}

/** Reads `--name value` from argv; returns `fallback` when absent. */
export function option(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && at + 1 < argv.length ? argv[at + 1] : fallback;
}

export interface JsonlOutcome {
  /** One `{"id","record"}` line per good input line, in order. */
  out: string[];
  /** One `{"id"|"line","error"}` line per bad input line. */
  errors: string[];
}

/** Runs an engine over JSONL lines `{"id","text"}`; a bad line yields an error line and processing goes on. */
export async function extractJsonl(input: string, engine: TextEngine): Promise<JsonlOutcome> {
  const out: string[] = [];
  const errors: string[] = [];
  const lines = input.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      errors.push(JSON.stringify({ line: n + 1, error: `invalid JSON: ${(e as Error).message}` }));
      continue;
    }
    const obj = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    const id = obj.id ?? null;
    const where = id === null ? { line: n + 1 } : { id, line: n + 1 };
    if (typeof obj.text !== 'string') {
      errors.push(JSON.stringify({ ...where, error: 'missing "text" string' }));
      continue;
    }
    try {
      out.push(JSON.stringify({ id, record: await engine.extract(obj.text) }));
    } catch (e) {
      errors.push(JSON.stringify({ ...where, error: `engine failed: ${(e as Error).message}` }));
    }
  }
  return { out, errors };
}

/** Reads all of stdin as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
