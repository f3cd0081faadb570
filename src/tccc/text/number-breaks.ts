/**
 * Where a run of spoken number words breaks into two numbers: before a scale that a teen or tens counts ("two
 * thirteen hundred"), after a clock said as hour and minute words, after the digits that count a unit, and at the
 * pronoun "one".
 */
import type { Token } from './tokenize.js';
import { DIGIT_WORDS, has, isNumberWord, SCALE_WORDS, TEEN_WORDS, TENS_WORDS } from './number-words.js';
import { AMOUNT_UNITS, MEASURE_UNITS } from './units.js';

/** Two words of two digits each, a teen or a bare tens ("eleven twelve", "fourteen twenty"): an hour and a minute. */
export const isHourMinute = (words: Token[]): boolean =>
  words.length === 2 && words.every((w) => has(TEEN_WORDS, w.norm) || has(TENS_WORDS, w.norm));

/** True when token `i` is a teen or tens word (with its unit digit) that "hundred" follows ("thirteen hundred"). */
export function scaledNext(tokens: Token[], i: number): boolean {
  const w = tokens[i].norm;
  if (has(TEEN_WORDS, w)) return tokens[i + 1]?.norm === 'hundred';
  if (!has(TENS_WORDS, w)) return false;
  const unit = tokens[i + 1]?.norm ?? '';
  return (has(DIGIT_WORDS, unit) && tokens[i + 2]?.norm === 'hundred') || unit === 'hundred';
}

/**
 * True when token `i` is a digit word that completes the tens word said last ("twenty" then "eight"), and is not
 * itself the count of a scale ("twenty five hundred").
 */
export function unitOfTens(words: Token[], tokens: Token[], i: number): boolean {
  const digit = DIGIT_WORDS[tokens[i].norm];
  return (
    has(TENS_WORDS, words[words.length - 1].norm) &&
    has(DIGIT_WORDS, tokens[i].norm) &&
    digit > 0 &&
    tokens[i].norm !== 'oh' &&
    !has(SCALE_WORDS, tokens[i + 1]?.norm ?? '')
  );
}

/** "hundred and twelve": "hundred" then "and" and a number word below a hundred. */
export function isBareHundred(tokens: Token[], i: number): boolean {
  if (tokens[i].norm !== 'hundred') return false;
  const next = tokens[i + 2]?.norm ?? '';
  if (
    tokens[i + 1]?.norm === 'and' &&
    (has(DIGIT_WORDS, next) || has(TEEN_WORDS, next) || has(TENS_WORDS, next)) &&
    next !== 'oh'
  )
    return true;
  // "LR hundred fifty mils": a bare hundred with its tens, then the unit of an amount, is said for "a hundred and fifty".
  const tens = tokens[i + 1]?.norm ?? '';
  if (!has(TEEN_WORDS, tens) && !has(TENS_WORDS, tens)) return false;
  const digit = has(TENS_WORDS, tens) && has(DIGIT_WORDS, next) && next !== 'oh' && next !== 'zero';
  return AMOUNT_WORDS.has(tokens[i + (digit ? 3 : 2)]?.norm ?? '');
}

/** Units an amount is said in, as a recogniser writes them ("mils" for ml). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([...AMOUNT_UNITS, 'mils', 'mil', 'milliliters', 'millilitres']);

/** Words after which "one" is a pronoun ("the first one", "that one"), not a number. */
export const PRONOUN_LEADS = new Set([
  'first',
  'second',
  'third',
  'last',
  'other',
  'that',
  'this',
  'next',
  'another',
  'same',
]);

/** Sides a device is told apart by ("left one at 2041, right one 2044"): "one" after them is the device too. */
export const SIDE_LEADS: ReadonlySet<string> = new Set(['left', 'right']);

/** True when tokens from `i` open a clock said as hour and minute words ("twenty forty-four"), a joiner between. */
export function hourMinuteAt(tokens: Token[], i: number): boolean {
  const clockWord = (t: Token | undefined): boolean =>
    t?.kind === 'word' && (has(TEEN_WORDS, t.norm) || has(TENS_WORDS, t.norm));
  if (!clockWord(tokens[i])) return false;
  return clockWord(tokens[i + 1]) || (tokens[i + 1]?.norm === '-' && clockWord(tokens[i + 2]));
}

/** How many single-digit words run from token `i` (up to five). */
export function digitWordsAt(tokens: Token[], i: number): number {
  let n = 0;
  while (n < 5 && tokens[i + n]?.kind === 'word' && has(DIGIT_WORDS, tokens[i + n].norm)) n++;
  return n;
}

/** True when the number words from token `i` end right before a unit word. */
export function countsUnit(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && tokens[j].kind === 'word' && isNumberWord(tokens[j].norm)) j++;
  return j > i && MEASURE_UNITS.has(tokens[j]?.norm ?? '');
}

/** Units a needle's size is said in: a gauge is two digits, a teen or a tens ("eighteen gauge", "twenty gauge"). */
const GAUGE_WORDS = new Set(['gauge', 'ga']);

/**
 * True when token `i` is a teen or tens word that counts a gauge after a lone digit word ("oriented times four
 * eighteen gauge"): the digit is a number of its own, since no needle is a hundreds gauge.
 */
export function gaugeAfterDigit(words: Token[], tokens: Token[], i: number): boolean {
  const w = tokens[i].norm;
  return (
    words.length === 1 &&
    has(DIGIT_WORDS, words[0].norm) &&
    DIGIT_WORDS[words[0].norm] > 0 &&
    (has(TEEN_WORDS, w) || has(TENS_WORDS, w)) &&
    // "one eighteen-gauge in the right AC": the written compound's hyphen glued to both.
    (GAUGE_WORDS.has(tokens[i + 1]?.norm ?? '') ||
      (tokens[i + 1]?.norm === '-' &&
        !tokens[i + 1].spaced &&
        tokens[i + 2]?.norm === 'gauge' &&
        !tokens[i + 2].spaced))
  );
}
