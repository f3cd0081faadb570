/**
 * A route's letters as a speech recogniser hears them right after a dose: "fifty milligrams I am" (IM), "two grams,
 * I owe" (IO), "twenty mg I've" (IV), "twenty five micrograms i n" (IN). Only after a number and its unit, where a
 * route is what comes next; elsewhere "I am", "I owe" and "I've" are the speaker ("I've got the IO").
 */
import type { MedicationRoute } from '../record.js';
import type { Token } from '../text/tokenize.js';
import { DOSE_UNITS } from './lexicon/drugs.js';

/** The words heard, the route each spells, and whether they are also words of a speaker ("I am", not "i n"). */
const HEARD_ROUTES: readonly (readonly [readonly string[], MedicationRoute, boolean])[] = [
  [['i', 'am'], 'IM', true],
  [["i'm"], 'IM', true],
  [['i', 'owe'], 'IO', true],
  [["i've"], 'IV', true],
  [['i', 'n'], 'IN', false],
];

/** Marks between a dose and its route ("two grams, I owe", "Two grams. I owe."). */
const PAUSES = new Set([',', '.', '...']);

/** The route heard at token `i` right after a dose's unit, with its exclusive token end, or null. */
export function heardRoute(tokens: readonly Token[], i: number): { value: MedicationRoute; end: number } | null {
  const unit = PAUSES.has(tokens[i - 1]?.norm ?? '') ? i - 1 - 1 : i - 1;
  if (!Object.hasOwn(DOSE_UNITS, tokens[unit]?.norm ?? '') || tokens[unit - 1]?.kind !== 'number') return null;
  for (const [words, value, spoken] of HEARD_ROUTES) {
    const end = i + words.length;
    const heard = words.every((w, j) => tokens[i + j]?.norm === w && (j === 0 || tokens[i + j].spaced));
    if (heard && (!spoken || endsPhrase(tokens, end))) return { value, end };
  }
  return null;
}

/**
 * Whether the route's phrase ends before token `i`: at a pause, the end, a time or "at" ("I am 1412", "I owe at
 * zero four ten"). "Ten mg. I am worried about his airway": a word going on makes it the speaker.
 */
const endsPhrase = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return t === undefined || t.kind === 'punct' || t.kind === 'number' || t.kind === 'clock' || t.norm === 'at';
};
