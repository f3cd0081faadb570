/**
 * The words a unit written as a phrase may be made of ("MP", "Telemark", "Log"), and where such a phrase ends: read
 * by `units.ts`.
 */
import { MEASURE_UNITS } from '../text/units.js';
import type { Doc } from './document.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import { RANK_WORDS, UNIT_NOUNS } from './lexicon/identity.js';
import { ROSTER_WORDS } from './spelled.js';
import { opensFieldAfterGap } from './unit-labels.js';
import { isCardField } from './card-fields.js';

/** Capitalized words that open a phrase without naming a unit ("The", "His"). */
export const NOT_UNIT_NAMES = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'our',
  'my',
  'this',
  'that',
  'no',
  'not',
]);

/**
 * True when tokens `[start, end)` reach the end of their phrase (a comma, a full stop, the line's end), or of their
 * field on a card's line ("UNIT: G Trp, 1-2 CR   BRN: BT4417").
 */
export function endsPhrase(doc: Doc, start: number, end: number): boolean {
  const chunkEnd = doc.chunkEnd[start];
  return (
    end === chunkEnd ||
    (end === chunkEnd - 1 && doc.tokens[end].kind === 'punct') ||
    (end < chunkEnd && (opensFieldAfterGap(doc, end) || labelsField(doc, end)))
  );
}

/** "BRN:", "Allergies:": a card's field label and its colon, where the field before it ends. */
const labelsField = (doc: Doc, i: number): boolean =>
  isCardField(doc.tokens[i].norm) && doc.tokens[i + 1]?.norm === ':';

/** "MP", "SBCT", "RNZIR": capitals of a unit, not a clinical abbreviation the lexicon reads ("IV", "TQ"). */
export const isAcronym = (doc: Doc, i: number): boolean =>
  /^[A-Z]{2,6}$/.test(doc.tokens[i]?.raw ?? '') &&
  doc.mentionIndex[i] < 0 &&
  !RANK_WORDS.has(doc.tokens[i].norm) &&
  !ROSTER_WORDS.has(doc.tokens[i].norm) &&
  !isMeasure(doc.tokens[i].norm);

/** Measures written in capitals after a number: an age, a weight, a flow, a dose ("30 YO", "70 KG", "15 LPM"). */
const MEASURES = new Set(['yo', 'yoa', 'yr', 'yrs', 'kg', 'lb', 'lbs', 'lpm', 'cm', 'mm', 'km', 'ft', 'hr', 'hrs']);
const isMeasure = (w: string): boolean =>
  MEASURES.has(w) || MEASURE_UNITS.has(w) || Object.hasOwn(DOSE_UNITS, w) || Object.hasOwn(VOLUME_UNITS, w);

/** "Telemark", "Recce", "Log": a capitalized word that names a unit, not a determiner, a rank or a clinical word. */
export function isUnitName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return (
    t !== undefined &&
    /^[A-Z][a-z]+$/.test(t.raw) &&
    doc.mentionIndex[i] < 0 &&
    !NOT_UNIT_NAMES.has(t.norm) &&
    !RANK_WORDS.has(t.norm) &&
    !UNIT_NOUNS.has(t.norm)
  );
}
