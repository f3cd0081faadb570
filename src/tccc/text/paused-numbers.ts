/**
 * A number a recogniser broke at a pause it wrote as a full stop: "Sats ninety. Six." is 96. Read after the number
 * words are merged, by the vitals reader and by the grounding check, so both take the same value from the words.
 */
import type { Token } from './tokenize.js';

const isStop = (t: Token | undefined): boolean => t?.norm === '.';
const isWhole = (t: Token | undefined): t is Token & { value: number } =>
  t?.kind === 'number' && t.value !== undefined && Number.isInteger(t.value);

/**
 * "Sats ninety. Six.": a tens word said alone that ends its sentence, and a digit word said alone as the whole next
 * sentence, are one number (96); with more words after the digit it counts something else ("Pulse seventy. Two
 * tourniquets on."). Null when the tokens from `i` are not that form.
 */
export function tensThenDigit(tokens: Token[], i: number): { value: number; end: number } | null {
  const [tens, stop, digit, close] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!tens?.spoken || !isWhole(tens) || tens.raw.includes(' ') || tens.value < 20 || tens.value > 90) return null;
  if (tens.value % 10 !== 0 || !isStop(stop) || !digit?.spoken || !isWhole(digit) || digit.raw.includes(' '))
    return null;
  if (digit.value < 1 || digit.value > 9 || (close !== undefined && !isStop(close) && close.norm !== '\n')) return null;
  return { value: tens.value + digit.value, end: i + 3 };
}
