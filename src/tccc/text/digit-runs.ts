/**
 * Digits dictated one by one ("pulse 1 2 0", "0 7 2 0", "1-3-5") joined into one number token, as a run of number
 * words is joined (numbers.ts).
 */
import type { Token } from './tokenize.js';
import { MAX_RUN } from './numbers.js';

/** True for a digit written alone ("1" of "pulse 1 2 0"). */
function isLoneDigit(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'number' && !t.spoken && t.digits?.length === 1;
}

/** Endings that make a digit written before them an ordinal ("2nd TQ", "3rd cas"). */
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** True for a digit written with an ordinal's ending: "2" of "2nd", which no dictated run of digits goes on into. */
const isOrdinal = (tokens: Token[], j: number): boolean =>
  tokens[j + 1]?.kind === 'word' && !tokens[j + 1].spaced && ORDINAL_ENDINGS.has(tokens[j + 1].norm);

/**
 * Joins digits dictated one by one into one number: spaced ("0 7 2 0", "1 1 6") or, three or more,
 * hyphenated ("1-3-5"). Two hyphenated digits stay apart: "1-4 CAV" is a unit. Linear in the token count.
 */
export function mergeDigitRuns(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const at = [i];
    let hyphens = 0;
    while (isLoneDigit(tokens[i]) && at.length < MAX_RUN) {
      const j = at[at.length - 1] + 1;
      if (isLoneDigit(tokens[j]) && tokens[j].spaced && hyphens === 0 && !isOrdinal(tokens, j)) at.push(j);
      else if (
        tokens[j]?.norm === '-' &&
        !tokens[j].spaced &&
        isLoneDigit(tokens[j + 1]) &&
        !tokens[j + 1].spaced &&
        (hyphens > 0 || at.length === 1)
      ) {
        at.push(j + 1);
        hyphens++;
      } else break;
    }
    const joined = at.length >= 2 && (hyphens === 0 || at.length >= 3);
    if (!joined) {
      out.push(t);
      i++;
      continue;
    }
    const last = tokens[at[at.length - 1]];
    const digits = at.map((k) => tokens[k].digits).join('');
    out.push({
      ...t,
      norm: String(Number(digits)),
      raw: tokens
        .slice(i, at[at.length - 1] + 1)
        .map((d) => d.raw)
        .join(' '),
      end: last.end,
      value: Number(digits),
      digits,
      spoken: true,
    });
    i = at[at.length - 1] + 1;
  }
  return out;
}
