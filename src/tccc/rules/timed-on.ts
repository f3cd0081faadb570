/**
 * "Eleven forty-seven on the TQ", "1152 on the TXA": a time given to a device or drug already placed or given,
 * often a few sentences on, once someone has called the time out. It times that act; it is no second one.
 */
import { readClock } from '../text/clock.js';
import { afterLabel } from './completions.js';
import type { Doc } from './document.js';
import { sentenceStart } from './sentence-ends.js';

/** How many sentences back the act given a time "on the TQ" may be (the time asked for and called out between). */
export const TIMED_ON_REACH = 4;

/** The time said right before "on the" and the thing named at token `at`, else undefined. */
export function timeSaidOn(doc: Doc, at: number): string | undefined {
  if (doc.tokens[at - 1]?.norm !== 'the' || doc.tokens[at - 2]?.norm !== 'on') return undefined;
  for (let i = at - 3; i >= 0 && i >= at - 6; i--) {
    const clock = readClock(doc.tokens, i);
    if (clock?.end === at - 2) return clock.time;
  }
  return undefined;
}

/**
 * "Time? — Uh, fourteen twelve. — Chest seal at fourteen twelve.": the device said again with the time just called out
 * alone in the sentence before it (a speaker's label aside) is the one that time was called for.
 */
export function timeCalledOut(doc: Doc, at: number, time: string): boolean {
  const start = sentenceStart(doc, at);
  if (start === 0) return false;
  const before = sentenceStart(doc, start - 1);
  let from = afterLabel(doc, before, start);
  while (doc.tokens[from]?.norm === ',') from++;
  const clock = readClock(doc.tokens, from);
  // The time alone: right before the sentence's end mark.
  return clock?.time === time && clock.end === start - 1;
}
