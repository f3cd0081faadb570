/**
 * The narrative as the grounding check reads it, built on the rules engine's own tokenizer and spoken-number
 * reader (text/), so "one thirty", "fourteen thirty two", "thirteen hundred" and "1432" mean the same here as there.
 */
import { mergeNumberWords } from './text/numbers.js';
import { tokenize, type Token } from './text/tokenize.js';

const NATO: Record<string, string> = {
  alpha: 'A', alfa: 'A', bravo: 'B', charlie: 'C', delta: 'D', echo: 'E', foxtrot: 'F', golf: 'G', hotel: 'H', india: 'I',
  juliet: 'J', juliett: 'J', kilo: 'K', lima: 'L', mike: 'M', november: 'N', oscar: 'O', papa: 'P', quebec: 'Q', romeo: 'R',
  sierra: 'S', tango: 'T', uniform: 'U', victor: 'V', whiskey: 'W', whisky: 'W', xray: 'X', yankee: 'Y', zulu: 'Z',
};

export interface NarrativeReading {
  /** Words and numbers in order, lower-case; a spoken number is one entry, its value ("one thirty" → "130"). */
  words: string[];
  /** Every number stated, as decimal strings: values and spoken digit strings ("0915" → "915"). */
  numbers: Set<string>;
  /** The numbers stated by entry `index - 1` of `words` (to tie an amount to the unit after it). */
  numbersBefore(index: number): Set<string>;
  /** Letters and digits run together, NATO words as letters, upper-case: for grids and roster numbers. */
  squashed: string;
}

const readingsOf = (t: Token): string[] =>
  t.value === undefined ? [] : [String(t.value), ...(t.digits !== undefined ? [String(Number(t.digits))] : [])];

/** Reads a narrative once for all grounding questions. */
export function readNarrative(text: string): NarrativeReading {
  const tokens = mergeNumberWords(tokenize(text)).filter((t) => t.kind !== 'punct');
  const numbers = new Set(tokens.flatMap(readingsOf));
  return {
    words: tokens.map((t) => (t.value !== undefined && t.kind === 'number' && t.spoken ? String(t.value) : t.norm)),
    numbers,
    numbersBefore: (index) => new Set(index > 0 ? readingsOf(tokens[index - 1]!) : []),
    squashed: tokens.map((t) => t.digits ?? NATO[t.norm.replace('-', '')] ?? t.norm.toUpperCase()).join(''),
  };
}

/** Lower-case words of a short value ("Luis Alvarado", "2nd Platoon"), the way narratives are read. */
export function wordsOf(text: string): string[] {
  return tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.norm);
}
