/**
 * A side put right by saying the old one after "not", far from where the wound was first said: "lac L forearm" …
 * "C4 lac is R forearm not L", "open fracture left femur" … "correction on Cas one, it's the right femur not the left",
 * as an update puts right a report sent long before. The new side takes the old one's place where the part was first
 * said with it, and the correcting words are no fact of their own. Only a part named again with the new side is
 * moved ("R forearm not L"), never a side said alone ("not the left").
 */
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { SENTENCE_ENDS, sentenceStartFrom } from './sentence-ends.js';

const sideOf = (t: Token | undefined): string | undefined =>
  t && Object.hasOwn(SIDE_WORDS, t.norm) && SIDE_WORDS[t.norm] !== 'both' ? SIDE_WORDS[t.norm] : undefined;
const isPart = (t: Token | undefined): boolean => t !== undefined && Object.hasOwn(BODY_PART_WORDS, t.norm);

/** What may end the old side: its sentence's end or a pause ("not the left, tourniquet's on …"). */
const AFTER_OLD = new Set([',', '-', ';', ')']);

/**
 * Marks, in `drop` and `moved`, each "<side> <part> not <other side>" whose part was said before with the other side
 * and not yet put right: the new side takes the old one's place there, and "<side> <part> not <side>" is dropped.
 */
export function moveNotOldSides(tokens: Token[], drop: Uint8Array, moved: Map<number, Token[]>): void {
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i].norm !== 'not') continue;
    const oldAt = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    const [fresh, old, part] = [sideOf(tokens[i - 2]), sideOf(tokens[oldAt]), tokens[i - 1]];
    const after = tokens[oldAt + 1];
    if (!fresh || !old || fresh === old || !isPart(part)) continue;
    if (after && !SENTENCE_ENDS.has(after.norm) && !AFTER_OLD.has(after.norm)) continue;
    if (drop.subarray(i - 2, oldAt + 1).includes(1)) continue;
    const opens = sentenceStartFrom(tokens, i);
    const first = saidWithSide(tokens, opens, part.norm, old, drop);
    if (first < 0) continue;
    drop[first] = 1;
    moved.set(first, [tokens[i - 2]]);
    for (let k = i - 2; k <= oldAt; k++) drop[k] = 1;
    // "it's the right femur not the left, tourniquet's on the right thigh, same time": another part the correcting
    // sentence names with the new side was put on the wrong side too, where it was first said.
    for (let k = oldAt + 1; k < tokens.length && !SENTENCE_ENDS.has(tokens[k].norm); k++) {
      if (sideOf(tokens[k]) !== fresh || !isPart(tokens[k + 1])) continue;
      const also = saidWithSide(tokens, opens, tokens[k + 1].norm, old, drop);
      if (also < 0) continue;
      drop[also] = 1;
      moved.set(also, [tokens[k]]);
    }
  }
}

/** The side token before token `before` said with `part` ("L forearm", "forearm L") and the side `side`, else -1. */
function saidWithSide(tokens: Token[], before: number, part: string, side: string, drop: Uint8Array): number {
  for (let k = before - 1; k > 0; k--) {
    if (drop[k] || tokens[k].norm !== part) continue;
    if (sideOf(tokens[k - 1]) === side && !drop[k - 1]) return k - 1;
    if (sideOf(tokens[k + 1]) === side && !drop[k + 1]) return k + 1;
  }
  return -1;
}
