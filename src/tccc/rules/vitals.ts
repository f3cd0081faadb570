/**
 * Vital signs grouped into sets. A set opens at a time said before the signs ("1350: HR 126",
 * "at eleven twenty pulse..."), at "first set"/"repeat vitals", or when a sign already in the open
 * set is given again. A lone AVPU or pain statement is a set of its own.
 */
import type { Avpu, VitalsSet } from '../record.js';
import { readClock, type ClockMatch } from '../text/clock.js';
import {
  MAX_WINDOW,
  TRAILING_MARKS,
  claim,
  isAffirmed,
  leadsVitals,
  mentionAt,
  previousBoundary,
  trailsSign,
} from './attributes.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf, type Mention } from './matcher.js';
import { join, spanOf, type Found, type Span } from './found.js';
import { AVPU_LETTERS, withinRange, type NumericVital } from './vital-ranges.js';
import { findVitalsTables } from './vitals-table.js';

type Field = Exclude<keyof VitalsSet, 'time'>;

interface Observation {
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
const PALPATED = new Set(['palp', 'palpated', 'palpation', 'systolic']);

/** The vitals sets of the casualty, in narrative order. */
export function findVitals(doc: Doc): Found<VitalsSet>[] {
  const tables = findVitalsTables(doc);
  const sets = findVitalSentences(doc);
  return tables.length === 0 ? sets : [...sets, ...tables].sort((a, b) => a.span.start - b.span.start);
}

/** Sets said in sentences: signs named with their values. */
function findVitalSentences(doc: Doc): Found<VitalsSet>[] {
  const sets: Found<VitalsSet>[] = [];
  let current: { set: Found<VitalsSet>; signs: Set<VitalKind>; sentence: number } | null = null;
  let lastEnd = 0;
  for (let k = 0; k < doc.mentions.length; k++) {
    if (!isAffirmed(doc, k)) continue;
    const obs = observe(doc, k);
    if (!obs) continue;
    // The words before a sign, back to the previous thing or the sentence start, may hold its set's time.
    const from = Math.max(lastEnd, previousBoundary(doc, k, MAX_WINDOW, doc.sentence));
    const lead = readLead(doc, from, obs.start);
    lead.time ??= readHeaderTime(doc, from, lastEnd);
    const sentence = doc.sentence[obs.start];
    if (!current || lead.time || lead.newSet || current.signs.has(obs.sign) || isLoneStatement(current, sentence)) {
      current = { set: { value: {}, span: spanOf(doc, obs.start, obs.end), fields: {} }, signs: new Set(), sentence };
      sets.push(current.set);
      if (lead.time) {
        current.set.value.time = lead.time.value;
        current.set.fields!.time = lead.time.span;
        current.set.span = join(current.set.span, lead.time.span);
      }
    }
    const span = spanOf(doc, obs.start, obs.end);
    for (const [field, value] of Object.entries(obs.values) as [Field, number | Avpu][]) {
      (current.set.value as Record<string, unknown>)[field] = value;
      current.set.fields![field] = span;
    }
    current.set.span = join(current.set.span, span);
    current.signs.add(obs.sign);
    current.sentence = sentence;
    lastEnd = obs.end;
    const trailing = current.set.value.time === undefined ? readTrailingTime(doc, obs.end) : null;
    if (trailing) {
      current.set.value.time = trailing.value;
      current.set.fields!.time = trailing.span;
      current.set.span = join(current.set.span, trailing.span);
      lastEnd = trailing.end;
    }
    // "Pulse 118 at first, now 124": the later value is a set of its own, not lost.
    const later = readLaterValue(doc, obs);
    if (later) {
      const laterSpan = spanOf(doc, later.start, later.end);
      const set: Found<VitalsSet> = { value: { ...later.values } as VitalsSet, span: laterSpan, fields: {} };
      for (const field of Object.keys(later.values) as Field[]) set.fields![field] = laterSpan;
      current = { set, signs: new Set([obs.sign]), sentence };
      sets.push(set);
      claim(doc, { start: later.start, end: later.end });
      lastEnd = later.end;
    }
  }
  return sets;
}

/** Words right before a number that make it a later reading of the sign just read ("now 124", "to 93"). */
const LATER_LEAD = new Set(['now', 'then', 'to', 'later', 'recheck', 'rechecked']);
/** Most plain words between a value and the later reading of the same sign. */
const LATER_GAP = 6;

/**
 * A second value of the sign just read, later in the same sentence: "pulse was 118 when we got to him,
 * now 124", "sats went from 84 to 93", "pain from an 8 to a 3". Only plain words between (no other sign,
 * treatment or number), the last of them a word of change; null when there is none.
 */
function readLaterValue(doc: Doc, obs: Observation): Omit<Observation, 'sign'> | null {
  if (obs.sign === 'avpu') return null;
  let i = obs.end;
  let words = 0;
  while (i < doc.tokens.length && doc.sentence[i] === doc.sentence[obs.start]) {
    const t = doc.tokens[i];
    if (t.kind === 'number' || doc.claimed[i]) break;
    if (mentionAt(doc, i) !== undefined || (t.kind !== 'word' && t.norm !== ',')) return null;
    if (t.kind === 'word' && ++words > LATER_GAP) return null;
    i++;
  }
  let lead = i - 1;
  while (lead > obs.end && ['a', 'an', 'about', 'around'].includes(doc.tokens[lead].norm)) lead--;
  const t = doc.tokens[i];
  if (!t || t.kind !== 'number' || doc.claimed[i] || !LATER_LEAD.has(doc.tokens[lead]?.norm ?? '')) return null;
  if (NOT_A_READING.has(doc.tokens[i + 1]?.norm ?? '')) return null;
  const field: NumericVital = obs.sign === 'bp' ? 'systolic' : obs.sign;
  const value = readValue(doc, i, field);
  if (obs.sign === 'bp') {
    const bp = observePressure(doc, i, value);
    return bp && bp.values.diastolic !== undefined ? { values: bp.values, start: i, end: bp.end } : null;
  }
  if (!inRange(field, value.value)) return null;
  return { values: { [field]: value.value }, start: i, end: value.end + scaleLength(doc, value.end) };
}

/** An AVPU or pain statement in an earlier sentence with no other sign ("Unresponsive at POI.") stands alone. */
function isLoneStatement(current: { signs: Set<VitalKind>; sentence: number }, sentence: number): boolean {
  return sentence !== current.sentence && [...current.signs].every((s) => s === 'avpu' || s === 'pain');
}

function readLead(doc: Doc, from: number, to: number): { time: { value: string; span: Span } | null; newSet: boolean } {
  let time: { value: string; span: Span } | null = null;
  let newSet = false;
  for (let i = from; i < to; i++) {
    const k = doc.mentionIndex[i];
    if (k >= 0 && tagOf(doc.mentions[k], 'vitals_set')) newSet = true;
    if (time || doc.claimed[i]) continue;
    const clock = readClock(doc.tokens, i);
    if (clock && clock.end <= to) {
      time = { value: clock.time, span: spanOf(doc, i, clock.end) };
      claim(doc, { start: i, end: clock.end });
    }
  }
  return { time, newSet };
}

/** Words a time-header line may carry besides its time ("Vitals @ 2015 hrs", "Trend"). */
const HEADER_WORDS = new Set(['vitals', 'vital', 'signs', 'v/s', 'vs', 'trend', 'time', 'at', '@', ':', '-']);
/** Longest time-header line read back over, so the look-back stays constant per sign. */
const HEADER_MAX = 6;

/**
 * A time on a line of its own just before the line of the signs ("1432:\nHR 110\nBP 100/60"):
 * the header line must hold only a clock and header words, and come after the previous sign.
 */
function readHeaderTime(doc: Doc, lineStart: number, lastEnd: number): { value: string; span: Span } | null {
  const close = lineStart - 1;
  if (close < lastEnd || doc.tokens[close]?.norm !== '\n') return null;
  let start = close;
  while (start > lastEnd && close - start < HEADER_MAX && doc.sentence[start - 1] === doc.sentence[close]) start--;
  if (start > 0 && doc.sentence[start - 1] === doc.sentence[close]) return null;
  let time: { value: string; span: Span } | null = null;
  for (let i = start; i < close; i++) {
    const clock: ClockMatch | null = time || doc.claimed[i] ? null : readClock(doc.tokens, i);
    if (clock && clock.end <= close) {
      time = { value: clock.time, span: spanOf(doc, i, clock.end) };
      claim(doc, { start: i, end: clock.end });
      i = clock.end - 1;
    } else if (!HEADER_WORDS.has(doc.tokens[i].norm)) return null;
  }
  return time;
}

/**
 * A time said after the signs ("HR 110, BP 120/80 at 0915;", "pain 7/10 (0125)"): "at", "@" or "(" and a
 * clock right after a value or a level ("responds to voice at 1538"), whatever follows it.
 */
function readTrailingTime(doc: Doc, i: number): { value: string; span: Span; end: number } | null {
  if (!TRAILING_MARKS.has(doc.tokens[i]?.norm ?? '') || doc.claimed[i + 1]) return null;
  const clock = readClock(doc.tokens, i + 1);
  if (!clock) return null;
  const endsSentence =
    clock.end >= doc.tokens.length ||
    doc.sentence[clock.end] !== doc.sentence[i] ||
    doc.sentenceEnd[i] === clock.end + 1;
  // A time right after the signs is theirs even when an act follows (no act takes it: see trailsSign).
  if (!endsSentence && !leadsVitals(doc, clock.end) && !trailsSign(doc, i + 1)) return null;
  claim(doc, { start: i + 1, end: clock.end });
  return { value: clock.time, span: spanOf(doc, i, clock.end), end: clock.end };
}

function observe(doc: Doc, k: number): Observation | null {
  const m = doc.mentions[k];
  const level = tagOf(m, 'avpu');
  if (level) return { sign: 'avpu', values: { avpu: level.value }, start: m.start, end: m.end };
  const name = tagOf(m, 'vital');
  if (!name) return null;
  let i = m.end;
  // A pause after the name ("pulse is, uh, one two six"; "resps, um, twenty eight") still leads to its value.
  for (
    let skipped = 0;
    skipped < 3 && i < doc.tokens.length && (VALUE_LEAD.has(doc.tokens[i].norm) || doc.tokens[i].norm === ',');
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
  if (doc.tokens[i]?.kind !== 'number') i = spokenValueAt(doc, i, name.value) ?? i;
  const t = doc.tokens[i];
  if (!t || doc.claimed[i]) return null;
  if (name.value === 'avpu') {
    const letter = Object.hasOwn(AVPU_LETTERS, t.norm) ? AVPU_LETTERS[t.norm] : undefined;
    return letter ? { sign: 'avpu', values: { avpu: letter }, start: m.start, end: i + 1 } : null;
  }
  if (t.kind !== 'number' || t.value === undefined || !Number.isInteger(t.value)) return null;
  const field: NumericVital = name.value === 'bp' ? 'systolic' : name.value;
  const value = readValue(doc, i, field);
  if (value.end === i + 1 && isRange(doc, i)) return null;
  if (name.value === 'bp') return observePressure(doc, m.start, value);
  if (!inRange(field, value.value)) return null;
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
const NOT_A_READING = new Set([
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
 * "sats climbing back to ninety four", "breathing okay, sixteen a minute"): no lexicon word, time or
 * other number between, in the same sentence, and not a count or a size. Null when there is none.
 */
function spokenValueAt(doc: Doc, from: number, sign: VitalKind): number | null {
  if (!SPOKEN_GAP_SIGNS.has(sign)) return null;
  let words = 0;
  for (let i = from; i < doc.tokens.length && doc.sentence[i] === doc.sentence[from]; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'number') {
      const next = doc.tokens[i + 1];
      const nextMention = next ? mentionAt(doc, i + 1) : undefined;
      if (readClock(doc.tokens, i) || (next && NOT_A_READING.has(next.norm)) || (nextMention && isCounted(nextMention)))
        return null;
      return i;
    }
    if (t.kind !== 'word' && t.norm !== ',') return null;
    if (mentionAt(doc, i) !== undefined || coveredByMention(doc, i)) return null;
    if (t.kind === 'word' && ++words > SPOKEN_GAP) return null;
  }
  return null;
}

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
function readValue(doc: Doc, i: number, field: NumericVital): { value: number; end: number } {
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

/** "RR 20-24", "pain 6 to 7": a range is not one value, and a careful medic records neither end. */
function isRange(doc: Doc, i: number): boolean {
  // "went from 84 to 93" is a change, read as two values.
  if (doc.tokens[i - 1]?.norm === 'from' || doc.tokens[i - 2]?.norm === 'from') return false;
  const sep = doc.tokens[i + 1];
  const high = doc.tokens[i + 2];
  if (!sep || high?.kind !== 'number') return false;
  // "pulse 120 or 130": the medic is unsure which; neither is recorded.
  return (sep.norm === '-' && !sep.spaced && !high.spaced) || sep.norm === 'to' || sep.norm === 'or';
}

/** Tokens of "%", "percent", "/10" or "out of ten" after a value, so a time after them is still next to the sign. */
function scaleLength(doc: Doc, i: number): number {
  const w = doc.tokens[i]?.norm;
  if (w === '%' || w === 'percent') return 1;
  if (w === '/' && doc.tokens[i + 1]?.value === 10) return 2;
  if (w === 'out' && doc.tokens[i + 1]?.norm === 'of' && doc.tokens[i + 2]?.value === 10) return 3;
  return 0;
}

function observePressure(doc: Doc, start: number, high: { value: number; end: number }): Observation | null {
  const systolic = high.value;
  if (!inRange('systolic', systolic)) return null;
  const i = high.end - 1;
  const sep = doc.tokens[i + 1]?.norm;
  const low = doc.tokens[i + 2];
  if (
    (sep === '/' || sep === 'over' || sep === 'on') &&
    low?.kind === 'number' &&
    low.value !== undefined &&
    Number.isInteger(low.value)
  ) {
    const diastolic = readValue(doc, i + 2, 'diastolic');
    if (inRange('diastolic', diastolic.value))
      return { sign: 'bp', values: { systolic, diastolic: diastolic.value }, start, end: diastolic.end };
  }
  const palpEnd =
    sep === 'by' && PALPATED.has(doc.tokens[i + 2]?.norm ?? '') ? i + 3 : PALPATED.has(sep ?? '') ? i + 2 : i + 1;
  return { sign: 'bp', values: { systolic }, start, end: palpEnd };
}

function inRange(field: NumericVital, value: number): boolean {
  return Number.isInteger(value) && withinRange(field, value);
}
