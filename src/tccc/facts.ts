/**
 * A record as scored fact tuples (see shared/eval/README.md), and multiset precision/recall/F1.
 * Two tourniquets on one leg are two facts; each fact has a stable string key.
 */
import type { TcccRecord } from './record.js';

export const SCORED_KINDS = [
  'casualty',
  'grid',
  'evac',
  'time_of_injury',
  'mechanism',
  'injury',
  'vital',
  'intervention',
  'intervention_time',
  'fluid',
  'fluid_time',
  'medication',
  'medication_time',
] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export interface ScoredFact {
  kind: ScoredKind;
  /** Stable key, e.g. "vital|pulse|118|14:32", "medication|txa|2 g|IV". */
  key: string;
}

const fact = (kind: ScoredKind, ...parts: (string | number | undefined)[]): ScoredFact => ({
  kind,
  key: [kind, ...parts.map((p) => (p === undefined ? '' : String(p)))].join('|'),
});

/** Every scored fact of a record, in record order. */
export function scoredFacts(record: TcccRecord): ScoredFact[] {
  const facts: ScoredFact[] = [];
  for (const [field, value] of Object.entries(record.casualty ?? {})) {
    if (typeof value === 'string' && value.trim() !== '')
      facts.push(fact('casualty', field, value.trim().toLowerCase()));
  }
  if (record.location_grid) facts.push(fact('grid', record.location_grid.replace(/\s+/g, '').toUpperCase()));
  if (record.evac_priority) facts.push(fact('evac', record.evac_priority));
  if (record.time_of_injury) facts.push(fact('time_of_injury', record.time_of_injury));
  for (const m of record.mechanism ?? []) facts.push(fact('mechanism', m));
  for (const i of record.injuries ?? []) facts.push(fact('injury', i.type, i.location));
  for (const v of record.vitals ?? []) {
    for (const sign of ['pulse', 'systolic', 'diastolic', 'resp_rate', 'spo2', 'avpu', 'pain'] as const) {
      if (v[sign] !== undefined) facts.push(fact('vital', sign, v[sign], v.time));
    }
  }
  for (const i of record.interventions ?? []) {
    facts.push(fact('intervention', i.type, i.location));
    if (i.time) facts.push(fact('intervention_time', i.type, i.location, i.time));
  }
  for (const f of record.fluids ?? []) {
    facts.push(fact('fluid', f.name, f.volume_ml, f.route));
    if (f.time) facts.push(fact('fluid_time', f.name, f.time));
  }
  for (const m of record.medications ?? []) {
    facts.push(fact('medication', m.name, m.dose, m.route));
    if (m.time) facts.push(fact('medication_time', m.name, m.time));
  }
  return facts;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Comparison {
  counts: Counts;
  byKind: Map<ScoredKind, Counts>;
  /** Gold facts the prediction lacks, and predicted facts gold lacks (with multiplicity). */
  missed: ScoredFact[];
  extra: ScoredFact[];
}

/** Compares predicted with gold facts as multisets, overall and per kind. */
export function compareFacts(predicted: ScoredFact[], gold: ScoredFact[]): Comparison {
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(g.key, (pool.get(g.key) ?? 0) + 1);
  const byKind = new Map<ScoredKind, Counts>();
  const bump = (kind: ScoredKind, field: keyof Counts): void => {
    const c = byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    byKind.set(kind, c);
  };
  const extra: ScoredFact[] = [];
  for (const p of predicted) {
    const left = pool.get(p.key) ?? 0;
    if (left > 0) {
      pool.set(p.key, left - 1);
      bump(p.kind, 'tp');
    } else {
      extra.push(p);
      bump(p.kind, 'fp');
    }
  }
  const missed: ScoredFact[] = [];
  for (const g of gold) {
    const left = pool.get(g.key) ?? 0;
    if (left > 0) {
      pool.set(g.key, left - 1);
      missed.push(g);
      bump(g.kind, 'fn');
    }
  }
  const counts = { tp: predicted.length - extra.length, fp: extra.length, fn: missed.length };
  return { counts, byKind, missed, extra };
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro precision, recall and F1; an empty side scores 1 when the other is empty too. */
export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Sums counts (for micro averages over many records). */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
