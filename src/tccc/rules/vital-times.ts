/**
 * The times that date a vitals set (`vitals.ts`): said before the signs ("1350: HR 126"), on a header line of
 * their own ("Update 0328:"), right after the signs ("HR 110 at 0915"), or with each later value of one sign
 * ("HR 110 at 1405 and 98 at 1420").
 */
import { readClock, type ClockMatch } from '../text/clock.js';
import { TRAILING_MARKS, claim, leadsVitals, mentionAt, trailsSign } from './attributes.js';
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { spanOf, type Span } from './found.js';
import type { NumericVital } from './vital-ranges.js';
import { inRange, observePressure, readValue, scaleLength, type Observation } from './vital-reading.js';

/** A clock said before a set's signs, and whether a words-of-a-new-set mention ("repeat vitals") stands there. */
export function readLead(
  doc: Doc,
  from: number,
  to: number,
): { time: { value: string; span: Span } | null; newSet: boolean } {
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

/**
 * True when the words from `i`, after a word of repeating, are the signs or a time that heads them ("repeat at 1755
 * pulse 114", "repeat 0221 sats 97", "repeat, HR 100"): the readings taken again, not another dose of a drug.
 */
export function repeatsVitals(doc: Doc, i: number): boolean {
  const at = ['at', '@'].includes(doc.tokens[i]?.norm ?? '') ? i + 1 : i;
  const clock = readClock(doc.tokens, at);
  return leadsVitals(doc, clock ? clock.end : i);
}

/** Words a time-header line may carry besides its time ("Vitals @ 2015 hrs", "Trend", "Update 0328:"). */
const HEADER_WORDS = new Set([
  'vitals',
  'vital',
  'signs',
  'set',
  'of',
  'repeat',
  'again',
  'v/s',
  'vs',
  'trend',
  'update',
  'time',
  'at',
  '@',
  ':',
  '-',
]);
/** Longest time-header line read back over, so the look-back stays constant per sign. */
const HEADER_MAX = 6;

/**
 * A time on a line of its own just before the line of the signs ("1432:\nHR 110\nBP 100/60"):
 * the header line must hold only a clock and header words, and come after the previous sign.
 */
export function readHeaderTime(doc: Doc, lineStart: number, lastEnd: number): { value: string; span: Span } | null {
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

/** Words that name a set of vitals in a heading ("Repeat vitals.", "Vitals at."). */
const VITALS_WORDS = new Set(['vitals', 'vital', 'signs', 'v/s', 'vs']);

/**
 * A heading said as sentences of its own right before the sentence the signs open, as a recogniser writes a pause
 * as a full stop: a sentence with only a clock and header words, that names the vitals or follows one that does
 * ("Repeat vitals. At 1600. Pulse 108", "Vitals at. Zero four oh five. Pulse one eighteen.", "Vitals at 2210. HR 96").
 * A bare time sentence after anything else ("TQ on. 1510. HR 120") may be the act's, and dates nothing.
 */
export function readHeadingSentences(doc: Doc, from: number, lastEnd: number): { value: string; span: Span } | null {
  if (from < 2 || doc.sentence[from - 1] === doc.sentence[from]) return null;
  const last = readHeadingSentence(doc, from - 1, lastEnd);
  if (!last?.clock) return null;
  const named = last.named || readHeadingSentence(doc, last.start - 1, lastEnd)?.named === true;
  if (!named) return null;
  const clock = last.clock;
  claim(doc, { start: clock.start, end: clock.end });
  return { value: clock.time, span: spanOf(doc, clock.start, clock.end) };
}

/** The sentence that ends with the stop at `stop`, when it holds only header words and at most one clock. */
function readHeadingSentence(
  doc: Doc,
  stop: number,
  lastEnd: number,
): { start: number; named: boolean; clock: { time: string; start: number; end: number } | null } | null {
  if (!SENTENCE_ENDS.has(doc.tokens[stop]?.norm ?? '')) return null;
  let start = stop;
  while (start > 0 && doc.sentence[start - 1] === doc.sentence[stop - 1] && stop - start < HEADER_MAX) start--;
  if (start < lastEnd || start === stop || (start > 0 && doc.sentence[start - 1] === doc.sentence[start])) return null;
  let named = false;
  let clock: { time: string; start: number; end: number } | null = null;
  for (let i = start; i < stop; i++) {
    const read: ClockMatch | null = clock || doc.claimed[i] ? null : readClock(doc.tokens, i);
    if (read && read.end <= stop) {
      clock = { time: read.time, start: i, end: read.end };
      i = read.end - 1;
      continue;
    }
    const m = mentionAt(doc, i);
    if (m && tagOf(m, 'vitals_set')) {
      named = true;
      i = m.end - 1;
    } else if (VITALS_WORDS.has(doc.tokens[i].norm)) named = true;
    else if (!HEADER_WORDS.has(doc.tokens[i].norm)) return null;
  }
  return { start, named, clock };
}

/**
 * A time said after the signs ("HR 110, BP 120/80 at 0915;", "pain 7/10 (0125)"): "at", "@" or "(" and a
 * clock right after a value or a level ("responds to voice at 1538"), then the end of the sentence, more
 * signs, a priority, a later timed value of the same sign, or anything trailsSign leaves to the signs.
 */
export function readTrailingTime(
  doc: Doc,
  i: number,
  sign: VitalKind,
  oneSentence = false,
): { value: string; span: Span; end: number } | null {
  const at = doc.tokens[i]?.norm ?? '';
  // "Pulse one-twenty-eight now, that's oh-three-fifty-six.": "now" said of the value before the pause.
  const paused = oneSentence ? readPausedTime(doc, at === 'now' ? i + 1 : i) : null;
  if (paused) return paused;
  const bare = readBareTime(doc, i);
  if (bare) return bare;
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

/**
 * A time said right after the last value with no mark, that ends the sentence or comes before the priority:
 * "sats ninety three pulse one twenty two resps twenty six fourteen twenty urgent surgical", "HR 88 RR 16 0940."
 * Four digits only, so a number is never read as a time; nothing after it that it could date instead.
 */
function readBareTime(doc: Doc, i: number): { value: string; span: Span; end: number } | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'number' || t.digits?.length !== 4 || doc.claimed[i] || doc.sentence[i] !== doc.sentence[i - 1])
    return null;
  const clock = readClock(doc.tokens, i);
  if (!clock) return null;
  const next = doc.mentionIndex[clock.end] >= 0 ? doc.mentions[doc.mentionIndex[clock.end]] : undefined;
  const ends = clock.end >= doc.tokens.length || SENTENCE_ENDS.has(doc.tokens[clock.end].norm);
  if (!ends && !(next && tagOf(next, 'evac'))) return null;
  claim(doc, { start: i, end: clock.end });
  return { value: clock.time, span: spanOf(doc, i, clock.end), end: clock.end };
}

/** Words that lead a time said after a pause ("..., at 1420.", "..., time now one one two six Zulu.", "... that is 0735."). */
const TIME_LEADS = new Set(['time', "time's", 'now', 'at', '@', 'that', "that's", 'is', 'was']);
/** Words that open a sentence saying only when what was just said was ("That was 2155.", "Time now 1150."). */
const BACK_LEADS = new Set(['that', "that's", 'time', "time's"]);
/**
 * Words of a judgement on the signs, said between them and their time ("BP 120/80, that's good, time 0310"): they
 * name nothing the time could date instead.
 */
const JUDGEMENTS = new Set([
  'that',
  "that's",
  'is',
  'looks',
  'all',
  'pretty',
  'not',
  'bad',
  'good',
  'okay',
  'ok',
  'fine',
]);
/** Most words of such a judgement. */
const JUDGEMENT_MAX = 3;

/** The token after a judgement set off by a pause at `i` (", that's good,"), or `i` when none stands there. */
function pastJudgement(doc: Doc, i: number): number {
  let k = i + 1;
  while (k - i <= JUDGEMENT_MAX && JUDGEMENTS.has(doc.tokens[k]?.norm ?? '')) k++;
  const judged = k > i + 1 && ['good', 'okay', 'ok', 'fine', 'bad'].includes(doc.tokens[k - 1].norm);
  return judged && PAUSES.has(doc.tokens[k]?.norm ?? '') ? k : i;
}

/** True when the sentence ends at `i`, or only a radio "over" stands before its end ("... one one two six Zulu, over."). */
function closesSentence(doc: Doc, i: number): boolean {
  const at = doc.tokens[i]?.norm === ',' && doc.tokens[i + 1]?.norm === 'over' ? i + 2 : i;
  return at >= doc.tokens.length || SENTENCE_ENDS.has(doc.tokens[at].norm);
}

/** Pauses between the last sign and a time said after it ("BP 76/40... 0506."). */
const PAUSES = new Set([',', '...', '-']);

/**
 * A time set off by a pause after the signs that closes their sentence, or said as a sentence of its own that points
 * back at them: "HR 110, BP 122/80, 1125.", "sats ninety-four... time one eight two five Zulu.", "sats 97. That was
 * 2155." With nothing after it in the sentence, it can date nothing else.
 */
function readPausedTime(doc: Doc, i: number): { value: string; span: Span; end: number } | null {
  // "sats ninety-seven. That was twenty-one fifty-five.": a sentence that only says when what was just said was.
  // "he's alert. Time now eleven-fifty.": a sentence that only gives the time.
  const refersBack = doc.tokens[i]?.norm === '.' && BACK_LEADS.has(doc.tokens[i + 1]?.norm ?? '');
  if (!PAUSES.has(doc.tokens[i]?.norm ?? '') && !refersBack) return null;
  if (!refersBack) i = pastJudgement(doc, i);
  let at = i + 1;
  while (at < i + 3 && TIME_LEADS.has(doc.tokens[at]?.norm ?? '')) at++;
  const clock = doc.claimed[at] ? null : readClock(doc.tokens, at);
  if (!clock || !closesSentence(doc, clock.end)) return null;
  claim(doc, { start: at, end: clock.end });
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
export function readTimedRepeat(doc: Doc, sign: VitalKind, from: number): TimedRepeat | null {
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
