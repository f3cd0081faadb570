/**
 * The times that date a vitals set (`vitals.ts`): said before the signs ("1350: HR 126"), on a header line of
 * their own ("Update 0328:"), or with each later value of one sign ("HR 110 at 1405 and 98 at 1420"). A time said
 * right after the signs ("HR 110 at 0915") is read in `trailing-times.ts`.
 */
import { readClock, type ClockMatch } from '../text/clock.js';
import { claim, leadsVitals, mentionAt } from './attributes.js';
import { isLocationWord } from './lexicon/body.js';
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf } from './matcher.js';
import { PAUSE_WORDS } from './read-off.js';
import { SENTENCE_ENDS, sentenceStart } from './sentence-ends.js';
import { spanOf, type Span } from './found.js';
import type { NumericVital } from './vital-ranges.js';
import { inRange, observePressure, readValue, scaleLength, type Observation } from './vital-reading.js';

/** A clock said before a set's signs, and whether a words-of-a-new-set mention ("repeat vitals") stands there. */
export function readLead(
  doc: Doc,
  from: number,
  to: number,
): { time: { value: string; span: Span } | null; newSet: boolean } {
  let clock: (ClockMatch & { start: number }) | null = null;
  let newSet = false;
  for (let i = from; i < to; i++) {
    const k = doc.mentionIndex[i];
    if (k >= 0 && tagOf(doc.mentions[k], 'vitals_set')) newSet = true;
    if (doc.claimed[i]) continue;
    const said = readClock(doc.tokens, i);
    // "ADDENDUM 0845: reassessed at 0815 - HR 112": a time said after the line's stamp (its colon after it) is the
    // signs'; otherwise the first time said is ("taken 1725, entered 1740: pulse 96", "1725 (written 1750) pulse 96").
    const stamp = clock !== null && doc.tokens[clock.end]?.norm === ':';
    if (said && said.end <= to && !datesAnAct(doc, i) && (clock === null || stamp)) {
      clock = { ...said, start: i };
      i = said.end - 1;
    }
  }
  if (!clock) return { time: null, newSet };
  claim(doc, { start: clock.start, end: clock.end });
  return { time: { value: clock.time, span: spanOf(doc, clock.start, clock.end) }, newSet };
}

/** Words before "at" that say a device was put on or in ("binder on at 0800", "IO in at 0803"). */
const PLACED = new Set(['on', 'in']);

/**
 * True when the clock at `i` is said of an act before it, not of the signs after: after "on at" or "in at", or after
 * the place on the body the act was done at ("pelvic binder on at oh eight hundred pulse one forty", "second one went
 * on the right thigh at oh six one six pulse one three four"), though the act's own word was not understood.
 */
function datesAnAct(doc: Doc, i: number): boolean {
  if (!['at', '@'].includes(doc.tokens[i - 1]?.norm ?? '')) return false;
  const before = doc.tokens[i - 2]?.norm ?? '';
  return PLACED.has(before) || isLocationWord(before);
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
  // "Last set oh-two-oh-five.": the latest signs taken, asked for at a handover.
  'last',
  'latest',
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
const VITALS_WORDS = new Set(['vitals', 'vital', 'signs', 'v/s', 'vs', 'set']);

/**
 * A heading said as sentences of its own right before the sentence the signs open, as a recogniser writes a pause
 * as a full stop: a sentence with only a clock and header words, that names the vitals or follows one that does
 * ("Repeat vitals. At 1600. Pulse 108", "Vitals at. Zero four oh five. Pulse one eighteen.", "Vitals at 2210. HR 96").
 * A bare time sentence after a pause dates them too ("… Okay. 0320. Radial pulse one-oh-four"), or opening its line
 * ("Twenty hundred. Pulse seventy eight"); after anything else ("TQ on. 1510. HR 120") it may be the act's, and dates
 * nothing.
 */
export function readHeadingSentences(doc: Doc, from: number, lastEnd: number): { value: string; span: Span } | null {
  if (from < 2 || doc.sentence[from - 1] === doc.sentence[from]) return null;
  const last = readHeadingSentence(doc, from - 1, lastEnd);
  if (!last?.clock) return null;
  const named =
    last.named ||
    readHeadingSentence(doc, last.start - 1, lastEnd)?.named === true ||
    isPause(doc, last.start - 1) ||
    opensLine(doc, last.start) ||
    asksForVitals(doc, last.start, lastEnd);
  if (!named) return null;
  const clock = last.clock;
  claim(doc, { start: clock.start, end: clock.end });
  return { value: clock.time, span: spanOf(doc, clock.start, clock.end) };
}

/**
 * True when the sentence before the one at `at` (past a speaker's label and line breaks) asks for the signs ("Q: Any
 * later vitals? A: At eleven hundred. Pulse …", "Next set? 1420. HR 100"): the bare time answering it dates them.
 */
function asksForVitals(doc: Doc, at: number, lastEnd: number): boolean {
  let stop = at - 1;
  while (stop >= lastEnd && doc.sentence[stop] === doc.sentence[at]) stop--;
  while (stop >= lastEnd && doc.tokens[stop].norm === '\n') stop--;
  if (stop < lastEnd || doc.tokens[stop].norm !== '?') return false;
  for (let i = stop - 1; i >= lastEnd && doc.sentence[i] === doc.sentence[stop] && stop - i <= HEADER_MAX; i--) {
    const m = mentionAt(doc, i);
    if (VITALS_WORDS.has(doc.tokens[i].norm) || (m && tagOf(m, 'vitals_set'))) return true;
  }
  return false;
}

/** What a sentence may tell between its opening time and the signs after its colon: what happened, not care. */
const EVENT_CATS = new Set(['injury', 'mechanism', 'finding']);

/**
 * "2225 developed tension pneumo R: HR 146, SBP 70": a sentence opened by a time and what befell the casualty, closed
 * by a colon right before the signs (`signStart`), dates them. Care said there ("0415 TQ on: HR 120") keeps its time.
 */
export function readEventHeading(doc: Doc, signStart: number, lastEnd: number): { value: string; span: Span } | null {
  const colon = signStart - 1;
  if (doc.tokens[colon]?.norm !== ':') return null;
  const start = sentenceStart(doc, colon);
  const clock = start < lastEnd || doc.claimed[start] ? null : readClock(doc.tokens, start);
  if (!clock || clock.end >= colon) return null;
  for (let i = clock.end; i < colon; i++) {
    const m = mentionAt(doc, i);
    if (m && !m.tags.every((t) => EVENT_CATS.has(t.cat))) return null;
  }
  claim(doc, { start, end: clock.end });
  return { value: clock.time, span: spanOf(doc, start, clock.end) };
}

/**
 * True when the sentence at `start` opens the text or a line ("…pain four.\nNineteen hundred. Pulse one ten"): an hourly
 * entry's time, no act before it on its line to be the time of.
 */
const opensLine = (doc: Doc, start: number): boolean => start === 0 || doc.tokens[start - 1].norm === '\n';

/**
 * True when the sentence ending with the stop at `stop` is only pause words ("Holding pressure. Okay. Okay. 0149. Radial
 * pulse …"): the act before is closed, so a bare time after the pause opens the signs that follow, not that act.
 */
function isPause(doc: Doc, stop: number): boolean {
  if (!SENTENCE_ENDS.has(doc.tokens[stop]?.norm ?? '') || stop === 0) return false;
  let i = stop - 1;
  while (i >= 0 && PAUSE_WORDS.has(doc.tokens[i].norm)) i--;
  return i < stop - 1 && (i < 0 || SENTENCE_ENDS.has(doc.tokens[i].norm));
}

/** What a time is read off, and the verbs of reading it ("Dash clock says 0653.", "My watch reads 1410."). */
const CLOCK_DEVICES = new Set(['dash', 'clock', 'watch', 'my', 'the']);
const CLOCK_READS = new Set(['says', 'reads', 'shows']);

/**
 * The sentence that ends with the stop at `stop`, when it holds only header words and at most one clock; a sentence
 * that only reads the time off a clock ("Dash clock says zero six fifty-three.") names the signs it is read for.
 */
function readHeadingSentence(
  doc: Doc,
  stop: number,
  lastEnd: number,
): { start: number; named: boolean; clock: { time: string; start: number; end: number } | null } | null {
  if (!SENTENCE_ENDS.has(doc.tokens[stop]?.norm ?? '')) return null;
  let start = stop;
  while (start > 0 && doc.sentence[start - 1] === doc.sentence[stop - 1] && stop - start < HEADER_MAX) start--;
  if (start < lastEnd || start === stop || (start > 0 && doc.sentence[start - 1] === doc.sentence[start])) return null;
  // "MEDIC: Last set oh-two-oh-five.": a speaker's label opens the heading.
  if (isSpeakerLabel(doc, start) && start + 2 < stop) start += 2;
  let named = false;
  let [device, reads] = [false, false];
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
    else if (CLOCK_DEVICES.has(doc.tokens[i].norm)) device = true;
    else if (CLOCK_READS.has(doc.tokens[i].norm)) reads = true;
    else if (!HEADER_WORDS.has(doc.tokens[i].norm)) return null;
  }
  return { start, named: named || (device && reads), clock };
}

/** A speaker's label at `i` ("MEDIC:", "Doc:"): a word and a colon, the word no header word and naming nothing. */
const isSpeakerLabel = (doc: Doc, i: number): boolean =>
  doc.tokens[i]?.kind === 'word' &&
  doc.tokens[i + 1]?.norm === ':' &&
  !HEADER_WORDS.has(doc.tokens[i].norm) &&
  !VITALS_WORDS.has(doc.tokens[i].norm) &&
  mentionAt(doc, i) === undefined;

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
