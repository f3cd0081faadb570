/**
 * Vital signs grouped into sets. A set opens at a time said before the signs ("1350: HR 126",
 * "at eleven twenty pulse..."), at "first set"/"repeat vitals", or when a sign already in the open
 * set is given again. A lone AVPU or pain statement is a set of its own. Reading one sign and its value
 * is `vital-reading.ts`'s; the times that date a set are read here.
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
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf } from './matcher.js';
import { join, spanOf, type Found, type Span } from './found.js';
import type { NumericVital } from './vital-ranges.js';
import { readListedAvpu } from './vital-avpu-letter.js';
import {
  NOT_A_READING,
  inRange,
  observe,
  observePressure,
  readValue,
  scaleLength,
  type Field,
  type Observation,
} from './vital-reading.js';
import { findVitalsTables } from './vitals-table.js';

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
    // "HR 90, SpO2 99, A, pain 5/10": a lone capital A, V, P or U listed among the signs is the AVPU.
    const level = obs.sign === 'avpu' || current.signs.has('avpu') ? null : readListedAvpu(doc, obs.end);
    if (level) {
      const levelSpan = spanOf(doc, level.at, level.at + 1);
      current.set.value.avpu = level.value;
      current.set.fields!.avpu = levelSpan;
      current.set.span = join(current.set.span, levelSpan);
      current.signs.add('avpu');
      claim(doc, { start: level.at, end: level.at + 1 });
    }
    const trailing = current.set.value.time === undefined ? readTrailingTime(doc, obs.end, obs.sign) : null;
    if (trailing) {
      current.set.value.time = trailing.value;
      current.set.fields!.time = trailing.span;
      current.set.span = join(current.set.span, trailing.span);
      lastEnd = trailing.end;
      // "HR 110 at 1405 and 98 at 1420": each later value with its own time is a set of its own.
      for (let next = readTimedRepeat(doc, obs.sign, lastEnd); next; next = readTimedRepeat(doc, obs.sign, lastEnd)) {
        const valueSpan = spanOf(doc, next.start, next.valueEnd);
        const set: Found<VitalsSet> = {
          value: { ...next.values, time: next.time.value } as VitalsSet,
          span: join(valueSpan, next.time.span),
          fields: { time: next.time.span },
        };
        for (const field of Object.keys(next.values) as Field[]) set.fields![field] = valueSpan;
        current = { set, signs: new Set([obs.sign]), sentence };
        sets.push(set);
        claim(doc, { start: next.start, end: next.end });
        lastEnd = next.end;
      }
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
/** Words between the word of change and the later reading ("now it's more like 112"). */
const LATER_HEDGES = new Set(['a', 'an', 'about', 'around', "it's", 'is', "he's", "she's", 'more', 'like', 'closer']);
/** "Sat was seventy-eight, now climbing, ninety": how it moves, set off before the new value. */
const LATER_MOVES = new Set(['climbing', 'rising', 'dropping', 'falling', ',']);
/** Most plain words between a value and the later reading of the same sign. */
const LATER_GAP = 8;

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
    // "when I first checked": a re-check names no other sign.
    const m = mentionAt(doc, i);
    if ((m !== undefined && !m.tags.every((tag) => tag.cat === 'recheck')) || (t.kind !== 'word' && t.norm !== ','))
      return null;
    if (t.kind === 'word' && ++words > LATER_GAP) return null;
    i++;
  }
  let lead = i - 1;
  // "now 124", "now about 124", "now it's more like 112": the words of change before the hedge.
  while (lead > obs.end && (LATER_HEDGES.has(doc.tokens[lead].norm) || LATER_MOVES.has(doc.tokens[lead].norm))) lead--;
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

/** Words a time-header line may carry besides its time ("Vitals @ 2015 hrs", "Trend", "Update 0328:"). */
const HEADER_WORDS = new Set(['vitals', 'vital', 'signs', 'v/s', 'vs', 'trend', 'update', 'time', 'at', '@', ':', '-']);
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
 * clock right after a value or a level ("responds to voice at 1538"), then the end of the sentence, more
 * signs, a priority, a later timed value of the same sign, or anything trailsSign leaves to the signs.
 */
function readTrailingTime(doc: Doc, i: number, sign: VitalKind): { value: string; span: Span; end: number } | null {
  const at = doc.tokens[i]?.norm ?? '';
  if (!TRAILING_MARKS.has(at) || doc.claimed[i + 1]) return null;
  const clock = readClock(doc.tokens, i + 1);
  if (!clock) return null;
  // "pain 7/10 (0125)": a time in brackets after the signs is theirs.
  if (at === '(' && doc.tokens[clock.end]?.norm === ')') {
    claim(doc, { start: i + 1, end: clock.end });
    return { value: clock.time, span: spanOf(doc, i, clock.end + 1), end: clock.end + 1 };
  }
  const endsSentence =
    clock.end >= doc.tokens.length ||
    doc.sentence[clock.end] !== doc.sentence[i] ||
    doc.sentenceEnd[i] === clock.end + 1;
  // "… responds to voice at one five three eight urgent surgical": a priority takes no time.
  const next = doc.mentionIndex[clock.end] >= 0 ? doc.mentions[doc.mentionIndex[clock.end]] : undefined;
  const priorityNext = next !== undefined && tagOf(next, 'evac') !== undefined;
  // A time right after the signs is theirs even when an act follows (no act takes it: see trailsSign).
  if (
    !endsSentence &&
    !priorityNext &&
    !leadsVitals(doc, clock.end) &&
    !readTimedRepeat(doc, sign, clock.end) &&
    !trailsSign(doc, i + 1)
  )
    return null;
  claim(doc, { start: i + 1, end: clock.end });
  return { value: clock.time, span: spanOf(doc, i, clock.end), end: clock.end };
}

/** Words between one timed value of a sign and the next ("HR 110 at 1405 and 98 at 1420"). */
const REPEAT_JOINERS = new Set([',', 'and', 'then', ';']);

interface TimedRepeat {
  values: Observation['values'];
  /** Tokens of the value, and of the value through its time. */
  start: number;
  valueEnd: number;
  end: number;
  time: { value: string; span: Span };
}

/**
 * A later value of the sign just read, with a time of its own, right after the last one: "HR 110 at 1405
 * and 98 at 1420", "BP 100/60 @ 0910, 110/70 @ 0925". Only joining words before it, and "at" or "@" and a
 * clock right after it; null otherwise. Reads, never claims.
 */
function readTimedRepeat(doc: Doc, sign: VitalKind, from: number): TimedRepeat | null {
  if (sign === 'avpu') return null;
  let i = from;
  while (i < from + 2 && REPEAT_JOINERS.has(doc.tokens[i]?.norm ?? '')) i++;
  const t = doc.tokens[i];
  if (i === from || !t || t.kind !== 'number' || doc.claimed[i] || !Number.isInteger(t.value)) return null;
  if (doc.sentence[i] !== doc.sentence[from - 1]) return null;
  const field: NumericVital = sign === 'bp' ? 'systolic' : sign;
  const value = readValue(doc, i, field);
  let reading: { values: Observation['values']; end: number } | null;
  if (sign === 'bp') {
    const bp = observePressure(doc, i, value);
    reading = bp && bp.values.diastolic !== undefined ? bp : null;
  } else
    reading = inRange(field, value.value)
      ? { values: { [field]: value.value }, end: value.end + scaleLength(doc, value.end) }
      : null;
  const at = reading ? doc.tokens[reading.end]?.norm : undefined;
  if (!reading || (at !== 'at' && at !== '@') || doc.claimed[reading.end + 1]) return null;
  const clock = readClock(doc.tokens, reading.end + 1);
  if (!clock) return null;
  return {
    values: reading.values,
    start: i,
    valueEnd: reading.end,
    end: clock.end,
    time: { value: clock.time, span: spanOf(doc, reading.end, clock.end) },
  };
}
