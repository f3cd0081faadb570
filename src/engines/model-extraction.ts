/**
 * Turning a language model's raw output into a record nobody has to distrust: parse, validate against the schema,
 * drop every value the narrative does not state, merge with the rules engine's record. Output that cannot be used
 * falls back to the rules record with the reason.
 */
import { groundRecord } from '../tccc/grounding.js';
import { mergeRecords } from '../tccc/merge.js';
import type { TcccRecord } from '../tccc/record.js';
import { validateRecord } from '../tccc/validate.js';
import type { EvidencedRecord } from '../tccc/extraction.js';
import type { CallStats, EngineId, ExtractionRun } from './engine.js';

/**
 * Reads the text the rules engine's way (its answer is the floor under every model extraction); injected so
 * engines do not depend on one rules implementation.
 */
export type RulesExtractor = (narrative: string) => EvidencedRecord;

/** Checks a model's raw output for a narrative and merges it with the rules record. */
export function checkModelOutput(
  engine: EngineId,
  rawOutput: string,
  narrative: string,
  rules: EvidencedRecord,
  stats?: CallStats,
): ExtractionRun {
  const base = { engine, rawOutput, evidence: rules.evidence, ...(stats ? { stats } : {}) };
  const parsed = parseJsonObject(rawOutput);
  if (!parsed.ok)
    return {
      ...base,
      record: rules.record,
      fallbackReason: `The model's answer was not a record (${parsed.reason}); using the rules engine's record.`,
    };
  const validation = validateRecord(parsed.value);
  if (!validation.valid) {
    return {
      ...base,
      record: rules.record,
      fallbackReason: `The model's record broke the record format (${validation.errors.slice(0, 3).join('; ')}); using the rules engine's record.`,
    };
  }
  const grounding = groundRecord(parsed.value as TcccRecord, narrative);
  const { record, sources, conflicts } = mergeRecords(grounding.record, rules.record);
  return { ...base, record, grounding, sources, conflicts };
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
