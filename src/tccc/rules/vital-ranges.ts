/** What a vital sign's value may be, shared by signs read in sentences (vitals.ts) and in tables (vitals-table.ts). */
import type { Avpu, VitalsSet } from '../record.js';

/** The numeric fields of a vitals set. */
export type NumericVital = Exclude<keyof VitalsSet, 'time' | 'avpu'>;

/** Plausible values of each sign; a number outside is something else (a time, a dose, a misheard word). */
const RANGES: Record<NumericVital, readonly [number, number]> = {
  pulse: [20, 250],
  systolic: [40, 300],
  diastolic: [20, 200],
  resp_rate: [4, 80],
  spo2: [50, 100],
  pain: [0, 10],
};

/** True when `value` is a whole number (the schema's integer) within the plausible range of `field`, ends included. */
export function withinRange(field: NumericVital, value: number): boolean {
  const [lo, hi] = RANGES[field];
  return Number.isInteger(value) && value >= lo && value <= hi;
}

/** The letter after "AVPU" ("AVPU A"), normalized. */
export const AVPU_LETTERS: Readonly<Record<string, Avpu>> = { a: 'A', v: 'V', p: 'P', u: 'U' };
