/**
 * What a clause of prose about several soldiers says beyond whom it names (named-prose.ts): that it takes a report
 * back ("that was incorrect"), or that a soldier it names is only the one the medic was busy with at the time.
 */
import type { Token } from '../text/tokenize.js';
import { FULL_STOPS } from './sentence-ends.js';
import { norm } from './switch-words.js';

/** "while I was on Baptiste", "still working on Mendes", "busy with Ortiz": the soldier the medic was busy with at `k`. */
export const attended = (tokens: Token[], k: number): boolean =>
  ['on', 'with'].includes(norm(tokens, k - 1)) && ['was', 'working', 'busy', 'still'].includes(norm(tokens, k - 2));

/** True when the sentence of token `i` says a report was wrong ("that was incorrect", "that was wrong"). */
export function takenBack(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !FULL_STOPS.has(norm(tokens, k)); k++) {
    if (['incorrect', 'mistaken'].includes(norm(tokens, k))) return true;
    if (norm(tokens, k) === 'was' && ['wrong', 'a'].includes(norm(tokens, k + 1)) && norm(tokens, k - 1) === 'that')
      return norm(tokens, k + 1) === 'wrong' || norm(tokens, k + 2) === 'mistake';
  }
  return false;
}
