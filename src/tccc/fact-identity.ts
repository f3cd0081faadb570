/**
 * A record seen as a list of facts with stable identities, so hand edits can be keyed to a fact
 * and still find it after re-extraction reorders, adds or drops other facts.
 *
 * Identity = kind + what the fact is, where and when (never the measured amounts): e.g.
 * "injury/gsw/left_leg#1", "intervention/tourniquet/right_leg/14:32#1", "vitals/-#2" (the second
 * untimed vitals set), "casualty/name", "evac_priority", "time_of_injury". "#n" counts facts sharing the same key, in
 * record order, so two tourniquets on one leg at one time stay two facts.
 */
import type {
  CasualtyDetails,
  ClockTime,
  EvacPriority,
  Fluid,
  Injury,
  Intervention,
  Mechanism,
  Medication,
  TcccRecord,
  VitalsSet,
} from './record.js';

export type FactId = string;

type CasualtyFact = {
  [K in keyof CasualtyDetails]-?: { kind: 'casualty'; field: K; value: NonNullable<CasualtyDetails[K]> };
}[keyof CasualtyDetails];

/** One fact of a record, typed by kind. */
export type FactValue =
  | CasualtyFact
  | { kind: 'location_grid'; value: string }
  | { kind: 'evac_priority'; value: EvacPriority }
  | { kind: 'time_of_injury'; value: ClockTime }
  | { kind: 'mechanism'; value: Mechanism }
  | { kind: 'injury'; value: Injury }
  | { kind: 'vitals'; value: VitalsSet }
  | { kind: 'intervention'; value: Intervention }
  | { kind: 'fluid'; value: Fluid }
  | { kind: 'medication'; value: Medication };

export type FactKind = FactValue['kind'];
export type Fact = FactValue & { id: FactId };

const CASUALTY_FIELDS = [
  'name',
  'battle_roster',
  'unit',
  'sex',
  'allergies',
] as const satisfies readonly (keyof CasualtyDetails)[];
/** Record array property for each list kind, in schema order. */
const LIST_KEYS = {
  mechanism: 'mechanism',
  injury: 'injuries',
  vitals: 'vitals',
  intervention: 'interventions',
  fluid: 'fluids',
  medication: 'medications',
} as const;
type ListKind = keyof typeof LIST_KEYS;

/** The part of a fact that names it; the rest (dose, volume, note, readings) may be corrected. */
function identityKey(f: FactValue): string {
  const opt = (s: string | undefined) => s ?? '-';
  switch (f.kind) {
    case 'casualty':
      return `casualty/${f.field}`;
    case 'location_grid':
    case 'evac_priority':
    case 'time_of_injury':
      return f.kind;
    case 'mechanism':
      return `mechanism/${f.value}`;
    case 'injury':
      return `injury/${f.value.type}/${f.value.location}`;
    case 'vitals':
      return `vitals/${opt(f.value.time)}`;
    case 'intervention':
      return `intervention/${f.value.type}/${opt(f.value.location)}/${opt(f.value.time)}`;
    case 'fluid':
      return `fluid/${f.value.name}/${opt(f.value.time)}`;
    case 'medication':
      return `medication/${f.value.name}/${opt(f.value.time)}`;
  }
}

function isSingular(kind: FactKind): boolean {
  return kind === 'casualty' || kind === 'location_grid' || kind === 'evac_priority' || kind === 'time_of_injury';
}

/** Splits a record into facts with stable ids, in schema then record order. */
export function recordFacts(record: TcccRecord): Fact[] {
  const values: FactValue[] = [];
  for (const field of CASUALTY_FIELDS) {
    const value = record.casualty?.[field];
    if (value !== undefined) values.push({ kind: 'casualty', field, value } as CasualtyFact);
  }
  if (record.location_grid !== undefined) values.push({ kind: 'location_grid', value: record.location_grid });
  if (record.evac_priority !== undefined) values.push({ kind: 'evac_priority', value: record.evac_priority });
  if (record.time_of_injury !== undefined) values.push({ kind: 'time_of_injury', value: record.time_of_injury });
  for (const kind of Object.keys(LIST_KEYS) as ListKind[]) {
    for (const value of record[LIST_KEYS[kind]] ?? []) values.push({ kind, value } as FactValue);
  }
  const seen = new Map<string, number>();
  return values.map((f) => {
    const key = identityKey(f);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { ...f, id: isSingular(f.kind) ? key : `${key}#${n}` };
  });
}

/** Puts facts back together as a record: schema key order, mechanisms distinct, empty parts omitted. */
export function factsToRecord(facts: readonly FactValue[]): TcccRecord {
  const record: TcccRecord = {};
  const lists: { [K in ListKind]: unknown[] } = {
    mechanism: [],
    injury: [],
    vitals: [],
    intervention: [],
    fluid: [],
    medication: [],
  };
  for (const f of facts) {
    if (f.kind === 'casualty') record.casualty = { ...record.casualty, [f.field]: f.value };
    else if (f.kind === 'location_grid') record.location_grid = f.value;
    else if (f.kind === 'evac_priority') record.evac_priority = f.value;
    else if (f.kind === 'time_of_injury') record.time_of_injury = f.value;
    else if (f.kind !== 'mechanism' || !lists.mechanism.includes(f.value)) lists[f.kind].push(f.value);
  }
  for (const kind of Object.keys(LIST_KEYS) as ListKind[]) {
    if (lists[kind].length) Object.assign(record, { [LIST_KEYS[kind]]: structuredClone(lists[kind]) });
  }
  return record;
}

/**
 * The id a new hand-added fact gets: the canonical id for a one-per-record fact (so it replaces
 * any extracted value), else "<kind>/hand#n" with the first n no fact or edit uses.
 */
export function newFactId(fact: FactValue, taken: Iterable<FactId>): FactId {
  if (isSingular(fact.kind)) return identityKey(fact);
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${fact.kind}/hand#${n}`)) n++;
  return `${fact.kind}/hand#${n}`;
}

/**
 * The id of the fact an evidence path points into, e.g. "/medications/1/dose" or
 * "casualty.name"; undefined when the path names nothing in the record.
 */
export function factIdAtPath(record: TcccRecord, path: string): FactId | undefined {
  const [head, second] = path.split(/[/.[\]]+/).filter(Boolean);
  const facts = recordFacts(record);
  if (head === 'casualty') return facts.find((f) => f.kind === 'casualty' && f.field === second)?.id;
  if (head === 'location_grid' || head === 'evac_priority' || head === 'time_of_injury')
    return facts.find((f) => f.kind === head)?.id;
  const kind = (Object.keys(LIST_KEYS) as ListKind[]).find((k) => LIST_KEYS[k] === head);
  const index = Number(second);
  if (!kind || !Number.isInteger(index)) return undefined;
  return facts.filter((f) => f.kind === kind)[index]?.id;
}
