/**
 * Merging a model's (grounded) record with the rules engine's: every fact keeps its source, and where the two
 * disagree the merged record holds the rules value (it has evidence spans) and the conflict is listed for the medic.
 */
import type { TcccRecord } from './record.js';

export type FactSource = 'model' | 'rules' | 'both';

/** Where one fact of the merged record came from. `path` is a JSON pointer into the merged record. */
export interface SourcedFact {
  path: string;
  source: FactSource;
}

/** A value on which the model and the rules engine disagree; the merged record holds `rules` until the medic picks. */
export interface Conflict {
  /** JSON pointer into the merged record, unique per conflict. */
  path: string;
  model: unknown;
  rules: unknown;
}

export interface MergeResult {
  record: TcccRecord;
  sources: SourcedFact[];
  conflicts: Conflict[];
}

type Item = Record<string, unknown>;
type ListField = 'mechanism' | 'injuries' | 'vitals' | 'interventions' | 'fluids' | 'medications';

// Which items of the two records are compared as one fact (paired in order, multisets). Looser than a fact's
// identity (fact-identity.ts) on purpose: a model and the rules disagreeing on a tourniquet's site or a drug's
// time is one fact in conflict for the medic to settle, not two facts.
const PAIRING_KEY: Record<ListField, (item: Item) => string> = {
  mechanism: (m) => String(m.value),
  injuries: (i) => `${String(i.type)}|${String(i.location)}`,
  vitals: () => 'set',
  interventions: (i) => String(i.type),
  fluids: (f) => String(f.name),
  medications: (m) => String(m.name),
};
const LIST_FIELDS = Object.keys(PAIRING_KEY) as ListField[];
/** The record's one-value facts besides the casualty block (time_of_injury was once left out, and lost on merge). */
const SINGLE_FIELDS: Array<keyof TcccRecord> = ['location_grid', 'evac_priority', 'time_of_injury'];

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b;

/** Merges a model record and a rules record (both schema-valid) into one schema-valid record with sources and conflicts. */
export function mergeRecords(model: TcccRecord, rules: TcccRecord): MergeResult {
  const sources: SourcedFact[] = [];
  const conflicts: Conflict[] = [];
  const out: Item = {};

  /** Merges the fields of two objects (either may be absent) into `target` under `path`. */
  const mergeFields = (m: Item | undefined, r: Item | undefined, path: string, target: Item) => {
    for (const key of new Set([...Object.keys(r ?? {}), ...Object.keys(m ?? {})])) {
      const mv = m?.[key];
      const rv = r?.[key];
      const p = `${path}/${key}`;
      if (rv === undefined) {
        target[key] = mv;
        sources.push({ path: p, source: 'model' });
      } else if (mv === undefined || same(mv, rv)) {
        target[key] = rv;
        sources.push({ path: p, source: mv === undefined ? 'rules' : 'both' });
      } else {
        target[key] = rv;
        sources.push({ path: p, source: 'rules' });
        conflicts.push({ path: p, model: mv, rules: rv });
      }
    }
  };

  const casualty: Item = {};
  mergeFields(model.casualty as Item | undefined, rules.casualty as Item | undefined, '/casualty', casualty);
  if (Object.keys(casualty).length > 0) out.casualty = casualty;
  mergeFields(selectFields(model, SINGLE_FIELDS), selectFields(rules, SINGLE_FIELDS), '', out);

  for (const field of LIST_FIELDS) {
    const merged = mergeList(field, asItems(field, model[field]), asItems(field, rules[field]), sources, mergeFields);
    if (merged.length > 0) out[field] = field === 'mechanism' ? merged.map((m) => m.value) : merged;
  }
  return { record: out, sources, conflicts };
}

/** Pairs items by {@link PAIRING_KEY} in order; rules items first, then what only the model found. */
function mergeList(
  field: ListField,
  model: Item[],
  rules: Item[],
  sources: SourcedFact[],
  mergeFields: (m: Item | undefined, r: Item | undefined, path: string, target: Item) => void,
): Item[] {
  const pairingKey = PAIRING_KEY[field];
  const unpaired = [...model];
  const merged: Item[] = [];
  const add = (m: Item | undefined, r: Item | undefined) => {
    const index = merged.length;
    const path = `/${field}/${index}`;
    sources.push({ path, source: m && r ? 'both' : m ? 'model' : 'rules' });
    if (field === 'mechanism') {
      merged.push({ value: (r ?? m)?.value });
      return;
    }
    const target: Item = {};
    mergeFields(m, r, path, target);
    merged.push(target);
  };
  for (const r of rules) {
    const at = unpaired.findIndex((m) => pairingKey(m) === pairingKey(r));
    add(at >= 0 ? unpaired.splice(at, 1)[0] : undefined, r);
  }
  for (const m of unpaired) add(m, undefined);
  return merged;
}

function asItems(field: ListField, list: readonly unknown[] | undefined): Item[] {
  return (list ?? []).map((v) => (field === 'mechanism' ? { value: v } : { ...(v as Item) }));
}

function selectFields(record: TcccRecord, keys: Array<keyof TcccRecord>): Item {
  const selected: Item = {};
  for (const k of keys) if (record[k] !== undefined) selected[k] = record[k];
  return selected;
}

/** The record with the medic's choice for one conflict applied (a new object; the input is not changed). */
export function resolveConflict(record: TcccRecord, conflict: Conflict, side: 'model' | 'rules'): TcccRecord {
  const copy = structuredClone(record) as Item;
  const keys = conflict.path.split('/').slice(1);
  const last = keys.pop();
  let node: Item = copy;
  for (const k of keys) node = node[k] as Item;
  if (last !== undefined) node[last] = side === 'model' ? conflict.model : conflict.rules;
  return copy;
}
