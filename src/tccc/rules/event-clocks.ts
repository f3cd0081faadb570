/**
 * The clock an injuring event's time is said in (time-of-injury.ts): the usual forms, and two more an event's phrase
 * makes plain ("hit at about five forty", "hit at 1420 by a sniper"); and a clock that only bounds when it happened
 * ("between 0212Z and 0215Z"), which gives no time.
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';
import { HEDGES } from './injury-events.js';

/** Words after a clock that say the time of day it is written on ("0212Z", "0212 local"). */
const ZONES = new Set(['z', 'zulu', 'local']);

/**
 * "hit somewhere between 0212Z and 0215Z", "around 0210 to 0215": a clock at `at` (ending at `end`) that only bounds
 * when it happened gives no time of injury, for no time was said.
 */
export function endOfRange(doc: Doc, at: number, end: number): boolean {
  const t = doc.tokens;
  const after = ZONES.has(t[end]?.norm ?? '') ? end + 1 : end;
  return (
    t[at - 1]?.norm === 'between' || (['and', 'to', '-'].includes(t[after]?.norm ?? '') && !!readClock(t, after + 1))
  );
}

/** A clock read as an event's time: the usual forms, and two more an event's phrase makes plain. */
export function eventClock(doc: Doc, at: number): { time: string; end: number } | null {
  return readClock(doc.tokens, at) ?? beforeBy(doc, at) ?? afterHedgedAt(doc, at);
}

/**
 * "hit at about five forty": a hedge between "at" and three digits leaves them a time, as "at five forty" is. Only
 * in an event's phrase: elsewhere "pulse running at about one twenty" is a reading.
 */
function afterHedgedAt(doc: Doc, at: number): { time: string; end: number } | null {
  const t = doc.tokens;
  if (at < 2 || t[at - 2].norm !== 'at' || !HEDGES.has(t[at - 1].norm) || t[at].digits?.length !== 3) return null;
  // Read as if the hedge were not said, so a unit after the number still makes it a quantity.
  const clock = readClock([...t.slice(0, at - 1), ...t.slice(at)], at - 1);
  return clock && { time: clock.time, end: clock.end + 1 };
}

/** "hit at about fourteen twenty by a sniper": four digits before "by" (a size word elsewhere, "10 by 10 cm") are the time. */
function beforeBy(doc: Doc, at: number): { time: string; end: number } | null {
  const t = doc.tokens[at];
  if (t?.digits?.length !== 4 || doc.tokens[at + 1]?.norm !== 'by') return null;
  const [hours, minutes] = [Number(t.digits.slice(0, 2)), Number(t.digits.slice(2))];
  return hours <= 23 && minutes <= 59 ? { time: `${t.digits.slice(0, 2)}:${t.digits.slice(2)}`, end: at + 1 } : null;
}
