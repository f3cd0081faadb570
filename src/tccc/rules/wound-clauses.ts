/**
 * A soldier said to be hit in the words after his name, as an engagement told as it happens says it ("SPC Hale takes a
 * round to the abdomen", "Cpl Dunn, catches frag in the L calf", "SSG Roy, frag to the R groin", "took it through the
 * right upper arm"), or by the verb before his name ("grazed Sergeant Cole across the cheek"). named-prose.ts reads
 * each soldier so said as a casualty.
 */
import { SENTENCE_ENDS } from './sentence-ends.js';
import type { Token } from '../text/tokenize.js';
import { HURT_VERBS } from './lexicon/people.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { norm } from './switch-words.js';

/** "took a round", "takes a round", "got some frag", "catches shrapnel": a soldier taking what wounds him. */
const TAKES = new Set(['took', 'takes', 'got', 'gets', 'caught', 'catches']);
const WOUNDING = new Set(['round', 'rounds', 'bullet', 'frag', 'frags', 'fragment', 'fragments', 'shrapnel']);
/** Where a wound went: "to the", "in his", "through the". */
const INTO = new Set(['to', 'in', 'into', 'through']);
/** Verbs before a soldier's name that hit him ("grazed Sergeant Cole"), beyond the usual ones ("hit", "wounded"). */
const HITTING = new Set([...HURT_VERBS, 'grazed', 'struck']);

/**
 * True when a body part is named from token `k`, after "the", "his", "her", a side or "upper"/"lower" ("the R groin"),
 * or as a side of one ("the right side of his chest"); "the back of the truck" names none.
 */
function partFrom(tokens: Token[], k: number): boolean {
  let j = k;
  if (['the', 'his', 'her'].includes(norm(tokens, j))) j++;
  for (
    let words = 0;
    words < 2 && (Object.hasOwn(SIDE_WORDS, norm(tokens, j)) || ['upper', 'lower'].includes(norm(tokens, j)));
    words++
  )
    j++;
  if (['side', 'back', 'front'].includes(norm(tokens, j)) && norm(tokens, j + 1) === 'of')
    return partFrom(tokens, j + 2);
  return Object.hasOwn(BODY_PART_WORDS, norm(tokens, j));
}

/** "sustained", "suffered": a formal report's verbs for a wound a soldier came away with. */
const SUSTAINED = new Set(['sustained', 'suffered', 'sustains', 'suffers']);
/** What a soldier sustained that is a wound ("a fragment wound", "a closed fracture", "burns", "a laceration"). */
const WOUNDS = new Set(['wound', 'wounds', 'fracture', 'fractures', 'laceration', 'lacerations', 'burn', 'burns']);

/**
 * "sustained a fragment wound to the left side of the neck", "suffered a closed fracture of the left wrist": the verb
 * and, a few words on in its clause, a wound; never "suffered no further injury".
 */
function sustainedAt(tokens: Token[], k: number): boolean {
  if (!SUSTAINED.has(norm(tokens, k)) || norm(tokens, k + 1) === 'no') return false;
  for (let j = k + 1; j <= k + 4 && !SENTENCE_ENDS.has(norm(tokens, j)); j++)
    if (WOUNDS.has(norm(tokens, j))) return true;
  return false;
}

/**
 * True when the words at token `k` say the soldier spoken of was wounded: "took a round", "catches frag", "took it
 * through the left arm", "frag to the R shoulder", or what hit him said first ("SPC Dunn was on the other side and a
 * chunk of the wall got him in the left chest"); never "took a knee", "gets the tourniquet", "got him in the truck".
 */
export function woundSaidAt(tokens: Token[], k: number): boolean {
  const w = norm(tokens, k);
  if (TAKES.has(w)) {
    const counted = ['a', 'some', 'two', 'several'].includes(norm(tokens, k + 1)) ? k + 2 : k + 1;
    if (WOUNDING.has(norm(tokens, counted))) return true;
    // What got him is a thing ("a chunk of the wall got him in the left chest"), not a soldier named before "got",
    // who gave him care ("SPC Lowe got him in the right arm with the ketamine").
    const before = tokens[k - 1];
    const named =
      before?.kind === 'word' && /^[A-Z]/.test(before.raw) && !SENTENCE_ENDS.has(norm(tokens, k - 2) || '.');
    const object = norm(tokens, k + 1);
    return (
      (object === 'it' || (!named && ['him', 'her'].includes(object))) &&
      INTO.has(norm(tokens, k + 2)) &&
      partFrom(tokens, k + 3)
    );
  }
  return (WOUNDING.has(w) && INTO.has(norm(tokens, k + 1)) && partFrom(tokens, k + 2)) || sustainedAt(tokens, k);
}

/** True when the verb before a soldier's name at token `at` hit him ("grazed Sergeant Cole", "hit SPC Diaz"). */
export const hitBefore = (tokens: Token[], at: number): boolean =>
  HITTING.has(norm(tokens, at - 1)) && !['was', 'were', 'is', 'got'].includes(norm(tokens, at - 2));
