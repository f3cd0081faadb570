/**
 * Scores an engine against a gold JSONL file (`{"id","text","gold"}` lines, `gold` one record or an array of records,
 * one per casualty): micro P/R/F1, overall and per fact kind, and the `dangerous` and `mixed` counts.
 */
import { addCounts, SCORED_KINDS, score, type Counts, type ScoredFact, type ScoredKind } from '../tccc/facts.js';
import { compareRecords } from '../tccc/facts-match.js';
import type { TcccRecord } from '../tccc/record.js';
import { validateRecord } from '../tccc/validate.js';
import { extractAll, type TextEngine } from './extract-engines.js';

export interface GoldLine {
  id: string;
  text: string;
  /** One record, or one per casualty in the order the narrative introduces them. */
  gold: TcccRecord | TcccRecord[];
}

export interface Evaluation {
  overall: Counts;
  byKind: Map<ScoredKind, Counts>;
  /** Facts right in every part but a number (a dose, volume, vital value or time); must be 0. */
  dangerous: number;
  /** Facts put on the record of another casualty than the one they were said of; must be 0. */
  mixed: number;
  /** Per narrative, the gold facts missed, the facts that gold lacks, and which of those are dangerous or mixed. */
  errors: {
    id: string;
    missed: ScoredFact[];
    extra: ScoredFact[];
    dangerous: ScoredFact[];
    mixed: ScoredFact[];
    records: { predicted: number; gold: number };
  }[];
}

/** Thrown for a gold file that cannot be scored; the message names the file and the line. */
export class GoldFileError extends Error {
  override name = 'GoldFileError';
}

/**
 * Parses gold lines (docs/gold-format.md). Refuses, naming the line: a line that is not JSON, a line that is not an
 * object with a string "text" and a "gold" that is a record valid against the record schema, or a non-empty array of
 * them (one per casualty). An empty file is refused too:
 * scoring nothing would print a perfect F1.
 */
export function parseGold(input: string, source = 'gold'): GoldLine[] {
  const lines = input.split('\n').flatMap((line, n) => {
    if (line.trim() === '') return [];
    const where = `${source} line ${n + 1}`;
    let d: unknown;
    try {
      d = JSON.parse(line);
    } catch (e) {
      throw new GoldFileError(`${where}: not JSON (${(e as Error).message})`);
    }
    if (typeof d !== 'object' || d === null || Array.isArray(d))
      throw new GoldFileError(`${where}: needs an object {"id","text","gold"}`);
    const { id, text, gold } = d as Record<string, unknown>;
    if (typeof text !== 'string' || gold === undefined) throw new GoldFileError(`${where}: needs "text" and "gold"`);
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number')
      throw new GoldFileError(`${where}: "id" must be a string`);
    const problem = goldRecordProblem(gold);
    if (problem) throw new GoldFileError(`${where}: ${problem}`);
    return [{ id: String(id ?? `line ${n + 1}`), text, gold: gold as TcccRecord | TcccRecord[] }];
  });
  if (lines.length === 0) throw new GoldFileError(`${source}: no gold lines (an empty file scores nothing)`);
  return lines;
}

/** Why a line's "gold" is not a record this scorer can use, or undefined when it is one. */
function goldRecordProblem(gold: unknown): string | undefined {
  if (Array.isArray(gold)) {
    if (gold.length === 0) return '"gold" is an empty array (one record per casualty)';
    for (const [i, record] of gold.entries()) {
      const problem = goldRecordProblem(record);
      if (problem) return `casualty ${i + 1}: ${problem}`;
    }
    return undefined;
  }
  if (typeof gold !== 'object' || gold === null) return '"gold" must be a TCCC record (an object) or an array of them';
  const { valid, errors } = validateRecord(gold);
  return valid ? undefined : `"gold" is not a valid TCCC record: ${errors.slice(0, 3).join('; ')}`;
}

export async function evaluate(lines: GoldLine[], engine: TextEngine): Promise<Evaluation> {
  let overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const byKind = new Map<ScoredKind, Counts>();
  const errors: Evaluation['errors'] = [];
  let dangerous = 0;
  let mixed = 0;
  for (const line of lines) {
    const gold = Array.isArray(line.gold) ? line.gold : [line.gold];
    const predicted = await extractAll(engine, line.text);
    const cmp = compareRecords(predicted, gold);
    overall = addCounts(overall, cmp.counts);
    for (const [kind, c] of cmp.byKind) byKind.set(kind, addCounts(byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 }, c));
    dangerous += cmp.dangerous.length;
    mixed += cmp.mixed.length;
    const records = { predicted: predicted.length, gold: gold.length };
    if (cmp.missed.length > 0 || cmp.extra.length > 0 || records.predicted !== records.gold) {
      errors.push({
        id: line.id,
        missed: cmp.missed,
        extra: cmp.extra,
        dangerous: cmp.dangerous,
        mixed: cmp.mixed,
        records,
      });
    }
  }
  return { overall, byKind, dangerous, mixed, errors };
}

const pct = (x: number): string => x.toFixed(3);

/** The printed report: a table of P/R/F1 and, with `withErrors`, each miss and extra by narrative. */
export function formatEvaluation(e: Evaluation, withErrors: boolean): string {
  const row = (name: string, c: Counts): string => {
    const s = score(c);
    return `${name.padEnd(18)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(9)} ${pct(s.f1).padStart(9)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}`;
  };
  const out = [
    `${'kind'.padEnd(18)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'f1'.padStart(9)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`,
  ];
  out.push(row('overall (micro)', e.overall));
  for (const kind of SCORED_KINDS) {
    const c = e.byKind.get(kind);
    if (c) out.push(row(kind, c));
  }
  out.push(`dangerous ${e.dangerous}   mixed ${e.mixed}`);
  if (withErrors) {
    for (const err of e.errors) {
      const records =
        err.records.predicted === err.records.gold
          ? ''
          : ` (${err.records.predicted} records for ${err.records.gold} casualties)`;
      out.push('', `${err.id}:${records}`);
      for (const f of err.missed) out.push(`  missed ${f.key}`);
      for (const f of err.extra)
        out.push(
          `  extra  ${f.key}${err.dangerous.includes(f) ? '   DANGEROUS' : ''}${err.mixed.includes(f) ? '   MIXED' : ''}`,
        );
    }
  }
  return out.join('\n');
}
