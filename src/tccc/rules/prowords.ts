/**
 * Radio procedure words: "I say again" repeats what was just said ("TXA figures two gram, I say again two gram, IV"),
 * so the words it repeats add nothing and put no distance between a drug and its route.
 */
import type { Token } from '../text/tokenize.js';

const SAY_AGAIN = ['i', 'say', 'again'];

/** The number of tokens in [from, to) taken by "I say again" and the words it repeats, up to the
 * comma after them. */
export function restatedLength(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i + SAY_AGAIN.length <= to; i++) {
    if (!SAY_AGAIN.every((w, j) => tokens[i + j].norm === w)) continue;
    // "I say again, one gram,": a comma may follow the proword before the words repeated.
    let end = i + SAY_AGAIN.length;
    if (tokens[end]?.norm === ',') end++;
    while (end < to && tokens[end].norm !== ',') end++;
    return Math.min(end + 1, to) - i;
  }
  return 0;
}
