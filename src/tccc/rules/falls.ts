/**
 * A fall told by the height it was from, with no word "fall" ("came off about six meters", "slipped off the ladder
 * maybe four metres"): leaving a place and a height in metres or feet said together are a fall; so is a jump said with
 * the height it was from ("leapt off the balcony, a good five meters", "jumped to get clear, maybe ten feet").
 */
import type { Doc } from './document.js';

/** Verbs of leaving a place by losing hold, before "off", "from" or "down" ("he's come off the roof": the perfect too). */
const LOSING_HOLD = new Set(['came', 'come', 'slipped', 'tumbled', 'toppled', 'dropped', 'plunged', 'pitched']);
const AWAY_FROM = new Set(['off', 'from', 'down']);
/** Verbs of a jump, which leave a place whatever word follows them. */
const JUMPED = new Set(['jumped', 'leapt', 'leaped']);
/** Units a height is said in. */
const HEIGHT_UNITS = new Set(['m', 'meter', 'meters', 'metre', 'metres', 'ft', 'foot', 'feet']);
/** How many tokens after "off" the height may come ("came off the rope about five meters up"). */
const HEIGHT_REACH = 8;
/** A jump is often told with why before how high ("jumped to get away from the fire, maybe ten feet"). */
const JUMP_REACH = 11;

/** The token a fall told by its height starts at, or -1. */
export function fallFromHeight(doc: Doc): number {
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const jumped = JUMPED.has(tokens[i].norm);
    const lost = lostHold(doc, i);
    if (!jumped && !lost && (!LOSING_HOLD.has(tokens[i].norm) || !AWAY_FROM.has(tokens[i + 1].norm))) continue;
    if (doc.excluded.has(doc.sentence[i])) continue;
    const from = jumped ? i + 1 : lost || i + 2;
    const end = Math.min(doc.sentenceEnd[i], from + (jumped ? JUMP_REACH : HEIGHT_REACH));
    for (let j = from; j + 1 < end; j++)
      if (tokens[j].kind === 'number' && HEIGHT_UNITS.has(tokens[j + 1].norm) && !(jumped && distance(tokens, j + 2)))
        return i;
  }
  return -1;
}

/** What is lost when one falls ("lost grip ~40 ft up", "lost his footing on the ladder, about 3 m"). */
const HOLDS = new Set(['grip', 'footing', 'hold', 'balance']);

/** The token after "lost (his) grip" at `i`, where its height may follow; else 0. */
function lostHold(doc: Doc, i: number): number {
  if (doc.tokens[i].norm !== 'lost') return 0;
  const k = ['his', 'her', 'their', 'the', 'my'].includes(doc.tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  return HOLDS.has(doc.tokens[k]?.norm ?? '') ? k + 1 : 0;
}

/** "3 m from the road", "ten feet away": after a jump, how far from something, not how high. */
const distance = (tokens: Doc['tokens'], k: number): boolean =>
  ['from', 'away', 'clear'].includes(tokens[k]?.norm ?? '');
