/**
 * Spanish read as English: a bilingual medic mixes the two in one sentence ("le puse el TQ en la pierna derecha a
 * las seis diecinueve", "pulso ciento diez"), and every reader of the engine knows the English. Each Spanish word
 * or phrase of the lexicon becomes the English words it means, with the same span of the text, before typing slips
 * are corrected and spoken numbers joined; so "ciento veinte sobre setenta y ocho" reaches the number reader as "a
 * hundred twenty over seventy eight", and "brazo izquierdo" reaches the place reader as "left arm".
 */
import { isNumberWord } from '../text/numbers.js';
import type { Token } from '../text/tokenize.js';
import { CLITICS, glossTokens, lowerOrOpening, opens, plain, sidesFirst, wholeWords } from './gloss-phrases.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { CAPITALIZED_WORDS, NEGATED_CARE, SPANISH_GLOSSES, SPANISH_SIDES } from './lexicon/spanish.js';
import {
  SPANISH_DIGITS,
  SPANISH_NUMBER_HOMONYMS,
  SPANISH_NUMBER_WORDS,
  SPANISH_TENS,
} from './lexicon/spanish-numbers.js';

const ARTICLES = new Set(['el', 'la', 'al']);
const isRank = (key: string): boolean =>
  RANK_WORDS.has(key) || (CAPITALIZED_WORDS.has(key) && RANK_WORDS.has(SPANISH_GLOSSES[key]));

/** Longest phrase of the lexicon, in words ("alergico a la"). */
const MAX_PHRASE = 3;
/** Units a Spanish "un"/"una" counts ("un gramo" is one gram; "un hoyo" is a hole). */
const COUNTED_UNITS = new Set(['gramo', 'gramos', 'litro', 'miligramo', 'mil']);
/** English words that measure out the millilitre after them ("per mil", "a mil", "half a mil", "a quarter mil"). */
const MEASURED_BY = new Set(['a', 'an', 'per', 'each', 'every', 'half', 'quarter', 'the']);

const isSpanishNumber = (w: string): boolean => Object.hasOwn(SPANISH_NUMBER_WORDS, w);

/** Replaces the Spanish of a narrative's tokens with the English words it means. Linear in the token count. */
export function glossSpanish(tokens: Token[]): Token[] {
  const keys = tokens.map((t) => (t.kind === 'word' ? plain(t.norm) : t.norm));
  const out: Token[] = [];
  const spanishSide: boolean[] = [];
  const push = (from: Token, to: Token, english: string, side = false): void => {
    for (const word of glossTokens(from, to, english)) {
      out.push(word);
      spanishSide.push(side);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const key = keys[i];
    if (t.kind !== 'word') {
      out.push(t);
      spanishSide.push(false);
      continue;
    }
    // "treinta y dos": the "y" of a tens and its digit joins them, as English says "thirty-two".
    if (
      t.raw === 'y' &&
      Object.hasOwn(SPANISH_TENS, keys[i - 1] ?? '') &&
      Object.hasOwn(SPANISH_DIGITS, keys[i + 1] ?? '')
    )
      continue;
    // "sacamos al Specialist Ortiz", "y el Sargento Ruiz": Spanish puts an article before a rank, English none.
    if (ARTICLES.has(t.raw.toLowerCase()) && (t.raw === key || opens(tokens, i)) && isRank(keys[i + 1] ?? '')) continue;
    const number = lowerOrOpening(tokens, i) && wholeWords(tokens, i, 1) ? numberGloss(keys, i) : null;
    if (number) {
      push(t, t, number);
      continue;
    }
    const negated = negatedCare(tokens, keys, i);
    if (negated) {
      push(t, tokens[negated.verb], `did not ${NEGATED_CARE[keys[negated.verb]]}`);
      i = negated.verb;
      continue;
    }
    const phrase = spanishPhraseAt(tokens, keys, i);
    // "le di ertapenem", "la empaqué": the pronoun of whom the care is for goes with the verb, which says who gave it.
    if ((!phrase || phrase.length === 1) && CLITICS.has(t.raw) && saysWhoDid(tokens, keys, i + 1)) continue;
    if (phrase) {
      push(t, tokens[i + phrase.length - 1], phrase.english, phrase.length === 1 && Object.hasOwn(SPANISH_SIDES, key));
      i += phrase.length - 1;
      continue;
    }
    out.push(t);
    spanishSide.push(false);
  }
  return sidesFirst(out, spanishSide);
}

/** The English of a Spanish number word at `i` ("ciento" → "a hundred", "mil" → "a thousand"), else null. */
function numberGloss(keys: readonly string[], i: number): string | null {
  const key = keys[i];
  const [before, after] = [keys[i - 1] ?? '', keys[i + 1] ?? ''];
  if (isSpanishNumber(key)) return SPANISH_NUMBER_WORDS[key];
  if (
    Object.hasOwn(SPANISH_NUMBER_HOMONYMS, key) &&
    (isSpanishNumber(before) || before === 'las' || isSpanishNumber(after))
  )
    return SPANISH_NUMBER_HOMONYMS[key];
  // "mil trescientos miligramos", "Tylenol mil": a thousand; "dos mil", a thousand of them; "500 mil" is millilitres,
  // and so is a mil measured in English ("ten milligrams per mil", "half a mil").
  if (key === 'mil') {
    if (isSpanishNumber(before)) return 'thousand';
    if (/^\d/.test(before) || isNumberWord(before) || MEASURED_BY.has(before)) return null;
    return isSpanishNumber(after) || /^[a-z]/.test(before) ? 'a thousand' : null;
  }
  if ((key === 'un' || key === 'una') && COUNTED_UNITS.has(after)) return 'one';
  return null;
}

/** Words that deny the verb after them: "no", "nunca", "todavía no". */
const NEGATIONS: ReadonlyArray<readonly string[]> = [['todavia', 'no'], ['no'], ['nunca']];

/** "no le di TXA", "todavía no le puse el TQ": the token of a verb of care denied from token `i`, else null. */
function negatedCare(tokens: readonly Token[], keys: readonly string[], i: number): { verb: number } | null {
  const said = NEGATIONS.find((words) => words.every((w, k) => keys[i + k] === w && tokens[i + k].kind === 'word'));
  if (!said || !lowerOrOpening(tokens, i)) return null;
  let verb = i + said.length;
  while (CLITICS.has(tokens[verb]?.raw ?? '')) verb++;
  return Object.hasOwn(NEGATED_CARE, keys[verb] ?? '') && tokens[verb].raw === tokens[verb].raw.toLowerCase()
    ? { verb }
    : null;
}

/** True when the words from token `i` are a verb glossed with who did it ("di" → "i gave", "pusimos" → "we placed"). */
function saysWhoDid(tokens: readonly Token[], keys: readonly string[], i: number): boolean {
  const next = spanishPhraseAt(tokens, keys, i);
  return next !== null && /^(i|we|they) /.test(next.english);
}

/** The longest lexicon phrase starting at token `i`, if any. */
function spanishPhraseAt(
  tokens: readonly Token[],
  keys: readonly string[],
  i: number,
): { english: string; length: number } | null {
  for (let n = MAX_PHRASE; n >= 1; n--) {
    if (i + n > tokens.length || tokens.slice(i, i + n).some((t) => t.kind !== 'word')) continue;
    const phrase = keys.slice(i, i + n).join(' ');
    if (!Object.hasOwn(SPANISH_GLOSSES, phrase)) continue;
    if (!lowerOrOpening(tokens, i) && !(n === 1 && CAPITALIZED_WORDS.has(phrase))) continue;
    if (!wholeWords(tokens, i, n)) continue;
    return { english: SPANISH_GLOSSES[phrase], length: n };
  }
  return null;
}
