/**
 * A fall told by the height it was from, with no word "fall" ("came off about six meters", "slipped off the ladder
 * maybe four metres"): leaving a place and a height in metres or feet said together are a fall.
 */
import type { Doc } from './document.js';

/** Verbs of leaving a place by losing hold, before "off", "from" or "down". */
const LOSING_HOLD = new Set(['came', 'slipped', 'tumbled', 'toppled', 'dropped', 'plunged', 'pitched']);
const AWAY_FROM = new Set(['off', 'from', 'down']);
/** Units a height is said in. */
const HEIGHT_UNITS = new Set(['m', 'meter', 'meters', 'metre', 'metres', 'ft', 'foot', 'feet']);
/** How many tokens after "off" the height may come ("came off the rope about five meters up"). */
const HEIGHT_REACH = 8;

/** The token a fall told by its height starts at, or -1. */
export function fallFromHeight(doc: Doc): number {
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!LOSING_HOLD.has(tokens[i].norm) || !AWAY_FROM.has(tokens[i + 1].norm)) continue;
    if (doc.excluded.has(doc.sentence[i])) continue;
    const end = Math.min(doc.sentenceEnd[i], i + 2 + HEIGHT_REACH);
    for (let j = i + 2; j + 1 < end; j++)
      if (tokens[j].kind === 'number' && HEIGHT_UNITS.has(tokens[j + 1].norm)) return i;
  }
  return -1;
}
