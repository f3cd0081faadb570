/**
 * Text-to-record engines the command-line tools can run, by name, and the JSONL contract they share.
 * `rules` needs nothing; `transformers` runs a transformers.js model from a folder (`--model <folder>`), on the CPU,
 * with its record grounded in the narrative and merged with the rules record exactly as in the browser.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkModelCasualties } from '../engines/model-extraction.js';
import { rulesExtractor } from '../engines/rules/index.js';
import { TransformersEngine } from '../engines/transformers/engine.js';
import type { TransformersSettings } from '../engines/transformers/shared.js';
import { extractCasualties } from '../tccc/rules/casualties.js';
import { extractRecord } from '../tccc/rules/index.js';
import type { TcccRecord } from '../tccc/record.js';
import { UsageError } from './cli-args.js';
import { narrativeSizeProblem } from './narrative-limit.js';

export interface TextEngine {
  extract(text: string): TcccRecord | Promise<TcccRecord>;
  /** One record per casualty, in the order the narrative introduces them; engines without it give `[extract(text)]`. */
  extractAll?(text: string): TcccRecord[] | Promise<TcccRecord[]>;
}

/** Every casualty's record from an engine: its own `extractAll`, or its one record. */
export async function extractAll(engine: TextEngine, text: string): Promise<TcccRecord[]> {
  return engine.extractAll ? engine.extractAll(text) : [await engine.extract(text)];
}

/** Engines by the name `--engine` takes; each may read its own options from the command line. */
export const ENGINES: Readonly<Record<string, (argv: readonly string[]) => TextEngine>> = {
  rules: () => ({
    extract: extractRecord,
    extractAll: (text) => extractCasualties(text).casualties.map((c) => c.record),
  }),
  transformers: (argv) =>
    transformersTextEngine(option(argv, '--model', ''), (line) => process.stderr.write(`${line}\n`)),
};

/** ONNX file name → the dtype that makes transformers.js load it, best first. */
const ONNX_DTYPES: [string, TransformersSettings['dtype']][] = [
  ['model.onnx', 'fp32'],
  ['model_quantized.onnx', 'q8'],
  ['model_q4.onnx', 'q4'],
];

/**
 * A transformers.js model from a folder (a plain model folder or the kiosk mirror's `<id>/resolve/main/`), on the CPU.
 * Each extraction writes one JSON line to `log`: the grounding figures (values checked, values dropped as not in the
 * narrative) or the reason the rules record stood in. Reads only that folder: remote models are off.
 */
export function transformersTextEngine(modelDir: string, log: (line: string) => void): TextEngine {
  if (!modelDir) throw new UnknownEngineError('the transformers engine needs --model <folder>');
  let folder = resolve(modelDir);
  if (existsSync(join(folder, 'resolve', 'main'))) folder = join(folder, 'resolve', 'main');
  const dtype = ONNX_DTYPES.find(([file]) => existsSync(join(folder, 'onnx', file)))?.[1];
  if (!dtype)
    throw new UnknownEngineError(`${folder} has no onnx/model.onnx, onnx/model_quantized.onnx or onnx/model_q4.onnx`);
  const engine = new TransformersEngine(
    { modelId: basename(folder), localModelPath: `${dirname(folder)}/`, device: 'cpu', dtype, maxNewTokens: 256 },
    rulesExtractor,
  );
  let loaded: Promise<void> | undefined;
  const run = async (text: string) => {
    await (loaded ??= engine.load());
    const x = await engine.extract(text);
    const grounding = x.grounding
      ? { checked: x.grounding.checked, dropped: x.grounding.dropped.length }
      : { checked: 0, dropped: 0 };
    log(
      JSON.stringify({
        engine: x.engine,
        ...grounding,
        ...(x.fallbackReason ? { fallbackReason: x.fallbackReason } : {}),
        completionTokens: x.stats?.completionTokens ?? 0,
      }),
    );
    return x;
  };
  return {
    extract: async (text) => (await run(text)).record,
    // One record per casualty: the model's answer checked casualty by casualty against the rules engine's split.
    async extractAll(text) {
      const x = await run(text);
      return checkModelCasualties(engine.id, x.rawOutput ?? '', text, rulesExtractor(text), x.stats).map(
        (c) => c.record,
      );
    },
  };
}

/** A bad `--engine` or `--model`: a usage error, so every command that takes them answers it with its usage and exit 2. */
export class UnknownEngineError extends UsageError {
  override name = 'UnknownEngineError';
}

/** The engine called `name`, with its options from `argv`; throws {@link UnknownEngineError} listing the known ones. */
export function engineByName(name: string, argv: readonly string[] = process.argv.slice(2)): TextEngine {
  const make = Object.hasOwn(ENGINES, name) ? ENGINES[name] : undefined;
  if (!make) throw new UnknownEngineError(`unknown engine "${name}" (known: ${Object.keys(ENGINES).join(', ')})`);
  return make(argv);
}

/** Reads `--name value` from argv; returns `fallback` when absent. */
export function option(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && at + 1 < argv.length ? argv[at + 1] : fallback;
}

export interface JsonlOutcome {
  /** One `{"id","record","records"}` line per good input line, in order: `records` has one record per casualty, `record` is the first. */
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
    const obj =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    const id = obj.id ?? null;
    const where = id === null ? { line: n + 1 } : { id, line: n + 1 };
    if (typeof obj.text !== 'string') {
      errors.push(JSON.stringify({ ...where, error: 'missing "text" string' }));
      continue;
    }
    const tooLarge = narrativeSizeProblem(obj.text);
    if (tooLarge) {
      errors.push(JSON.stringify({ ...where, error: tooLarge }));
      continue;
    }
    try {
      const records = await extractAll(engine, obj.text);
      out.push(JSON.stringify({ id, record: records[0] ?? {}, records }));
    } catch (e) {
      errors.push(JSON.stringify({ ...where, error: `engine failed: ${(e as Error).message}` }));
    }
  }
  return { out, errors };
}
