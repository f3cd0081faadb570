/**
 * Spoken numbers: merges runs of number words into one number token that keeps both readings,
 * the quantity ("one twenty" → 120, "thirteen hundred" → 1300) and the spoken digits
 * ("zero nine one five" → "0915", "twenty one oh five" → "2105") that clock times and grids use.
 */
import type { Token } from './tokenize.js';
import {
  ARTICLES,
  DIGIT_WORDS,
  DOSE_UNIT_WORDS,
  has,
  isNumberWord,
  RADIO_HOMONYMS,
  RADIO_ONLY_DIGITS,
  SCALE_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
} from './number-words.js';
import {
  countsUnit,
  gaugeAfterDigit,
  digitWordsAt,
  isBareHundred,
  isHourMinute,
  hourMinuteAt,
  PRONOUN_LEADS,
  scaledNext,
  SIDE_LEADS,
  unitOfTens,
} from './number-breaks.js';

export { isNumberWord } from './number-words.js';

/** Longest run merged; a spoken 10-digit grid plus a zone fits. */
export const MAX_RUN = 16;

interface Atom {
  value: number;
  /** 1 for a digit word, 2 for a teen or tens word, 0 for a scale. */
  width: 0 | 1 | 2;
}

/** Replaces each run of number words with one spoken number token. Linear in the token count. */
export function mergeNumberWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readRun(tokens, i);
    if (run.words.length === 0) {
      out.push(tokens[i]);
      i++;
      continue;
    }
    out.push(toNumberToken(run.words));
    i = run.next;
  }
  return out;
}

function readRun(tokens: Token[], from: number): { words: Token[]; next: number } {
  const words: Token[] = [];
  let i = from;
  while (i < tokens.length && words.length < MAX_RUN) {
    const t = tokens[i];
    // "a hundred", "a thousand": the article counts as one before a scale word.
    const articleScale = words.length === 0 && t.norm === 'a' && has(SCALE_WORDS, tokens[i + 1]?.norm ?? '');
    if (t.kind !== 'word' || (!isNumberWord(t.norm) && !articleScale)) break;
    // "fell from a tree two meters": after an article it is the noun. A number after a spoken dash is next to it too
    // ("Company too dash fife zero six").
    if (
      RADIO_HOMONYMS.has(t.norm) &&
      words.length === 0 &&
      (!isNumberWord(numberSideOf(tokens, i + 1)) || ARTICLES.has(tokens[i - 1]?.norm ?? ''))
    )
      break;
    // "one too many": later in a run a homonym is a digit only before another number word, in a run said the radio
    // way ("wun too zero", "niner too"), or after two digits or more ("time zero seven zero too").
    if (
      RADIO_HOMONYMS.has(t.norm) &&
      words.length > 0 &&
      !isNumberWord(tokens[i + 1]?.norm ?? '') &&
      !RADIO_ONLY_DIGITS.has(words[0].norm) &&
      (words.length === 1 || !words.every((w) => has(DIGIT_WORDS, w.norm)))
    )
      break;
    // "just above the first one one five two seven": "one" after an ordinal is the pronoun when four digits follow.
    if (
      words.length === 0 &&
      t.norm === 'one' &&
      PRONOUN_LEADS.has(tokens[i - 1]?.norm ?? '') &&
      digitWordsAt(tokens, i + 1) === 4
    )
      break;
    // "right one twenty forty-four": after a side, "one" is the device when a clock said as hour and minute follows;
    // no count or time runs on as "one twenty forty".
    if (
      words.length === 0 &&
      t.norm === 'one' &&
      SIDE_LEADS.has(tokens[i - 1]?.norm ?? '') &&
      hourMinuteAt(tokens, i + 1)
    )
      break;
    // "at zero two twenty eighteen gauge": a clock is whole at four digits; the words after it count a unit.
    // "eighteen twenty eight one liter": a digit after a tens word is its unit ("twenty eight"), not the count.
    if (words.length > 0 && spokenDigits(words) === 4 && countsUnit(tokens, i) && !unitOfTens(words, tokens, i)) break;
    // "times four eighteen gauge": a digit before a gauge's teen or tens is a count of its own.
    if (gaugeAfterDigit(words, tokens, i)) break;
    // "eleven twelve eleven twenty": a clock said as hour and minute words is whole; a teen or tens word after it is
    // the next time, never the grid digits that are said one by one.
    if (isHourMinute(words) && (has(TEEN_WORDS, t.norm) || has(TENS_WORDS, t.norm))) break;
    // "resps twenty six fourteen twenty": a tens and its digit past any hour, then a clock said as hour and minute
    // words that ends the run, are a count and a time, not six digits.
    if (countThenClock(words, tokens, i)) break;
    // "one three two zero five hundred": four digits said one by one are a time; a scale after them starts a new
    // number, and so does a teen or tens word, the time said again as hour and minute ("two one one zero twenty one ten").
    if (
      words.length === 4 &&
      words.every((w) => has(DIGIT_WORDS, w.norm)) &&
      (has(SCALE_WORDS, tokens[i + 1]?.norm ?? '') || has(TEEN_WORDS, t.norm) || has(TENS_WORDS, t.norm))
    )
      break;
    // "times two thirteen hundred": no one says a digit before a teen or tens that a hundred scales; the digit is a
    // count of its own and the hundreds start a new number.
    if (
      words.length === 1 &&
      has(DIGIT_WORDS, words[0].norm) &&
      DIGIT_WORDS[words[0].norm] > 0 &&
      scaledNext(tokens, i)
    )
      break;
    // "oh" starts a run only when a number word follows ("oh-nine-fifteen"); otherwise it is an interjection.
    // A bare "hundred and twelve" is said for "a hundred and twelve".
    // "thousand milligrams": a bare scale right before a unit is said for "a thousand".
    if (
      words.length === 0 &&
      (t.norm === 'oh' || has(SCALE_WORDS, t.norm)) &&
      !isBareHundred(tokens, i) &&
      !(has(SCALE_WORDS, t.norm) && DOSE_UNIT_WORDS.has(tokens[i + 1]?.norm ?? ''))
    ) {
      const nextWord = skipJoiner(tokens, i + 1);
      if (t.norm !== 'oh' || nextWord >= tokens.length || !isNumberWord(tokens[nextWord].norm)) break;
    }
    words.push(t);
    i++;
    // A hyphen between number words joins them ("thirty-two"); "and" after "hundred" does too. A hundred joins only a
    // clock's hour ("oh-seven-hundred" is 07:00), as it does unhyphenated.
    const j = skipJoiner(tokens, i);
    const clockHour = words.length === 2 && words[0].norm === 'oh';
    if (
      j !== i &&
      j < tokens.length &&
      tokens[j].kind === 'word' &&
      isNumberWord(tokens[j].norm) &&
      (tokens[j].norm !== 'hundred' || clockHour)
    ) {
      const joiner = tokens[i];
      if ((joiner.norm === '-' && !isPause(joiner, tokens[j])) || (joiner.norm === 'and' && t.norm === 'hundred'))
        i = j;
    }
  }
  return { words, next: i };
}

/**
 * A dash that is a pause, not a hyphen: a typographic dash, or one set apart by spaces on both sides. A medic who
 * shouts a number again over rotor noise ("fifty \u2014 five zero mikes") says two numbers, not "fifty-five zero". A
 * dash written onto a word with a space after it is a word cut off and begun again ("at ten- ten forty-one"), as a
 * transcriber writes a false start: the number is said again whole after it.
 */
const isPause = (dash: Token, after: Token): boolean => dash.raw !== '-' || after.spaced;

/** The word at `i`, or the one after it when it is a spoken dash ("too dash fife"). */
const numberSideOf = (tokens: Token[], i: number): string =>
  (tokens[i]?.norm === 'dash' ? tokens[i + 1]?.norm : tokens[i]?.norm) ?? '';

/** True when `words` are a tens word and its digit above 23 and tokens `i`, `i + 1` alone say a clock's hour and minute. */
function countThenClock(words: Token[], tokens: Token[], i: number): boolean {
  if (words.length !== 2 || !has(TENS_WORDS, words[0].norm) || !has(DIGIT_WORDS, words[1].norm)) return false;
  const count = TENS_WORDS[words[0].norm] + DIGIT_WORDS[words[1].norm];
  const hour = tokens[i];
  const minute = tokens[i + 1];
  if (count < 24 || hour?.kind !== 'word' || minute?.kind !== 'word') return false;
  const after = tokens[i + 2];
  if (after && after.kind === 'word' && isNumberWord(after.norm)) return false;
  const h = has(TEEN_WORDS, hour.norm)
    ? TEEN_WORDS[hour.norm]
    : has(TENS_WORDS, hour.norm)
      ? TENS_WORDS[hour.norm]
      : 99;
  return h < 24 && isHourMinute([hour, minute]) && (TEEN_WORDS[minute.norm] ?? TENS_WORDS[minute.norm]) < 60;
}

/** How many digits the words say when read one by one, or -1 when a scale is among them ("one hundred"). */
function spokenDigits(words: Token[]): number {
  if (words.some((w) => has(SCALE_WORDS, w.norm) || w.norm === 'a')) return -1;
  return readAtoms(toAtoms(words)).digits.length;
}

function skipJoiner(tokens: Token[], i: number): number {
  return i < tokens.length && (tokens[i].norm === '-' || tokens[i].norm === 'and') ? i + 1 : i;
}

function toAtoms(words: Token[]): Atom[] {
  const atoms: Atom[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k].norm;
    if (w === 'a') atoms.push({ value: 1, width: 1 });
    else if (has(DIGIT_WORDS, w)) atoms.push({ value: DIGIT_WORDS[w], width: 1 });
    else if (has(TEEN_WORDS, w)) atoms.push({ value: TEEN_WORDS[w], width: 2 });
    else if (has(SCALE_WORDS, w)) atoms.push({ value: SCALE_WORDS[w], width: 0 });
    else {
      // "twenty two" is one two-digit atom; "twenty oh five" is not.
      const next = k + 1 < words.length ? words[k + 1].norm : '';
      const unit = has(DIGIT_WORDS, next) && DIGIT_WORDS[next] > 0 && next !== 'oh' ? DIGIT_WORDS[next] : 0;
      atoms.push({ value: TENS_WORDS[w] + unit, width: 2 });
      if (unit > 0) k++;
    }
  }
  return atoms;
}

/** Reads atoms as a quantity and as spoken digits. */
function readAtoms(atoms: Atom[]): { value: number; digits: string } {
  let total = 0;
  let current = 0;
  let digits = '';
  let scaled = false;
  for (const a of atoms) {
    if (a.width === 0) {
      if (a.value === 100) {
        current = (digits === '' && current === 0 ? 1 : current) * 100;
        if (!scaled) digits = digits === '' ? '100' : `${digits}00`;
      } else {
        total += (current === 0 ? 1 : current) * 1000;
        current = 0;
        digits = '';
      }
      scaled = true;
    } else if (!scaled) {
      digits += a.width === 2 ? String(a.value).padStart(2, '0') : String(a.value);
      current = Number(digits);
    } else {
      current += a.value;
    }
  }
  const value = total + current;
  return {
    value,
    digits: scaled ? (digits.endsWith('00') && value === Number(digits) ? digits : String(value)) : digits,
  };
}

function toNumberToken(words: Token[]): Token {
  const first = words[0];
  const last = words[words.length - 1];
  const { value, digits } = readAtoms(toAtoms(words));
  return {
    kind: 'number',
    norm: String(value),
    raw: words.map((w) => w.raw).join(' '),
    start: first.start,
    end: last.end,
    spaced: first.spaced,
    value,
    // "a thousand", "hundred and twelve" are quantities, never a clock time or grid digits.
    digits: first.norm === 'a' || has(SCALE_WORDS, first.norm) ? undefined : digits,
    spoken: true,
  };
}
