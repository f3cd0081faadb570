import type { Token } from '../text/tokenize.js';

/**
 * The shape of a capitalized name word, in letters of any alphabet with capitals: "Jones", and as well the Spanish
 * surnames of bilingual units, "Vázquez", "Peña", "Núñez", which an ASCII pattern would leave unread, and the Gaelic
 * ones with a second capital after "Mac", "Mc" or "O'" ("MacLeod", "McKenna", "O'Brien").
 */
export const NAME_WORD = /^(?:Ma?c|O')?\p{Lu}[\p{Ll}'-]+$/u;

/**
 * "Reyes-Oduya", "Okafor-Lind": the token of a double-barrelled surname's last part, whose first part is at token `k`
 * (a name read from it is known by its last part, casualties.ts); `k` for a surname of one part.
 */
export function surnameEnd(tokens: readonly Token[], k: number): number {
  const joined = (j: number) => tokens[j]?.norm === '-' && !tokens[j].spaced && tokens[j + 1]?.spaced === false;
  while (joined(k + 1) && tokens[k + 2]?.kind === 'word') k += 2;
  return k;
}
