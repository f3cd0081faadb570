/**
 * Hand edits over an extracted record. Invariants: at most one edit per fact id (the latest
 * wins), and an edit always wins over extraction, however often the narrative is re-extracted.
 */
import type { TcccRecord } from '../tccc/record.js';
import { factsToRecord, recordFacts, type Fact, type FactId, type FactValue } from '../tccc/fact-identity.js';

/** A medic's correction or addition (`set`) or removal (`delete`) of one fact, with when it was made (ISO time). */
export type FactEdit =
  | { op: 'set'; id: FactId; fact: FactValue; at: string }
  /** `replaced`: the hand value the delete hid, which Restore gives back. */
  | { op: 'delete'; id: FactId; at: string; replaced?: FactValue };

/** Where an effective fact's value comes from. */
type FactOrigin = 'extracted' | 'edited' | 'added' | 'deleted';

/** A fact as the Record view shows it; `extracted` is the engine's value when a hand edit replaced or deleted it. */
export type ResolvedFact = Fact & { origin: FactOrigin; extracted?: FactValue };

/** Edits with `edit` recorded, replacing any earlier edit of the same fact. */
export function withEdit(edits: readonly FactEdit[], edit: FactEdit): FactEdit[] {
  return [...edits.filter((e) => e.id !== edit.id), edit];
}

/** Edits with the hand edit of fact `id` dropped, so extraction speaks for that fact again. */
export function withoutEdit(edits: readonly FactEdit[], id: FactId): FactEdit[] {
  return edits.filter((e) => e.id !== id);
}

/** Edits with a deleted fact `id` brought back: to the hand value the delete hid, else to extraction's. */
export function withRestored(edits: readonly FactEdit[], id: FactId, at: string): FactEdit[] {
  const edit = edits.find((e) => e.id === id);
  if (edit?.op === 'delete' && edit.replaced) return withEdit(edits, { op: 'set', id, fact: edit.replaced, at });
  return withoutEdit(edits, id);
}

function stripId(fact: Fact): FactValue {
  const { id: _id, ...value } = fact;
  return value;
}

/**
 * Every fact with its origin: extracted facts in order (replaced in place when edited, kept
 * with origin 'deleted' when deleted), then facts the medic added, in the order added.
 * A `set` whose fact the engine no longer finds is kept as 'added': the medic's word stands.
 */
export function resolveFacts(extracted: TcccRecord, edits: readonly FactEdit[]): ResolvedFact[] {
  const byId = new Map<FactId, FactEdit>();
  for (const e of edits) byId.set(e.id, e);
  const resolved: ResolvedFact[] = recordFacts(extracted).map((fact) => {
    const edit = byId.get(fact.id);
    byId.delete(fact.id);
    if (!edit) return { ...fact, origin: 'extracted' };
    if (edit.op === 'delete') return { ...fact, origin: 'deleted', extracted: stripId(fact) };
    return { ...edit.fact, id: fact.id, origin: 'edited', extracted: stripId(fact) };
  });
  for (const edit of byId.values()) {
    if (edit.op === 'set') resolved.push({ ...edit.fact, id: edit.id, origin: 'added' });
  }
  return resolved;
}

/** The record the reports and exports use: extraction with every hand edit applied. */
export function effectiveRecord(extracted: TcccRecord, edits: readonly FactEdit[]): TcccRecord {
  return factsToRecord(resolveFacts(extracted, edits).filter((f) => f.origin !== 'deleted'));
}
