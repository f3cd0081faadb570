/**
 * A time of injury set right after it was written: a card's notes or a later remark saying the labelled field was
 * wrong and giving the time it should be ("TOI above is off, it was 2140", "time of injury is wrong, should be 0315").
 * That time replaces the field's, wherever the field stands.
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';

/** Words saying the field was wrong: "is off", "is wrong", "incorrect", "should be", "should read". */
const WRONG = new Set(['off', 'wrong', 'incorrect', 'should']);
/** How many tokens after the label the wrong word and the time may be. */
const REACH = 8;

/**
 * The time given for the label ending at `labelEnd(i)` (0 where no label starts at `i`) after a word saying it was
 * wrong, in the label's sentence, with no other time before it; null when none is.
 */
export function restatedTime(
  doc: Doc,
  labelEnd: (i: number) => number,
): { start: number; end: number; time: string; label: number } | null {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const from = labelEnd(i);
    if (from <= 0) continue;
    let wrong = false;
    for (let j = from; j < Math.min(doc.sentenceEnd[i], from + REACH); j++) {
      const clock = readClock(tokens, j);
      // "TOI 2145, which is off": a time before the wrong word is the one taken back.
      if (clock) {
        if (wrong && !doc.claimed[j]) return { start: j, end: clock.end, time: clock.time, label: i };
        break;
      }
      if (WRONG.has(tokens[j].norm)) wrong = true;
    }
  }
  return null;
}
