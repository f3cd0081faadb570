/**
 * A reading of two numbers ("110 over 70", "80/palp") taken back by a correction: where the new one starts, and where
 * the old one said before the marker starts, so the whole old reading goes, not only its last number.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { LONE_NO, PAUSES, isSkippable } from './correction-leads.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** How far back before the marker the old reading may start. */
const PAIR_REACH = 16;

/** A pressure-like reading starts at `i`: a number, "over" or "/", and a number or "palp" ("110 over 70", "80/palp"). */
export function isPairAt(tokens: Token[], i: number): boolean {
  const [a, by, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return (
    a !== undefined &&
    isNumeric(a) &&
    (by?.norm === 'over' || by?.norm === '/') &&
    b !== undefined &&
    (isNumeric(b) || PALPATED.has(b.norm))
  );
}

const PALPATED = new Set(['palp', 'palpable', 'palpation', 'p']);

/** Start of the nearest reading pair before the marker, in its sentence and within reach; else -1. */
export function previousPair(tokens: Token[], markerStart: number): number {
  // "BP 60/40. Correction, 90/60.", "… 60/40. Wait, that's wrong, 90/60": the sentence the marker opens (after a
  // lone "wait" or "no") may follow the reading's.
  let lead = markerStart;
  while (lead > 0 && (PAUSES.has(tokens[lead - 1].norm) || ['wait', ...LONE_NO].includes(tokens[lead - 1].norm)))
    lead--;
  const opening = SENTENCE_ENDS.has(tokens[lead - 1]?.norm ?? '') ? lead - 1 : markerStart;
  const ends = (k: number): boolean => k < opening && SENTENCE_ENDS.has(tokens[k].norm);
  for (let i = opening - 3; i >= 0 && i >= opening - PAIR_REACH; i--) {
    if (ends(i + 2) || ends(i + 1)) return -1;
    if (isPairAt(tokens, i)) return i;
  }
  return -1;
}

/**
 * A lone number right before the marker, with only pauses or a bare "no" between ("eighty... no, correction"), a
 * reading broken off after its first number ("ninety over... no, scratch that") or one felt by palpation; else -1.
 */
export function loneNumberBefore(tokens: Token[], markerStart: number): number {
  let i = markerStart - 1;
  while (i >= 0 && (isSkippable(tokens[i]) || ['...', 'no'].includes(tokens[i].norm)) && tokens[i].norm !== '.') i--;
  if (i >= 1 && (tokens[i].norm === 'over' || tokens[i].norm === '/')) i--;
  // "82 palp, scratch that, 84 over 50": a pressure felt at the pulse is one reading of its number, taken back whole.
  else if (i >= 1 && PALPATED.has(tokens[i].norm) && tokens[i].norm !== 'p') i--;
  return i >= 0 && tokens[i].kind === 'number' && !isNumeric(tokens[i - 1] ?? tokens[i]) ? i : -1;
}

/** How far after a lone "no" the whole reading may come, past an aside ("no, let me read it right..."). */
const RESTATED_REACH = 12;

/**
 * "pressure one seventy over... no, let me read it right... one sixty over ninety-five": a reading broken off after
 * its "over" and a pause, taken back by the lone "no" at `i`, whose whole reading comes later in the sentence, past
 * whatever aside: where that whole reading starts; else -1. A reading said whole before the "no" is not broken off.
 */
export function pairAfterBrokenReading(tokens: Token[], i: number): number {
  const [number, by, pause] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  const broken =
    number !== undefined && isNumeric(number) && (by.norm === 'over' || by.norm === '/') && PAUSES.has(pause.norm);
  if (!broken) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + RESTATED_REACH; k++) {
    if (SENTENCE_ENDS.has(tokens[k].norm)) return -1;
    if (isPairAt(tokens, k)) return k;
  }
  return -1;
}
