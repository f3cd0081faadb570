/**
 * Casualties counted in so many words: "two casualties", "3 pts", "both casualties". A count says the narrative is
 * about several, and how many its list items are.
 */
import type { Token } from '../text/tokenize.js';
import { norm } from './switch-words.js';

/** Nouns that count casualties and nothing else ("two casualties", "3 pts", "two pax"), unlike "two guys carried him". */
const CASUALTY_COUNT_NOUNS = new Set([
  'casualties',
  'patients',
  'wounded',
  'cas',
  'pts',
  'pax',
  'litter',
  'urgent',
  'hurt',
  'injured',
  'wia',
  'customers',
]);

/** True when the narrative counts two or more casualties in so many words ("two casualties", "both casualties"). */
export function countsCasualties(tokens: Token[]): boolean {
  return casualtyCount(tokens) !== undefined;
}

/** How many casualties the narrative first counts in so many words ("2 pts" → 2, "both casualties" → 2). */
export function casualtyCount(tokens: Token[]): number | undefined {
  const at = tokens.findIndex(
    (t, i) =>
      ((t.kind === 'number' && t.value! >= 2 && t.value! <= 9) || t.norm === 'both') &&
      CASUALTY_COUNT_NOUNS.has(norm(tokens, i + 1)),
  );
  return at < 0 ? undefined : tokens[at].norm === 'both' ? 2 : tokens[at].value;
}
