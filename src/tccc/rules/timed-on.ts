/**
 * "Eleven forty-seven on the TQ", "1152 on the TXA": a time given to a device or drug already placed or given,
 * often a few sentences on, once someone has called the time out. It times that act; it is no second one.
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';

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
