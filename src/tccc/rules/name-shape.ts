import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { NOT_NAMES } from './name-words.js';

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

/** What ends the sentence before a surname said alone; never a question, which the word answers ("any allergies? Codeine."). */
const UNASKED_ENDS = new Set(['.', '!', '...', '…']);
/** What sets a surname said alone apart from the first name called after it ("Faleolo. Tavita,", "Okonkwo, Adaeze,"). */
const SURNAME_ENDS = new Set([...UNASKED_ENDS, ',']);

/**
 * True when the first name at token `k` is called ("Tavita, look at me") right after a surname said alone
 * ("Faleolo. Tavita, look at me", "Okonkwo, Adaeze, you're next"): a medic calling a soldier the way the roll says
 * him, then the way his friends do. The surname is said there only: a word said again ("Good. Tavita, hold still …
 * good pulse"), or someone called again ("Jones. Hollis, … Jones, get the IO"), is someone or something else.
 */
export function calledAfterSurname(tokens: readonly Token[], k: number): boolean {
  const opens = k < 3 || UNASKED_ENDS.has(tokens[k - 3].norm);
  if (!opens || !SURNAME_ENDS.has(tokens[k - 1]?.norm ?? '') || tokens[k + 1]?.norm !== ',') return false;
  const surname = tokens[k - 2];
  if (surname?.kind !== 'word' || !NAME_WORD.test(surname.raw) || surname.norm === tokens[k].norm) return false;
  if (
    NOT_NAMES.has(surname.norm) ||
    RANK_WORDS.has(surname.norm) ||
    Object.hasOwn(SIDE_WORDS, surname.norm) ||
    Object.hasOwn(BODY_PART_WORDS, surname.norm)
  )
    return false;
  return tokens.filter((t) => t.norm === surname.norm).length === 1;
}
