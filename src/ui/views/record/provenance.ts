/**
 * Where each fact came from, for the Record view: the narrative words behind it, which engine
 * found it, and the values two engines disagree on turned into the medic's hand edit. Pure.
 */
import { factIdAtPath, recordFacts, type Extraction, type FactEdit, type FactId } from '../../../records/index.js';
import { resolveConflict, type Conflict, type FactSource } from '../../../tccc/merge.js';
import type { TcccRecord } from '../../../tccc/record.js';

/** A quote of the narrative around an evidence span: the span itself is `match`. */
export interface Quote {
  before: string;
  match: string;
  after: string;
}

/** The words `[start, end)` of the narrative with up to `context` characters either side, cut at word gaps. */
export function evidenceQuote(narrative: string, start: number, end: number, context = 40): Quote {
  const from = Math.max(0, start - context);
  const to = Math.min(narrative.length, end + context);
  let before = narrative.slice(from, start);
  let after = narrative.slice(end, to);
  if (from > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < narrative.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, match: narrative.slice(start, end), after };
}

/** The spans worth quoting: each once, and none that lies inside another (a reading inside its vitals set). */
export function outermostSpans<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((k) => k.start <= s.start && s.end <= k.end)) kept.push(s);
  }
  return kept;
}

const SOURCE_WORDS: Record<FactSource, string> = {
  model: 'language model',
  rules: 'rules engine',
  both: 'language model and rules engine',
};

/** Which engines found each extracted fact, in words, from the merge sources (undefined without them). */
export function factSourceWords(extraction: Extraction): Map<FactId, string> {
  const byFact = new Map<FactId, Set<FactSource>>();
  for (const s of extraction.sources ?? []) {
    const id = factIdAtPath(extraction.record, s.path);
    if (id) byFact.set(id, (byFact.get(id) ?? new Set()).add(s.source));
  }
  const out = new Map<FactId, string>();
  for (const [id, set] of byFact)
    out.set(
      id,
      SOURCE_WORDS[
        set.has('both') || (set.has('model') && set.has('rules')) ? 'both' : set.has('model') ? 'model' : 'rules'
      ],
    );
  return out;
}

const ENGINE_WORDS: Record<string, string> = {
  rules: 'rules engine',
  webllm: 'language model (GPU)',
  transformers: 'language model (CPU)',
  import: 'imported file',
};

/** Who produced an extraction, in a few words (the engine's own label when it is not one we know). */
export function engineWords(extraction: Extraction): string {
  // The model's answer could not be used: the rules engine found every fact (the reason stays with the extraction).
  if (extraction.fallbackReason) return ENGINE_WORDS.rules;
  return ENGINE_WORDS[extraction.engine] ?? extraction.engineLabel ?? extraction.engine;
}

/** The fact of the extracted record a conflict is about. */
export function conflictFactId(extracted: TcccRecord, conflict: Conflict): FactId | undefined {
  return factIdAtPath(extracted, conflict.path);
}

/** The hand edit that settles a conflict with one engine's value; undefined when the path names no fact. */
export function conflictEdit(
  extracted: TcccRecord,
  conflict: Conflict,
  side: 'model' | 'rules',
  now: Date = new Date(),
): FactEdit | undefined {
  const id = conflictFactId(extracted, conflict);
  const resolved = resolveConflict(extracted, conflict, side);
  // The picked value may change the fact's identity (a time), so find it by position, not by id.
  const resolvedId = factIdAtPath(resolved, conflict.path);
  const fact = recordFacts(resolved).find((f) => f.id === resolvedId);
  if (!id || !fact) return undefined;
  const { id: _id, ...value } = fact;
  return { op: 'set', id, fact: value, at: now.toISOString() };
}

/** A conflicting value as the medic reads it. */
export function conflictValueText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
