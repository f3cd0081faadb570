/**
 * Values two devices set at once, neither having seen the other's (#13.1): a hand edit of the same fact (evac
 * priority, a tourniquet's time, allergies, any hand-edited value), the same 9-line field. Automerge keeps both and
 * shows one; the Record view must show both, with who set each, until a medic picks one with
 * {@link resolveConflict}, which writes the pick over both so every device agrees from then on.
 */
import { getConflicts, type Doc } from '@automerge/automerge';
import type { FactEdit } from '../records/edits.js';
import { deviceOfOp, json, parsed, type CasualtyDoc, type DeviceIdentity, type StoredEdit } from './casualty-doc.js';
import { signDevice } from './casualty-convert.js';

/** One side of a conflict: the value and the device that set it. */
interface ConflictValue<T> {
  value: T;
  by: string;
  /** Automerge's op id, which names this side when resolving. */
  opId: string;
}

/** A hand edit or a 9-line field two devices set at once. */
export type FieldConflict =
  | { part: 'edits'; key: string; factId: string; values: ConflictValue<FactEdit>[] }
  | { part: 'nineLine'; key: string; values: ConflictValue<unknown>[] };

function sides<T>(doc: Doc<CasualtyDoc>, map: object, key: string, decode: (v: unknown) => T): ConflictValue<T>[] {
  const all = getConflicts(map as Doc<unknown>, key) ?? {};
  return Object.entries(all)
    .map(([opId, v]) => ({ value: decode(v), by: deviceOfOp(doc, opId), opId }))
    .sort((a, b) => (a.opId < b.opId ? -1 : 1));
}

/** Every open conflict of the casualty, hand edits first, each with both values and who set them. */
export function conflictsOf(doc: Doc<CasualtyDoc>): FieldConflict[] {
  const found: FieldConflict[] = [];
  for (const key of Object.keys(doc.edits)) {
    const values = sides(doc, doc.edits, key, (v) => parsed<StoredEdit>(v).edit);
    if (values.length > 1) found.push({ part: 'edits', key, factId: values[0].value.id, values });
  }
  for (const key of Object.keys(doc.nineLine)) {
    const values = sides(doc, doc.nineLine, key, (v) => parsed<unknown>(v));
    if (values.length > 1) found.push({ part: 'nineLine', key, values });
  }
  return found;
}

/**
 * Settles a conflict (inside a change) with the side `opId` names: that value is written again, over both, so the
 * conflict is gone on every device once this change arrives. Returns false when no such side is open any more.
 */
export function resolveConflict(d: CasualtyDoc, conflict: FieldConflict, opId: string, who: DeviceIdentity): boolean {
  const map = conflict.part === 'edits' ? d.edits : d.nineLine;
  const current = getConflicts(map as Doc<unknown>, conflict.key) ?? {};
  const picked = current[opId];
  if (picked === undefined) return false;
  signDevice(d, who);
  map[conflict.key] = json(parsed<unknown>(picked));
  return true;
}
