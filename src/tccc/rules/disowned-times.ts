/**
 * A time said only to be disowned: "TQ time fixed, 0935 was a fat-finger", "the 1410 is a typo", "0220 was my
 * mistake"; or set beside the right one as what was first written ("0237 CaCl 1 g IO (first wrote 0235 – 0237 is
 * correct)", "(not 0235)", "reads 0815 – wrong, 0814 is correct"). The time is no fact of the card's, so it and the
 * words disowning it are dropped, and what is left of the sentence ("TQ time fixed") restates what was already read.
 * A time called right ("0935 was right") is kept, and so is any other number: the last of a reading ("90/60 was
 * wrong") is no value alone.
 */
import { readClock } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { FULL_STOPS } from './sentence-ends.js';

/** Verbs linking the time to what it was called. */
const LINKS = new Set(['was', 'is', "'s"]);
/** Words between the verb and the disowning word ("was just a typo", "is an error"). */
const FILLERS = new Set(['a', 'an', 'just', 'my', 'only']);
/** Words that say a value said before was wrong ("0935 was wrong", "TQ time above is my mistake"). */
export const WRONG_WORDS: readonly string[] = ['mistake', 'error', 'wrong', 'incorrect'];
/** Words that call a time wrong, each as one token or the first of its run ("fat-finger" is "fat - finger"). */
const DISOWNING: readonly (readonly string[])[] = [
  ['typo'],
  ...WRONG_WORDS.map((w) => [w]),
  ['fat', '-', 'finger'],
  ['fat', 'finger'],
];

/** The end of the disowning words starting at `i`, or -1. */
function disowningEnd(tokens: Token[], i: number): number {
  for (const words of DISOWNING) if (words.every((w, k) => tokens[i + k]?.norm === w)) return i + words.length;
  return -1;
}

/** What may end the words after a dash that disown a time ("0815 – wrong, 0814 is correct"). */
const CLAUSE_ENDS = new Set([',', '.', ';', ')', '\n']);

/** True when a clock time follows token `from` in its sentence. */
function timeFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !FULL_STOPS.has(tokens[k].norm); k++)
    if (isNumeric(tokens[k]) && readClock(tokens, k)) return true;
  return false;
}

/** The end of the words disowning the time at `i` ("0935 was a fat-finger"), or -1 when none is said there. */
export function disownedTimeEnd(tokens: Token[], i: number): number {
  const end = isNumeric(tokens[i]) ? readClock(tokens, i)?.end : undefined;
  if (end === undefined) return -1;
  // "card reads 0815 – wrong, 0814 is correct": a dash links too, when the disowning word ends its clause.
  if (tokens[end]?.norm === '-') {
    const disowned = disowningEnd(tokens, end + 1);
    const after = tokens[disowned]?.norm;
    if (disowned < 0 || !(after === undefined || CLAUSE_ENDS.has(after))) return -1;
    // "TQ R thigh 0815 - wrong, it's on the L thigh": with no right time set beside it, the place was wrong.
    return timeFollows(tokens, disowned) ? disowned : -1;
  }
  if (!LINKS.has(tokens[end]?.norm ?? '')) return -1;
  let j = end + 1;
  while (FILLERS.has(tokens[j]?.norm ?? '')) j++;
  return disowningEnd(tokens, j);
}

/** Words saying a time was the one first written down ("first wrote", "originally logged"); never "wrote 1420 on the TQ". */
const FIRST = new Set(['first', 'originally', 'initially']);
const WROTE = new Set(['wrote', 'written', 'logged', 'charted']);

/** The start of the time the words from `i` call the one first written, or of a bracket's "(not 0235)"; else -1. */
function firstWrittenAt(tokens: Token[], i: number): number {
  if (tokens[i]?.norm === '(' && tokens[i + 1]?.norm === 'not') return i + 2;
  if (!FIRST.has(tokens[i]?.norm ?? '') || !WROTE.has(tokens[i + 1]?.norm ?? '')) return -1;
  return tokens[i + 2]?.norm === 'as' ? i + 3 : i + 2;
}

/** Marks in `drop` each time said to be a typo, a mistake or what was first written, with the words that say so. */
export function dropDisownedTimes(tokens: Token[], drop: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const disowned = disownedTimeEnd(tokens, i);
    for (let d = i; d < disowned; d++) drop[d] = 1;
    const at = firstWrittenAt(tokens, i);
    const end = isNumeric(tokens[at]) ? readClock(tokens, at)?.end : undefined;
    // A bracket's "not" disowns the time only when the bracket closes on it.
    if (end === undefined || (tokens[i].norm === '(' && tokens[end]?.norm !== ')')) continue;
    for (let d = tokens[i].norm === '(' ? i + 1 : i; d < end; d++) drop[d] = 1;
  }
}
