/**
 * A device put on "it" or "there" ("I put a CAT on it", "wrapped it with the Israeli", "stuffed the gauze in there"):
 * the place is the wound the medic was just speaking of, said earlier in the sentence or in the one before it ("Right
 * thigh was bleeding bad. I put a CAT on it, high and tight."). Only one place said there: two leave it unsaid.
 */
import type { Doc } from './document.js';
import { readLocations, type FoundLocation } from './locations.js';
import type { Mention } from './matcher.js';
import { sideCarry } from './sides.js';

/** Words that point back at a wound, as written (the reader's spelling may take "there" for another word). */
const POINTERS = new Set(['it', 'there']);
/** How many tokens around the device a pointer may stand ("wrapped it with the green bandage thing"). */
const POINTER_REACH = 5;

/** True when the device's clause says it went on "it" or "there". */
function pointsBack(doc: Doc, m: Mention): boolean {
  const from = Math.max(0, m.start - POINTER_REACH);
  const to = Math.min(doc.tokens.length, m.end + POINTER_REACH);
  for (let i = from; i < to; i++)
    if (POINTERS.has(doc.tokens[i].raw.toLowerCase()) && doc.sentence[i] === doc.sentence[m.start]) return true;
  return false;
}

/** The one place the device at `m` points back at, as a list of none or one. */
export function placeItPointsAt(doc: Doc, m: Mention): FoundLocation[] {
  if (!pointsBack(doc, m)) return [];
  let from = m.start;
  const own = doc.sentence[m.start];
  while (from > 0 && doc.sentence[from - 1] >= own - 1) from--;
  const found = readLocations(doc.tokens, from, m.start, sideCarry(doc));
  const places = new Set(found.map((l) => l.location));
  return places.size === 1 ? found.slice(-1) : [];
}
