/**
 * A casualty's words opened by his surname and then his wound or signs, as a medic goes down his casualties one by
 * one ("Ruiz, GSW left thigh …", "Okoye first, frag to the right hand …", "Ruiz pulse 110"): the name heads them.
 */
import type { Token } from '../text/tokenize.js';
import { lexiconMatches } from './lexicon/index.js';
import { neverName } from './name-cues.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { norm, noun } from './switch-words.js';

/** Words of order a medic says after the surname before the wound ("Okoye first, …", "Ruiz next, …"). */
const ORDER_WORDS = new Set(['first', 'next', 'last', 'now']);

/** True when the lexicon reads a fact of one of `cats` starting at token `k` ("frag", "GSW" a wound; "pulse" a sign). */
const factAt = (tokens: Token[], k: number, cats: readonly string[]): boolean =>
  lexiconMatches(tokens).some((m) => m.start === k && m.tags.some((t) => cats.includes(t.cat)));

/**
 * True when the word at `i` opens a sentence or line and his wound follows after a comma (and a word of order, if
 * any: "Dlamini, frag to the left forearm", "Dlamini first, frag …") or a sign right after it ("Rahimi pulse 124");
 * no common word ("Okay, GSW …"). Said once, only with a word of order: a capitalized word said once ("Roger, GSW
 * to the arm") may be no one.
 */
export function factsFollowAt(tokens: Token[], i: number): boolean {
  if (i > 0 && !SENTENCE_ENDS.has(norm(tokens, i - 1))) return false;
  if (neverName(norm(tokens, i))) return false;
  const ordered = ORDER_WORDS.has(norm(tokens, i + 1));
  const comma = ordered ? i + 2 : i + 1;
  const follow =
    (norm(tokens, comma) === ',' && factAt(tokens, comma + 1, ['injury', 'mechanism'])) ||
    (!ordered && factAt(tokens, i + 1, ['vital']));
  // Said again, it must stand as a name does, not as an adverb opening two sentences ("Additionally, frag …"): within a
  // sentence ("… back to Ruiz"), or opening one with no pause after it ("Ruiz got the morphine", "Ruiz's priority").
  const again = (k: number): boolean =>
    k !== i &&
    noun(tokens, k) === noun(tokens, i) &&
    (!SENTENCE_ENDS.has(norm(tokens, k - 1)) || norm(tokens, k + 1) !== ',');
  return follow && (ordered || tokens.some((_, k) => again(k)));
}
