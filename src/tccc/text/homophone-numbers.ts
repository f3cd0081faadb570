/**
 * A speech recogniser that hears numbers as words they sound like writes "for teen oh five" for 1405, "won for tea" for
 * 140, "to tee ate" for 28, "ate to to won" for 8221 and "pain nein out of ten". Its sign is a number split in two: a
 * digit, or a word that sounds like one, spaced from a "teen", "tee" or "tea" ("for teen", "ate tea"), which no one
 * writes otherwise. Only in a text with such split numbers are the sound-alikes read as digits, and there only next
 * to another number word, so "went to the truck" and "gauze for the wound" stay words.
 */
import type { Token } from './tokenize.js';
import { DIGIT_WORDS, has, isNumberWord, TENS_WORDS } from './number-words.js';

/** Words that sound like a digit and are written for one by a recogniser. */
const SOUND_ALIKES: Readonly<Record<string, string>> = {
  won: 'one',
  to: 'two',
  too: 'two',
  for: 'four',
  fore: 'four',
  ate: 'eight',
  nein: 'nine',
};

/** The teens and tens a digit's sound makes with "teen" or "tee" after it, by the digit. */
const TEENS: Readonly<Record<number, string>> = {
  3: 'thirteen',
  4: 'fourteen',
  5: 'fifteen',
  6: 'sixteen',
  7: 'seventeen',
  8: 'eighteen',
  9: 'nineteen',
};
const TENS: Readonly<Record<number, string>> = {
  2: 'twenty',
  3: 'thirty',
  4: 'forty',
  5: 'fifty',
  6: 'sixty',
  7: 'seventy',
  8: 'eighty',
  9: 'ninety',
};
const TEEN_ENDINGS = new Set(['teen']);
const TENS_ENDINGS = new Set(['tee', 'tea', 'ty']);

/** Split numbers a text needs before its sound-alikes are read as digits: one may be a slip of the recogniser. */
const MIN_SPLIT_NUMBERS = 2;

/** The digit a token says, itself or by its sound ("won" is 1, "fife" 5); undefined for any other word. */
function digitOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== 'word') return undefined;
  const word = Object.hasOwn(SOUND_ALIKES, t.norm) ? SOUND_ALIKES[t.norm] : t.norm;
  return has(DIGIT_WORDS, word) ? DIGIT_WORDS[word] : undefined;
}

/** The teen or tens word a digit and the ending spaced after it make ("for" "teen" is "fourteen"); else undefined. */
function joinedNumber(digit: Token, ending: Token | undefined): string | undefined {
  const d = digitOf(digit);
  if (d === undefined || ending === undefined || !ending.spaced || ending.kind !== 'word') return undefined;
  if (TEEN_ENDINGS.has(ending.norm)) return TEENS[d];
  if (TENS_ENDINGS.has(ending.norm)) return TENS[d];
  return undefined;
}

/** True for a token said as a number in its own right: digits, or a number word that is no sound-alike. */
const isPlainNumber = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'number' || (t.kind === 'word' && isNumberWord(t.norm)));

/**
 * `tokens` with a recogniser's split numbers joined ("for teen" → "fourteen") and its sound-alikes next to a number
 * read as digits ("won for tea" → "one forty"), when the text holds at least two split numbers; else unchanged.
 * A sound-alike after a tens word reads as its unit only when no number follows ("twenty for" is 24, but "one twenty
 * to one thirty" keeps its "to").
 */
export function readHomophoneNumbers(tokens: Token[]): Token[] {
  let splits = 0;
  for (let i = 0; i + 1 < tokens.length; i++) if (joinedNumber(tokens[i], tokens[i + 1])) splits++;
  if (splits < MIN_SPLIT_NUMBERS) return tokens;
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = joinedNumber(tokens[i], tokens[i + 1]);
    if (word === undefined) {
      joined.push(tokens[i]);
      continue;
    }
    const ending = tokens[i + 1];
    joined.push({ ...tokens[i], norm: word, raw: `${tokens[i].raw} ${ending.raw}`, end: ending.end });
    i++;
  }
  // A run of sound-alikes read together ("too too won for") is a number as surely as one beside a number word.
  const alike = (t: Token | undefined) => t !== undefined && t.kind === 'word' && Object.hasOwn(SOUND_ALIKES, t.norm);
  const read = joined.map((t) => ({ ...t }));
  for (let pass = 0; pass < 2; pass++)
    read.forEach((t, i) => {
      if (!alike(t) || !t.spaced) return;
      const [prev, next] = [read[i - 1], read[i + 1]];
      const afterTens = prev?.kind === 'word' && has(TENS_WORDS, prev.norm);
      // "nein" is no English word: a nine wherever it stands ("pain nein out of ten").
      const beside =
        t.norm === 'nein' ||
        (afterTens && !isPlainNumber(next) && !alike(next)) ||
        (!afterTens && (isPlainNumber(prev) || (isPlainNumber(next) && next?.spaced === true))) ||
        (alike(prev) && alike(next));
      if (beside) read[i] = { ...t, norm: SOUND_ALIKES[t.norm] };
    });
  return read;
}
