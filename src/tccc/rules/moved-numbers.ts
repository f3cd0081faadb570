/**
 * A number corrected in a sentence of its own: "TQ right thigh at 1512. Correction on the time, the TQ went on at
 * 1510, not 1512." The new number is put in place of the old one where it was first said, and the correcting
 * sentence is dropped, so the fact is read once, with the corrected value, and no second fact is made of it.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { readClock } from '../text/clock.js';
import { isLocationWord } from './lexicon/body.js';
import type { Mention } from './matcher.js';
import { opensSentence, SENTENCE_ENDS, sentenceEndFrom } from './sentence-ends.js';
import { PAUSES } from './correction-leads.js';

/** How many sentences back the corrected number may be. */
const SENTENCES_BACK = 2;

const catOf = (m: Mention | undefined): string | undefined => m?.tags[0].cat;
const valueOf = (m: Mention | undefined): unknown => (m?.tags[0] as { value?: unknown } | undefined)?.value;
/** The same clinical thing said twice (a tourniquet and a tourniquet, not a tourniquet and a dressing). */
export const sameThing = (a: Mention | undefined, b: Mention | undefined): boolean =>
  a !== undefined && b !== undefined && catOf(a) === catOf(b) && valueOf(a) === valueOf(b);
/** Whether the numbers at `a` and `b` are both times, or both amounts in the same unit ("2 g" for "1 g", not "2 g" for "1512"). */
function sameShape(tokens: Token[], a: number, b: number): boolean {
  const [clockA, clockB] = [readClock(tokens, a), readClock(tokens, b)];
  if (clockA || clockB) return clockA !== null && clockB !== null;
  return tokens[a + 1]?.norm === tokens[b + 1]?.norm;
}

/**
 * Marks the move when the sentence opened by the marker at `markerStart` says one number, and either "not" the old
 * number said in one of the two sentences before ("…at 1510, not 1512") or the thing whose number it corrects ("the
 * TQ went on at 1510"); returns whether it did. Any other number or clinical mention in that sentence is a fact of
 * its own, so the sentence is left as it is.
 */
export function moveCorrectedNumber(
  tokens: Token[],
  markerStart: number,
  after: number,
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): boolean {
  if (!opensSentence(tokens, markerStart) && !opensTurn(tokens, markerStart) && !opensTransmission(tokens, markerStart))
    return false;
  let end = sentenceEndFrom(tokens, after);
  const numbers: number[] = [];
  const things: Mention[] = [];
  for (let i = after; i < end; i++) {
    // "vitals were 1455 not 1445, wrote it on my glove wrong": what is said after the old number is a remark.
    if (
      tokens[i].norm === ',' &&
      numbers.length === 2 &&
      tokens[numbers[1] - 1]?.norm === 'not' &&
      numbers[1] === i - 1
    )
      end = i;
    if (i >= end) break;
    if (isNumeric(tokens[i]) && !saidAgain(tokens, numbers.at(-1), i)) numbers.push(i);
    // "Correction, tourniquet left thigh 0415": a place said too makes it a fact of its own.
    if (isLocationWord(tokens[i].norm)) return false;
    const m = mentionAt.get(i);
    // "Sorry, correction, 1707": a second marker said with the first is no thing of its own.
    if (m && !(catOf(m) === 'negate' && tokens[i].norm === 'not') && catOf(m) !== 'correction') things.push(m);
  }
  if (things.length > 1 || numbers.length === 0 || numbers.length > 2) return false;
  const fresh = numbers[0];
  const old = numbers.length === 2 ? saidAsOld(tokens, fresh, numbers[1], end) : undefined;
  if (old === null) return false;
  const thing = things[0];
  if (thing && thing.start > fresh) return false;

  let from = markerStart - 1;
  for (let n = 0; from > 0 && n <= SENTENCES_BACK; from--) if (SENTENCE_ENDS.has(tokens[from - 1].norm)) n++;
  // "correction Santos TQ 1404 not 1405" many lines after the TQ: the thing and both numbers said leave no doubt
  // which time is meant however far back it was said, as a log's later correction is.
  if (old !== undefined && thing) from = 0;
  // "Correction, tourniquet time 1354": a time labelled as the thing's is the time of the last one said, however far.
  if (thing && tokens[thing.end]?.norm === 'time' && readClock(tokens, fresh)) from = 0;
  // "Correction on the TQ, it's 1514": so is a time said of the thing the correction opens on.
  if (thing && correctsOn(tokens, markerStart, thing) && readClock(tokens, fresh)) from = 0;
  const target =
    old !== undefined
      ? sameNumberBefore(tokens, from, markerStart, old, thing, mentionAt)
      : thing
        ? numberAfterThing(tokens, from, markerStart, fresh, (m) => sameThing(m, thing), mentionAt)
        : timeEndingSentenceBefore(tokens, markerStart, fresh, mentionAt);
  if (target < 0 || !sameShape(tokens, target, fresh)) return false;
  moved.set(target, [tokens[fresh]]);
  drop[target] = 1;
  for (let d = markerStart; d <= end && d < tokens.length; d++) drop[d] = 1;
  return true;
}

/** Most words a speaker's label before a turn may have ("Doc Ruiz: Correction, …"). */
const MAX_LABEL = 3;

/** Whether token `i` opens a speaker's turn: right after a label of a few words and its colon that opens a line. */
function opensTurn(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== ':') return false;
  let start = i - 1;
  while (start > 0 && !SENTENCE_ENDS.has(tokens[start - 1].norm) && i - 1 - start < MAX_LABEL) start--;
  return opensSentence(tokens, start) && tokens.slice(start, i - 1).every((t) => t.kind === 'word');
}

/** What a radio operator says before or between what he sends: a turn's dash, a pause, "wait one", "over", "copy". */
const PROCEDURE = new Set(['-', '...', ',', 'wait', 'over', 'copy', 'copied', 'roger']);
/** "Wait one": the number a pause is asked for in, no value. */
const isWaitOne = (tokens: Token[], i: number): boolean =>
  tokens[i - 1]?.norm === 'wait' && (tokens[i].norm === 'one' || tokens[i].value === 1);
const isProcedure = (tokens: Token[], i: number): boolean =>
  PROCEDURE.has(tokens[i].norm) || SENTENCE_ENDS.has(tokens[i].norm) || isWaitOne(tokens, i);

/** Whether token `i` opens a radio transmission after its procedure only: "- Wait one... correction, 0432, over". */
function opensTransmission(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !SENTENCE_ENDS.has(tokens[k].norm) && isProcedure(tokens, k)) k--;
  return k < i - 1 && tokens[k + 1].norm === '-' && (k < 0 || SENTENCE_ENDS.has(tokens[k].norm));
}

/** "1354, I say again, 1354": the radio's repeat of the number at `last`, at `i`, is that number said once. */
function saidAgain(tokens: Token[], last: number | undefined, i: number): boolean {
  if (last === undefined || tokens[last].value !== tokens[i].value) return false;
  const between = tokens.slice(last + 1, i).filter((t) => !PAUSES.has(t.norm));
  return between.map((t) => t.norm).join(' ') === 'i say again';
}

/**
 * "Ketamine 50 mg IM at 1802. Correction, 1805.": a correction that says only a time corrects the time that ended the
 * sentence right before it, or that only a remark followed ("…at 1705, taped to his finger. Correction, 1707."); the
 * index of that time, else -1.
 */
function timeEndingSentenceBefore(
  tokens: Token[],
  markerStart: number,
  fresh: number,
  mentionAt: Map<number, Mention>,
): number {
  // On a radio net the time may end the transmission before, the other station's "Copy." between: "IO at 0430, over.
  // - Copy. - Wait one... correction, 0432, over."
  let end = markerStart;
  while (end > 0 && isProcedure(tokens, end - 1)) end--;
  const endsSentence = tokens.slice(end, markerStart).some((t) => SENTENCE_ENDS.has(t.norm));
  if (!readClock(tokens, fresh) || !endsSentence) return -1;
  // A remark after the time's pause says how it was done ("taped to his finger", "pushed slow"): it opens on a past
  // participle and holds no number or clinical thing the correction could mean. "site left thigh" is a field, no remark.
  let remark = end;
  for (let i = end - 1; i >= 0 && !SENTENCE_ENDS.has(tokens[i].norm); i--) {
    if (readClock(tokens, i)?.end === remark) return i;
    if (remark !== end) continue;
    if (isNumeric(tokens[i]) || mentionAt.has(i)) remark = -1;
    else if (tokens[i].norm === ',') remark = /^[a-z]+ed$/.test(tokens[i + 1]?.norm ?? '') ? i : -1;
  }
  return -1;
}

/** The index of the old number when the sentence ends "…, not <old>" right after the new one; else null. */
function saidAsOld(tokens: Token[], fresh: number, old: number, end: number): number | null {
  let i = fresh + 1;
  while (i < old && PAUSES.has(tokens[i].norm)) i++;
  if (tokens[i]?.norm !== 'not' || i + 1 !== old || old + 1 !== end) return null;
  return old;
}

/** The nearest number before the marker with the old one's value, in a sentence naming `thing` when one is said. */
function sameNumberBefore(
  tokens: Token[],
  from: number,
  to: number,
  old: number,
  thing: Mention | undefined,
  mentionAt: Map<number, Mention>,
): number {
  for (let i = to - 1; i >= from; i--) {
    if (!isNumeric(tokens[i]) || tokens[i].value !== tokens[old].value) continue;
    return !thing || sentenceNames(tokens, i, thing, mentionAt) ? i : -1;
  }
  return -1;
}

/** True when the sentence of token `i` holds a mention of the same thing as `thing`. */
function sentenceNames(tokens: Token[], i: number, thing: Mention, mentionAt: Map<number, Mention>): boolean {
  let start = i;
  while (!opensSentence(tokens, start)) start--;
  for (let k = start; k < tokens.length && !SENTENCE_ENDS.has(tokens[k].norm); k++)
    if (sameThing(mentionAt.get(k), thing)) return true;
  return false;
}

/**
 * The first number of the new one's shape (a time, an amount in its unit) said after the last mention `names` accepts
 * before `to`, in that mention's sentence; else -1.
 */
export function numberAfterThing(
  tokens: Token[],
  from: number,
  to: number,
  fresh: number,
  names: (m: Mention | undefined) => boolean,
  mentionAt: Map<number, Mention>,
): number {
  for (let i = to - 1; i >= from; i--) {
    if (!names(mentionAt.get(i))) continue;
    for (let k = mentionAt.get(i)!.end; k < to && !SENTENCE_ENDS.has(tokens[k].norm); k++)
      if (isNumeric(tokens[k]) && sameShape(tokens, k, fresh)) return k;
    return -1;
  }
  return -1;
}

/** Whether the words after the marker at `marker` open on the thing corrected ("Correction on the TQ, …"). */
const correctsOn = (tokens: Token[], marker: number, thing: Mention): boolean =>
  /^(?:on|to|for)(?: the)?$/.test(
    tokens
      .slice(marker + 1, thing.start)
      .map((t) => t.norm)
      .join(' '),
  );
