/**
 * Words that say the medic came upon someone more, a casualty not yet spoken of: "there's someone else further in",
 * "somebody's groaning behind the wall". casualty-switch.ts reads them as a turn to the next casualty.
 */
import type { Token } from '../text/tokenize.js';
import { norm } from './switch-words.js';

/** Sounds of someone hurt the medic hears before he sees him ("somebody's moaning deeper in"). */
const HURT_SOUNDS = new Set(['moaning', 'groaning', 'screaming', 'yelling', 'crying', 'whimpering', 'calling']);
/** Words before "someone else" that say he was come upon ("there's someone else", "found somebody else"). */
const COME_UPON = new Set(["there's", 'theres', 'is', 'found', 'got', 'see', 'feel', 'hear']);

/**
 * The end of words at token `i` that say the medic came upon someone more, a casualty not yet spoken of, or -1:
 * "there's someone else further in", "I've found somebody else", "somebody's groaning behind the wall", "someone is
 * moaning". Never "someone else put a TQ on him", another who gave care.
 */
export function someoneFoundAt(tokens: Token[], i: number): number {
  const w = norm(tokens, i);
  const who = ['someone', 'somebody'];
  if (who.includes(w) && norm(tokens, i + 1) === 'else' && COME_UPON.has(norm(tokens, i - 1))) return i + 2;
  if (who.includes(w.replace(/'s$/, '')) && HURT_SOUNDS.has(norm(tokens, i + 1))) return i + 2;
  if (who.includes(w) && ['is', "'s"].includes(norm(tokens, i + 1)) && HURT_SOUNDS.has(norm(tokens, i + 2)))
    return i + 3;
  return -1;
}

/** True when the words ending at token `end` say the medic came upon someone more (someoneFoundAt). */
export const endsSomeoneFound = (tokens: Token[], end: number): boolean =>
  someoneFoundAt(tokens, end - 2) === end || someoneFoundAt(tokens, end - 3) === end;
