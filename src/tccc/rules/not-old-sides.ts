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
import { namesNotePart } from './paragraph-corrections.js';

const sideOf = (t: Token | undefined): string | undefined =>
  t && Object.hasOwn(SIDE_WORDS, t.norm) && SIDE_WORDS[t.norm] !== 'both' ? SIDE_WORDS[t.norm] : undefined;
const isPart = (t: Token | undefined): boolean => t !== undefined && Object.hasOwn(BODY_PART_WORDS, t.norm);

/** Words saying where a thing is ("IV is in the R AC"). */
const BEING = new Set(['is', 'was', "it's", 'are', 'were']);

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
    // "IV is in the R AC, not L": a comma may set the old side off.
    const p = tokens[i - 1].norm === ',' ? i - 2 : i - 1;
    const [fresh, old, part] = [sideOf(tokens[p - 1]), sideOf(tokens[oldAt]), tokens[p]];
    const after = tokens[oldAt + 1];
    if (!fresh || !old || fresh === old || !isPart(part)) continue;
    if (after && !SENTENCE_ENDS.has(after.norm) && !AFTER_OLD.has(after.norm)) continue;
    if (p < 1 || drop.subarray(p - 1, oldAt + 1).includes(1)) continue;
    const opens = sentenceStartFrom(tokens, i);
    // "Correction to para 8: IV was R forearm, not L.": put right where that paragraph is, or not at all.
    if (p < i - 1 && namesNotePart(tokens, opens, i)) continue;
    const first = saidWithSide(tokens, opens, part.norm, old, drop);
    if (first < 0) continue;
    drop[first] = 1;
    moved.set(first, [tokens[p - 1]]);
    // "IV is in the R AC, not L": the thing said to be there is the one first said, no second of its kind.
    let from = p - 1;
    while (from > opens && tokens[from - 1].norm !== ':') from--;
    // Only where that thing was first said with the old side ("IV L AC …"): "GSW L thigh. TQ is on the R thigh not L"
    // moves the wound's side and keeps the tourniquet.
    const things = tokens
      .slice(from, p - 1)
      .filter((t) => t.kind === 'word' && !BEING.has(t.norm) && t.norm.length > 1);
    const sameThing = tokens.slice(Math.max(0, first - 3), first).some((t) => things.some((w) => w.norm === t.norm));
    const being = p - 1 - from <= 5 && tokens.slice(from, p - 1).some((t) => BEING.has(t.norm));
    const subject = being && sameThing ? from : p - 1;
    for (let k = subject; k <= oldAt; k++) drop[k] = 1;
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
