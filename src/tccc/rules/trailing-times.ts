/**
 * A time said after a vitals set's signs, which dates the set (`vitals.ts`): marked ("HR 110, BP 120/80 at 0915;",
 * "pain 7/10 (0125)"), bare at the sentence's end ("HR 88 RR 16 0940."), or after a pause, a judgement on the signs
 * or in a sentence of its own ("…over eighty, that's good, time's oh-three-ten", "Time now eleven-fifty.").
 */
import { readClock } from '../text/clock.js';
import { TRAILING_MARKS, claim, leadsVitals, trailsSign } from './attributes.js';
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { spanOf, type Span } from './found.js';
import { readTimedRepeat } from './vital-times.js';

/** The time marked right after a sign's value at token `i` ("at 0755", "@0755"), read and not claimed; else undefined. */
export function markedTimeAt(doc: Doc, i: number): string | undefined {
  if (!TRAILING_MARKS.has(doc.tokens[i]?.norm ?? '') || doc.claimed[i + 1]) return undefined;
  return readClock(doc.tokens, i + 1)?.time;
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
  // "Pulse one-twenty-eight now, that's oh-three-fifty-six.": "now" said of the value before the pause; so is whose
  // reading it is ("Sats ninety-six on her, zero seven thirty-five.").
  const whose = at === 'on' && ['him', 'her'].includes(doc.tokens[i + 1]?.norm ?? '') ? i + 2 : i;
  const paused = oneSentence ? readPausedTime(doc, at === 'now' ? i + 1 : whose) : readTimeSentence(doc, i);
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
  if (!ends && !(next && tagOf(next, 'evac')) && !closesTimedItem(doc, clock.end)) return null;
  claim(doc, { start: i, end: clock.end });
  return { value: clock.time, span: spanOf(doc, i, clock.end), end: clock.end };
}

/**
 * True when a comma at `i` goes on to an item that closes on its own time ("resp to pain 1038, NPA placed 1038."):
 * each item of such a list is followed by its time, so the time before the comma closes the item before it.
 */
function closesTimedItem(doc: Doc, i: number): boolean {
  if (doc.tokens[i]?.norm !== ',' || doc.tokens[i + 1]?.kind !== 'word') return false;
  let end = i + 1;
  while (end < doc.tokens.length && !SENTENCE_ENDS.has(doc.tokens[end].norm) && doc.tokens[end].norm !== ',') end++;
  for (let k = i + 2; k < end; k++) if (readClock(doc.tokens, k)?.end === end) return doc.tokens[k].kind === 'number';
  return false;
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

/**
 * "Sat eighty-nine. Pulse one twenty-eight. Zero one forty-four.": in clipped speech, each sign a sentence of its own,
 * a sentence right after the last sign that says only a time says when they were taken.
 */
function readTimeSentence(doc: Doc, i: number): { value: string; span: Span; end: number } | null {
  if (doc.tokens[i]?.norm !== '.' || doc.claimed[i + 1]) return null;
  const clock = readClock(doc.tokens, i + 1);
  if (!clock || !closesSentence(doc, clock.end)) return null;
  claim(doc, { start: i + 1, end: clock.end });
  return { value: clock.time, span: spanOf(doc, i + 1, clock.end), end: clock.end };
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
