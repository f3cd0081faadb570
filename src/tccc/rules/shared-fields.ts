/**
 * A card's field marked as every casualty's: "Mech (all): IED", "TOI (both): 0612", "PZ (all): 42S VD 12345 67890".
 * The whole field, label and value, is said of each casualty, up to the pipe, line or semicolon that ends it.
 */
import type { Token } from '../text/tokenize.js';
import { norm } from './switch-words.js';

/** Tokens that end a card's field. */
const FIELD_ENDS = new Set(['\n', '|', ';']);
/** The most words a field's label runs to before its mark ("Time of injury (all):"). */
const LABEL_WORDS = 3;

/**
 * The field marked "(all)" or "(both)" whose label starts at token `i`, as the narrative's characters from its label to
 * its end; else undefined.
 */
export function fieldForAllAt(tokens: Token[], i: number): Pick<Token, 'start' | 'end'> | undefined {
  if (i > 0 && !FIELD_ENDS.has(norm(tokens, i - 1))) return undefined;
  let j = i;
  while (j < i + LABEL_WORDS && tokens[j]?.kind === 'word') j++;
  if (j === i || norm(tokens, j) !== '(' || !['all', 'both'].includes(norm(tokens, j + 1))) return undefined;
  if (norm(tokens, j + 2) !== ')' || norm(tokens, j + 3) !== ':') return undefined;
  let end = j + 4;
  while (end < tokens.length && !FIELD_ENDS.has(norm(tokens, end))) end++;
  return end > j + 4 ? { start: tokens[i].start, end: tokens[end - 1].end } : undefined;
}
