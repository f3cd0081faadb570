/** The words of spoken numbers, by what each adds to a number ("two", "thirteen", "twenty", "hundred"). */

export const DIGIT_WORDS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  niner: 9,
  // Radio pronunciation (ACP 125): said so a digit survives a bad line.
  fife: 5,
  fower: 4,
  tree: 3,
  wun: 1,
  too: 2,
  ait: 8,
};
/** Radio digits that are also plain words ("fell from a tree", "him too"): a digit only next to another number word. */
export const RADIO_HOMONYMS = new Set(['tree', 'too']);
/** Radio digits no plain word shares: a run holding one is said the radio way ("wun too", "fife tree"). */
export const RADIO_ONLY_DIGITS = new Set(['wun', 'fower', 'fife', 'niner', 'ait']);
export const ARTICLES = new Set(['a', 'the', 'that', 'this']);
export const TEEN_WORDS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1000, tousand: 1000 };
/** Units of a dose or volume: "thousand milligrams" is a quantity ("hundred percent" is left as said). */
export const DOSE_UNIT_WORDS = new Set([
  'mg',
  'mcg',
  'g',
  'gram',
  'grams',
  'milligrams',
  'micrograms',
  'ml',
  'mls',
  'cc',
]);
export const has = (table: Record<string, number>, w: string): boolean =>
  Object.prototype.hasOwnProperty.call(table, w);

/** True for words that can be part of a spoken number ("oh" only inside a run). */
export function isNumberWord(w: string): boolean {
  return has(DIGIT_WORDS, w) || has(TEEN_WORDS, w) || has(TENS_WORDS, w) || has(SCALE_WORDS, w);
}
