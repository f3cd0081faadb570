/**
 * Turning a language model's raw output into records nobody has to distrust: parse, validate against the schema,
 * drop every value the casualty's words do not state, merge with the rules engine's record of the same casualty.
 * Output that cannot be used falls back to the rules record with the reason.
 */
import { compareRecords } from '../tccc/facts-match.js';
import { groundRecord } from '../tccc/grounding.js';
import { mergeRecords } from '../tccc/merge.js';
import type { TcccRecord } from '../tccc/record.js';
import { validateRecord } from '../tccc/validate.js';
import type { EvidencedRecord } from '../tccc/extraction.js';
import type { CallStats, EngineId, ExtractionRun } from './engine.js';

/** One casualty as the rules engine read it: its record and its own words (what the model's facts for it are checked against). */
interface RulesCasualty extends EvidencedRecord {
  /** The words said of this casualty (with what is said of all of them): the grounding text for its model record. */
  text: string;
}

/** The rules engine's reading of a narrative: the first casualty's record, and each casualty's when it covers several. */
export interface RulesReading extends EvidencedRecord {
  /** One per casualty when the narrative covers several, in order; absent or one when it covers one (`record`). */
  casualties?: RulesCasualty[];
}

/**
 * Reads the text the rules engine's way (its answer is the floor under every model extraction); injected so
 * engines do not depend on one rules implementation.
 */
export type RulesExtractor = (narrative: string) => RulesReading;

/** Checks a model's raw output for a narrative and merges it with the rules record (the first casualty's, for several). */
export function checkModelOutput(
  engine: EngineId,
  rawOutput: string,
  narrative: string,
  rules: RulesReading,
  stats?: CallStats,
): ExtractionRun {
  return checkModelCasualties(engine, rawOutput, narrative, rules, stats)[0];
}

/**
 * Checks a model's answer casualty by casualty: the model is asked for `{"casualties": [one record each]}`
 * (a lone record is read as one casualty). Each model record is paired with the rules casualty it shares most facts
 * with, checked against the record format, grounded in that casualty's own words only (a number said of another
 * casualty is not in them), and merged with that casualty's rules record. One extraction per rules casualty, in
 * order; a model record paired with none is left out (its facts cannot be given to anyone).
 */
export function checkModelCasualties(
  engine: EngineId,
  rawOutput: string,
  narrative: string,
  rules: RulesReading,
  stats?: CallStats,
): ExtractionRun[] {
  const casualties: RulesCasualty[] =
    rules.casualties && rules.casualties.length > 0
      ? rules.casualties
      : [{ record: rules.record, evidence: rules.evidence, text: narrative }];
  const base = (c: RulesCasualty) => ({
    engine,
    rawOutput,
    ...(stats ? { stats } : {}),
    evidence: c.evidence,
  });
  const fallback = (reason: string): ExtractionRun[] =>
    casualties.map((c) => ({ ...base(c), record: c.record, fallbackReason: reason }));
  const parsed = parseJsonObject(rawOutput);
  if (!parsed.ok)
    return fallback(`The model's answer was not a record (${parsed.reason}); using the rules engine's record.`);
  const answers = modelRecords(parsed.value);
  const invalid = answers.map(validateRecord).find((v) => !v.valid);
  if (answers.length === 0 || invalid)
    return fallback(
      `The model's record broke the record format (${invalid ? invalid.errors.slice(0, 3).join('; ') : 'no record in it'}); using the rules engine's record.`,
    );
  const records = answers as TcccRecord[];
  const pairs = pairWithCasualties(records, casualties);
  return casualties.map((c, i) => {
    const m = pairs.indexOf(i);
    if (m < 0)
      return {
        ...base(c),
        record: c.record,
        fallbackReason: "The model's answer had no record for this casualty; using the rules engine's record.",
      };
    const grounding = groundRecord(records[m], c.text);
    const { record, sources, conflicts } = mergeRecords(grounding.record, c.record);
    return { ...base(c), record, grounding, sources, conflicts };
  });
}

/** The records in a model's answer: `{"casualties": [...]}`, or the answer itself as one record. */
function modelRecords(value: unknown): unknown[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'casualties' in value) {
    const list = value.casualties;
    return Array.isArray(list) ? list : [list];
  }
  return [value];
}

/**
 * For each model record, the index of the rules casualty it goes with, or -1: in order when there are as many of
 * each (the prompt asks for the narrative's order), otherwise by the pairing that shares the most facts.
 */
function pairWithCasualties(records: readonly TcccRecord[], casualties: readonly RulesCasualty[]): number[] {
  if (records.length === casualties.length) return records.map((_, i) => i);
  return compareRecords(
    records,
    casualties.map((c) => c.record),
  ).pairs;
}

/** The first complete JSON object in the text (models may add words before or after it). */
export function parseJsonObject(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const start = text.indexOf('{');
  if (start < 0) return { ok: false, reason: 'no JSON object in it' };
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      try {
        return { ok: true, value: JSON.parse(text.slice(start, i + 1)) };
      } catch (error) {
        return { ok: false, reason: `broken JSON: ${(error as Error).message}` };
      }
    }
  }
  return { ok: false, reason: 'the JSON object never closes' };
}
