/**
 * A sentence that gives facts to two casualties and is then taken back whole by a correction that swaps them
 * ("The first has the burn, the second has the GSW. Correction, other way round: the first one is the GSW …"): what it
 * said is no one's, since the corrected words that follow say again whose each fact is.
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { norm } from './switch-words.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** True at the words of a swap ("other way round", "the other way around", "it's reversed", "swap them"). */
const swapAt = (tokens: Token[], i: number): boolean =>
  (norm(tokens, i) === 'other' && norm(tokens, i + 1) === 'way' && ['round', 'around'].includes(norm(tokens, i + 2))) ||
  ['reversed', 'swapped', 'backwards'].includes(norm(tokens, i)) ||
  (['swap', 'switch'].includes(norm(tokens, i)) && ['them', 'those', 'that', 'it'].includes(norm(tokens, i + 1)));

/**
 * The sentences right before a swap that hold switches to two casualties or more (`switchStarts[k]` is where switch k
 * starts, `owner[k]` the casualty it switches to).
 */
export function swappedSentences(
  tokens: Token[],
  switchStarts: readonly number[],
  owner: readonly number[],
): TextPart[] {
  const out: TextPart[] = [];
  let from = 0;
  let previous: { from: number; to: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm) && i < tokens.length - 1) continue;
    const swap = tokens.slice(from, i).findIndex((_, k) => swapAt(tokens, from + k));
    if (swap >= 0 && previous) {
      const { from: a, to: b } = previous;
      const named = new Set(owner.filter((_, k) => switchStarts[k] >= a && switchStarts[k] < b));
      // The swap's own words go too: "other way round" is no round fired.
      const swapEnd = from + swap + (norm(tokens, from + swap) === 'other' ? 2 : 1);
      if (named.size >= 2) out.push({ start: tokens[a].start, end: tokens[swapEnd].end });
    }
    previous = { from, to: i };
    from = i + 1;
  }
  return out;
}
