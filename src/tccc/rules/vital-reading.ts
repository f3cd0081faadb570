/**
 * One vital sign as said: its name and the value that goes with it ("HR 110", "pulse is, uh, one two six",
 * "BP 90 palp", "breathing fast, call it twenty eight"), checked against the sign's plausible range.
 * Grouping signs into timed sets is `vitals.ts`'s.
 */
import type { Avpu, VitalsSet } from '../record.js';
import { readClock } from '../text/clock.js';
import { mentionAt } from './attributes.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf, type Mention } from './matcher.js';
import { AVPU_LETTERS, withinRange, type NumericVital } from './vital-ranges.js';
import {
  isRange,
  letterBefore,
  namesCuff,
  pressureWithTo,
  saidAsSystolic,
  valueAfterPause,
  valueAfterStop,
} from './vital-said-forms.js';
import { tensThenDigit } from '../text/paused-numbers.js';

export type Field = Exclude<keyof VitalsSet, 'time'>;

export interface Observation {
  /** Which sign, for spotting a repeat; a blood pressure is one sign with two fields. */
  sign: VitalKind;
  values: Partial<Record<Field, number | Avpu>>;
  /** Token span of the name and value. */
  start: number;
  end: number;
}

const VALUE_LEAD = new Set([
  'is',
  'was',
  'of',
  'like',
  'about',
  'around',
  'approx',
  'approximately',
  '~',
  '=',
  ':',
  '-',
  'are',
  'rate',
  'now',
  'down',
  'up',
  'to',
  'still',
  'score',
  'level',
  "he's",
  "she's",
  'at',
  'sitting',
  'holding',
  'only',
  'roughly',
  'went',
  'from',
]);
/** Pauses between a sign's name and its value. */
const PAUSES = new Set([',', '...']);
/** "AVPU Papa", "AVPU Victor": the level's letter said in the radio alphabet, read only after the AVPU label. */
const RADIO_LETTERS: Readonly<Record<string, Avpu>> = { alpha: 'A', alfa: 'A', victor: 'V', papa: 'P', uniform: 'U' };
const PALPATED = new Set(['palp', 'palpated', 'palpation', 'systolic']);
/** Words said in place of a low number not yet read. */
const UNREAD_LOW = new Set(['something', 'whatever', 'unknown', '?']);

export function observe(doc: Doc, k: number): Observation | null {
  const m = doc.mentions[k];
  const level = tagOf(m, 'avpu');
  if (level) return { sign: 'avpu', values: { avpu: level.value }, start: m.start, end: m.end };
  const name = tagOf(m, 'vital');
  if (!name) return null;
  let i = m.end;
  // A pause after the name ("pulse is, uh, one two six"; "resps, um, twenty eight"; "pressure... ninety-four over
  // sixty-two") still leads to its value.
  for (
    let skipped = 0;
    skipped < 3 && i < doc.tokens.length && (VALUE_LEAD.has(doc.tokens[i].norm) || PAUSES.has(doc.tokens[i].norm));
    skipped++
  )
    i++;
  // "pain's a seven": an article before a number, never before an AVPU letter ("AVPU A").
  if (
    (doc.tokens[i]?.norm === 'a' || doc.tokens[i]?.norm === 'an') &&
    doc.tokens[i + 1]?.kind === 'number' &&
    name.value !== 'avpu'
  )
    i++;
  if (name.value !== 'avpu' && i === m.end) i = valueAfterStop(doc, m.start, i);
  if (name.value !== 'avpu') i = valueAfterPause(doc, i, name.value === 'bp' ? 'systolic' : name.value);
  if (doc.tokens[i]?.kind !== 'number') i = spokenValueAt(doc, i, name.value) ?? i;
  const t = doc.tokens[i];
  if (name.value === 'avpu' && (!t || doc.claimed[i] || !Object.hasOwn(AVPU_LETTERS, t.norm))) {
    const before = letterBefore(doc, m.start);
    if (before) return { sign: 'avpu', values: { avpu: before.value }, start: before.at, end: m.end };
  }
  if (!t || doc.claimed[i]) return null;
  if (name.value === 'avpu') {
    const letter = Object.hasOwn(AVPU_LETTERS, t.norm)
      ? AVPU_LETTERS[t.norm]
      : Object.hasOwn(RADIO_LETTERS, t.norm)
        ? RADIO_LETTERS[t.norm]
        : undefined;
    return letter ? { sign: 'avpu', values: { avpu: letter }, start: m.start, end: i + 1 } : null;
  }
  if (t.kind !== 'number' || t.value === undefined || !Number.isInteger(t.value)) return null;
  const field: NumericVital = name.value === 'bp' ? 'systolic' : name.value;
  const value = tensThenDigit(doc.tokens, i) ?? readValue(doc, i, field);
  const withTo = name.value === 'bp' ? pressureWithTo(doc, m.end, i) : null;
  if (withTo)
    return {
      sign: 'bp',
      values: { systolic: value.value, diastolic: withTo.diastolic },
      start: m.start,
      end: withTo.end,
    };
  if (value.end === i + 1 && isRange(doc, i)) return null;
  if (name.value === 'bp') {
    const bp = observePressure(doc, m.start, value);
    // One number after a cuff is its setting, not a pressure ("cuff up to 250"): only a pair is read after it.
    return bp?.values.diastolic === undefined && namesCuff(doc, m.start) ? null : bp;
  }
  if (!inRange(field, value.value) || saidAsSystolic(doc, value.end)) return null;
  return {
    sign: name.value,
    values: { [field]: value.value },
    start: m.start,
    end: value.end + scaleLength(doc, value.end),
  };
}

/** Signs whose value may come after a few words of speech ("breathing fast, call it twenty eight"). */
const SPOKEN_GAP_SIGNS = new Set<VitalKind>(['pulse', 'resp_rate', 'spo2', 'bp']);
/** Most words of speech between a sign and its value. */
const SPOKEN_GAP = 4;
/** Words after a number that make it a count or a size, not a sign's value ("two IVs", "18 gauge"). */
export const NOT_A_READING = new Set([
  ...Object.keys(DOSE_UNITS),
  ...Object.keys(VOLUME_UNITS),
  'gauge',
  'ga',
  'times',
  'x',
  'hours',
  'hrs',
  'minutes',
  'mins',
  'feet',
  'meters',
  'kg',
]);

/**
 * The token of a sign's value said after a few plain words ("breathing fast, call it twenty eight",
 * "sats climbing back to ninety four", "breathing okay, sixteen a minute", "pain's bad, ten out of ten"): no lexicon word, time or
 * other number between, in the same sentence, and not a count or a size. Null when there is none.
 */
function spokenValueAt(doc: Doc, from: number, sign: VitalKind): number | null {
  if (!SPOKEN_GAP_SIGNS.has(sign) && sign !== 'pain') return null;
  let words = 0;
  let reported = false;
  for (let i = from; i < doc.tokens.length && doc.sentence[i] === doc.sentence[from]; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'number') {
      const next = doc.tokens[i + 1];
      const nextMention = next ? mentionAt(doc, i + 1) : undefined;
      // "breathing quick maybe twenty six frag to the back": no one counts twenty six wounds.
      const counts = nextMention !== undefined && isCounted(nextMention) && (t.value ?? 0) <= MAX_COUNT;
      if (readClock(doc.tokens, i) || (next && NOT_A_READING.has(next.norm)) || counts) return null;
      // "Pain's bad, ten out of ten": a pain score after words only with its scale, or as the casualty's own
      // rating ("Pain, he says eight").
      if (sign === 'pain' && scaleLength(doc, i + 1) < 2 && !reported && !reportedAfter(doc, i + 1)) return null;
      return i;
    }
    // "BP, let me get it... ninety-two over sixty": a trailing pause goes on to the value as a comma does.
    if (t.kind !== 'word' && !PAUSES.has(t.norm)) return null;
    if (mentionAt(doc, i) !== undefined || coveredByMention(doc, i)) return null;
    // "he said like a seven": an article before the value is part of saying it, not a word between.
    const article = (t.norm === 'a' || t.norm === 'an') && doc.tokens[i + 1]?.kind === 'number';
    if (t.kind === 'word' && !article && ++words > SPOKEN_GAP) return null;
    if (RATES.has(t.norm)) reported = true;
  }
  return null;
}

/** Words of the casualty giving his own pain score ("Pain, he says eight", "pain she rates a six"). */
const RATES = new Set(['says', 'said', 'rates', 'rated', 'reports', 'reported', 'states']);

/** "Pain's maybe around seven, he says": the casualty named as the one rating it right after the score. */
function reportedAfter(doc: Doc, i: number): boolean {
  const at = doc.tokens[i]?.norm === ',' ? i + 1 : i;
  return ['he', 'she'].includes(doc.tokens[at]?.norm ?? '') && RATES.has(doc.tokens[at + 1]?.norm ?? '');
}

/** The most wounds or treatments a number before them counts; a larger number is a reading. */
const MAX_COUNT = 9;

/** A treatment or wound a number before it counts ("two chest seals", "three frag wounds"). */
function isCounted(m: Mention): boolean {
  return m.tags.some(
    (t) =>
      t.cat === 'intervention' ||
      t.cat === 'medication' ||
      t.cat === 'fluid' ||
      t.cat === 'injury' ||
      t.cat === 'access',
  );
}

/** True when token `i` is inside a lexicon mention that starts before it. */
function coveredByMention(doc: Doc, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j < 8; j--) {
    const k = doc.mentionIndex[j];
    if (k >= 0) return doc.mentions[k].end > i;
  }
  return false;
}

/**
 * A sign's value at token `i`. A lone digit too small for the sign was dictated in parts:
 * "pulse 1 20" is 120, "breath 3-0" is 30.
 */
export function readValue(doc: Doc, i: number, field: NumericVital): { value: number; end: number } {
  const t = doc.tokens[i];
  const value = t.value!;
  if (t.spoken || t.digits?.length !== 1 || inRange(field, value)) return { value, end: i + 1 };
  const next = doc.tokens[i + 1];
  const after = doc.tokens[i + 2];
  if (
    (value === 1 || value === 2) &&
    next?.kind === 'number' &&
    next.spaced &&
    next.digits?.length === 2 &&
    inRange(field, value * 100 + next.value!)
  ) {
    return { value: value * 100 + next.value!, end: i + 2 };
  }
  if (
    next?.norm === '-' &&
    !next.spaced &&
    after?.kind === 'number' &&
    !after.spaced &&
    after.digits?.length === 1 &&
    inRange(field, value * 10 + after.value!)
  ) {
    return { value: value * 10 + after.value!, end: i + 3 };
  }
  return { value, end: i + 1 };
}

/** Tokens of "%", "percent", "/10" or "out of ten" after a value, so a time after them is still next to the sign. */
export function scaleLength(doc: Doc, i: number): number {
  const w = doc.tokens[i]?.norm;
  if (w === '%' || w === 'percent') return 1;
  if (w === '/' && doc.tokens[i + 1]?.value === 10) return 2;
  if (w === 'out' && doc.tokens[i + 1]?.norm === 'of' && doc.tokens[i + 2]?.value === 10) return 3;
  return 0;
}

export function observePressure(doc: Doc, start: number, high: { value: number; end: number }): Observation | null {
  const systolic = high.value;
  if (!inRange('systolic', systolic)) return null;
  const i = high.end - 1;
  const sep = doc.tokens[i + 1]?.norm;
  // "one hundred over. Sixty five.": a pause a recogniser writes as a full stop after "over".
  const lowAt = sep === 'over' && doc.tokens[i + 2]?.norm === '.' ? i + 3 : i + 2;
  const low = doc.tokens[lowAt];
  if (
    (sep === '/' || sep === 'over' || sep === 'on' || sep === 'slash') &&
    low?.kind === 'number' &&
    low.value !== undefined &&
    Number.isInteger(low.value)
  ) {
    const diastolic = readValue(doc, lowAt, 'diastolic');
    if (inRange('diastolic', diastolic.value))
      return { sign: 'bp', values: { systolic, diastolic: diastolic.value }, start, end: diastolic.end };
  }
  // "ninety over something", "90 over whatever": a reading whose low number was never got is not a pressure taken
  // (the medic is still taking it, and says the real one after).
  if ((sep === 'over' || sep === '/') && UNREAD_LOW.has(doc.tokens[i + 2]?.norm ?? '')) return null;
  const palpEnd =
    sep === 'by' && PALPATED.has(doc.tokens[i + 2]?.norm ?? '') ? i + 3 : PALPATED.has(sep ?? '') ? i + 2 : i + 1;
  return { sign: 'bp', values: { systolic }, start, end: palpEnd };
}

export function inRange(field: NumericVital, value: number): boolean {
  return Number.isInteger(value) && withinRange(field, value);
}
