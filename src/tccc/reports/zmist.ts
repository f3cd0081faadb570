import type { TcccRecord, VitalsSet } from '../record.js';
import { reportLines } from './plain-text.js';
import {
  FLUID_LABELS,
  INJURY_LABELS,
  INTERVENTION_LABELS,
  LOCATION_LABELS,
  MECHANISM_LABELS,
  MEDICATION_LABELS,
  bloodPressure,
  words,
} from './labels.js';

/** The five ZMIST lines as data, each the words read over the radio after its letter. */
export interface Zmist {
  z: string;
  m: string;
  i: string;
  s: string;
  t: string;
}

const NOT_STATED = 'not stated';

type Measure = 'pulse' | 'systolic' | 'resp_rate' | 'spo2' | 'pain';
const MEASURES: { key: Measure; name: string; value: (set: VitalsSet) => string }[] = [
  { key: 'pulse', name: 'pulse', value: (v) => `${v.pulse}` },
  { key: 'systolic', name: 'BP', value: (v) => `${bloodPressure(v)}` },
  { key: 'resp_rate', name: 'RR', value: (v) => `${v.resp_rate}` },
  { key: 'spo2', name: 'SpO2', value: (v) => `${v.spo2}%` },
  { key: 'pain', name: 'pain', value: (v) => `${v.pain}/10` },
];

/** Latest value of each sign, then how each sign measured more than once has moved since the first set. */
function signs(vitals: VitalsSet[]): string {
  // Sets are in the order the narrative gave them; times alone cannot order them (no dates, midnight).
  const latest = (has: (v: VitalsSet) => boolean) => [...vitals].reverse().find(has);
  const parts: string[] = [];
  for (const m of MEASURES) {
    const set = latest((v) => v[m.key] !== undefined);
    if (set) parts.push(`${m.name} ${m.value(set)}`);
  }
  const avpu = latest((v) => v.avpu !== undefined);
  if (avpu) parts.push(`AVPU ${avpu.avpu}`);
  if (parts.length === 0) return NOT_STATED;
  const timed = latest((v) => v.time !== undefined);
  let text = parts.join(', ') + (timed ? ` (latest at ${timed.time})` : '');

  const trends: string[] = [];
  for (const m of MEASURES) {
    const sets = vitals.filter((v) => v[m.key] !== undefined);
    if (sets.length < 2) continue;
    const first = sets[0];
    const last = sets[sets.length - 1];
    const a = first[m.key]!;
    const b = last[m.key]!;
    const direction = b > a ? 'rising' : b < a ? 'falling' : 'steady';
    trends.push(`${m.name} ${m.value(first)} to ${m.value(last)} ${direction}`);
  }
  const avpus = vitals.filter((v) => v.avpu).map((v) => v.avpu);
  if (avpus.length > 1 && avpus[0] !== avpus[avpus.length - 1])
    trends.push(`AVPU ${avpus[0]} to ${avpus[avpus.length - 1]}`);
  if (trends.length) text += `; trend: ${trends.join(', ')}`;
  return text;
}

/** Builds the ZMIST handover from a record; facts the record lacks read "not stated". */
export function buildZmist(record: TcccRecord): Zmist {
  const c = record.casualty ?? {};
  const id = [c.battle_roster, c.name, c.sex].filter(Boolean).join(', ');
  const mechanisms = (record.mechanism ?? []).map((m) => MECHANISM_LABELS[m]).join(', ');
  const m = `${mechanisms || 'mechanism not stated'}; time of injury ${record.time_of_injury ?? NOT_STATED}`;
  const injuries = (record.injuries ?? []).map((i) => words(INJURY_LABELS[i.type], LOCATION_LABELS[i.location]));
  const treatments = [
    ...(record.interventions ?? []).map((i) =>
      words(INTERVENTION_LABELS[i.type], i.location && LOCATION_LABELS[i.location], i.time),
    ),
    ...(record.fluids ?? []).map((f) =>
      words(FLUID_LABELS[f.name], f.volume_ml === undefined ? undefined : `${f.volume_ml} ml`, f.route, f.time),
    ),
    ...(record.medications ?? []).map((d) => words(MEDICATION_LABELS[d.name], d.dose, d.route, d.time)),
  ];
  return {
    z: id || 'casualty identity not stated',
    m,
    i: injuries.join('; ') || NOT_STATED,
    s: signs(record.vitals ?? []),
    t: treatments.join('; ') || 'none recorded',
  };
}

/** ZMIST as radio text, one letter a line. */
export function zmistText(z: Zmist): string {
  return reportLines([
    'ZMIST HANDOVER',
    `Z - ID: ${z.z}`,
    `M - MECHANISM: ${z.m}`,
    `I - INJURIES: ${z.i}`,
    `S - SIGNS: ${z.s}`,
    `T - TREATMENT: ${z.t}`,
  ]);
}
