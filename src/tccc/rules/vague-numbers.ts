/**
 * Numbers said as a guess at their decade ("one thirty-something", "forty-ish", "HR 120s"), which are never a value,
 * and the reading that settles one ("ninety-something... ninety six"). number-repairs.ts drops them.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Words after a number that make it a guess at its decade ("one thirty-something", "forty-ish"). */
const VAGUE = new Set(['something', 'ish', 'odd']);

/**
 * A time written in four digits or with a colon, with "ish" after it ("TOI 2340ish"): "ish" says about that
 * time, as "approx 2340" does, not a guess at a decade; the time stands as written.
 */
function isWrittenTime(t: Token): boolean {
  if (t.kind === 'clock') return true;
  if (t.spoken || t.digits?.length !== 4) return false;
  return Number(t.digits.slice(0, 2)) <= 23 && Number(t.digits.slice(2)) <= 59;
}

/** The last token of a vague word after the number at `i` ("thirty-something", "forty ish"); else `i`. */
export function vagueEnd(tokens: Token[], i: number): number {
  const ish = tokens[i + 1]?.norm === 'ish' || (tokens[i + 1]?.norm === '-' && tokens[i + 2]?.norm === 'ish');
  if (ish && isWrittenTime(tokens[i])) return i;
  if (VAGUE.has(tokens[i + 1]?.norm ?? '')) return i + 1;
  // "thirty plus, call it thirty-four": "plus" with no number after it says more than the number, not a value.
  if (tokens[i + 1]?.norm === 'plus' && !isNumeric(tokens[i + 2])) return i + 1;
  if (tokens[i + 1]?.norm === '-' && VAGUE.has(tokens[i + 2]?.norm ?? '')) return i + 2;
  if (isDecade(tokens, i)) return i + 1;
  return i;
}

/** Words before "over" that make the number after it a bound just passed ("a tick over a hundred", "just over 120"). */
const NEARLY = new Set(['tick', 'bit', 'touch', 'shade', 'smidge', 'little', 'just', 'slightly']);
/** Most tokens between a bound and the reading that settles it ("a tick over one-twenty, call it one-twenty-four"). */
const MAX_BOUND_SETTLING = 4;

/**
 * "a tick over a hundred, call it one-oh-four", "just over one-twenty, hundred and twenty-four": a number said as a bound
 * just passed, with the reading above it said within a few words in the same sentence, is no reading; returns the
 * first token of the bound's words, else `i`. A bound said alone stays: it is the nearest value given.
 */
export function boundStart(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.norm !== 'over' || !NEARLY.has(tokens[i - 2]?.norm ?? '')) return i;
  const bound = tokens[i].value ?? NaN;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_BOUND_SETTLING; k++) {
    if (SENTENCE_ENDS.has(tokens[k].norm)) return i;
    if (!isNumeric(tokens[k])) continue;
    const value = tokens[k].value ?? NaN;
    return value > bound && value < bound + 10 ? (tokens[i - 3]?.norm === 'a' ? i - 3 : i - 2) : i;
  }
  return i;
}

/** Most tokens said between a vague number and the reading that settles it ("... hang on, I wrote it on my tape ..."). */
const MAX_SETTLING = 14;

/**
 * The index of the number that settles the vague one at `i` (ending at `vague`): the next number in the same
 * sentence, within a few words, that falls in the vague number's decade ("one thirty-something … one thirty four");
 * `vague + 1` when none does, so only the vague words are dropped.
 */
export function settledInDecade(tokens: Token[], i: number, vague: number): number {
  const decade = tokens[i].value ?? NaN;
  // Only a number said vaguely ("-something", "-ish"): "thirty plus, call it thirty-four" is settled by its own words.
  if (decade % 10 !== 0 || !VAGUE.has(tokens[vague].norm)) return vague + 1;
  for (let k = vague + 1; k < tokens.length && k <= vague + MAX_SETTLING; k++) {
    if (SENTENCE_ENDS.has(tokens[k].norm)) break;
    if (!isNumeric(tokens[k])) continue;
    const value = tokens[k].value ?? NaN;
    return value > decade && value < decade + 10 ? k : vague + 1;
  }
  return vague + 1;
}

/**
 * "HR 120s, call it 124", "sats in the 90s": a round number written with "s" names a decade, not a reading. Only
 * from 70 up, so a grid zone ("42S", "38S") stays a number.
 */
function isDecade(tokens: Token[], i: number): boolean {
  const [n, s] = [tokens[i], tokens[i + 1]];
  if (n.kind !== 'number' || n.spoken || s?.norm !== 's' || s.start !== n.end) return false;
  const value = Number(n.value);
  return value >= 70 && value % 10 === 0;
}
