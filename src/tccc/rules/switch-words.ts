/** The word of a token as the casualty switches read it, and where a phrase ends: shared by every switch reader. */
import type { Token } from '../text/tokenize.js';

/** A token's normalized word; a number word keeps its spelling ("the other one" is not "the other 1"). */
export const norm = (tokens: Token[], i: number): string => {
  const t = tokens[i];
  return t === undefined ? '' : t.kind === 'number' && t.spoken && !t.raw.includes(' ') ? t.raw.toLowerCase() : t.norm;
};
/** True at punctuation that ends a phrase, or past the end. */
export const isBoundary = (t: Token | undefined): boolean =>
  t === undefined || ['.', ';', '\n', ':', ',', '!', '?', '(', ')'].includes(t.norm);
