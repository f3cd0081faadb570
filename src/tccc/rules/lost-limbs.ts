/**
 * An amputation said without the word: a limb, or the part of it below a joint, that "is gone" or "is missing"
 * ("Left leg below the knee is gone", "his left foot's gone"; "right foot is mangled, below the ankle it's just gone"). The limb must be
 * what the clause is about, so "the pulse in his left foot is gone" or "pain in the right arm is gone" is none.
 */
import type { Injury, Location } from '../record.js';
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { LOCATION_FILLERS, isLocationWord } from './lexicon/body.js';
import { readLocations } from './locations.js';
import { sideCarry } from './sides.js';

/** Words that say the part is no longer there. */
const LOSS_WORDS = new Set(['gone', 'missing']);
/** Words that may stand between the part and "gone" ("is just gone", "it's completely gone"). */
const LINKING_WORDS = new Set([
  'is',
  'was',
  'are',
  'it',
  "it's",
  'just',
  'completely',
  'totally',
  'basically',
  'all',
  'clean',
  'now',
]);
const LIMBS = new Set<Location>(['left_arm', 'right_arm', 'left_leg', 'right_leg']);

/** Each limb said to be gone or missing, as an amputation there. */
export function findLostLimbs(doc: Doc): Found<Injury>[] {
  const { tokens } = doc;
  const found: Found<Injury>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!LOSS_WORDS.has(tokens[i].norm) || doc.excluded.has(doc.sentence[i])) continue;
    const inClause = (j: number): boolean => j >= 0 && doc.chunk[j] === doc.chunk[i];
    let end = i;
    while (inClause(end - 1) && LINKING_WORDS.has(tokens[end - 1].norm)) end--;
    let start = end;
    // "left foot's gone": the part said with "'s" (is) ends the phrase.
    if (end === i && inClause(end - 1) && tokens[end - 1].norm.endsWith("'s")) {
      if (isPartWord(tokens[end - 1].norm.slice(0, -2))) start--;
      else continue;
    }
    while (inClause(start - 1) && isPartWord(tokens[start - 1].norm)) start--;
    // The part opens its clause: nothing before it in its phrase ("pulse in the left foot" is about the pulse).
    if (start === end || inClause(start - 1)) continue;
    const limbs = readLocations(tokens, start, end, sideCarry(doc)).filter((l) => LIMBS.has(l.location));
    const last = limbs.at(-1);
    if (last) found.push({ value: { type: 'amputation', location: last.location }, span: spanOf(doc, start, i + 1) });
  }
  return found;
}

/** A word of a body location phrase ("the", "left", "leg", "below", "knee"), not a pause. */
const isPartWord = (w: string): boolean => isLocationWord(w) || (LOCATION_FILLERS.has(w) && w !== ',');
