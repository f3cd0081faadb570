/**
 * "Both" or "all" said of a pair or a set of one casualty's ("burns to both hands", "lungs clear both sides",
 * "meloxicam and Tylenol, both PO"), not of every casualty (shared-phrases.ts).
 */
import type { Token } from '../text/tokenize.js';
import { isBoundary, norm } from './casualty-switch.js';

/** Words after "both" or "all" that make it a body part said twice, not every casualty ("burns to both hands"). */
const PAIRED_PARTS = new Set([
  'hands',
  'arms',
  'forearms',
  'legs',
  'thighs',
  'feet',
  'eyes',
  'ears',
  'sides',
  // "lungs sound equal both sides": the reader takes "sides" as "side".
  'side',
  'knees',
  'ankles',
  'shins',
  'calves',
  'lungs',
  'upper',
  'lower',
  'of',
  'the',
  'his',
  'her',
  'four',
  'extremities',
  'limbs',
  'wrists',
  'shoulders',
  // "meloxicam 15 mg and Tylenol 1300 mg, both PO": a route said of two drugs.
  'po',
  'iv',
  'io',
  'im',
  'in',
  'sl',
  'otfc',
]);

/** Words for the people a count of them is said of ("all four of them"). */
const THEM = new Set(['them', 'these', 'those']);

/**
 * True when "both"/"all" at token `i` is said of a body part, a drug's route or the like: the word after it names one.
 * "Both in HPMK at 1728." opening a sentence, "in" then a word, is both casualties put in something, not two drugs
 * given in the nose ("ketamine and fentanyl, both IN").
 */
export function saidOfPair(tokens: Token[], i: number): boolean {
  const inSomething = isBoundary(tokens[i - 1]) && norm(tokens, i + 1) === 'in' && tokens[i + 2]?.kind === 'word';
  // "Blankets on all four of them": a count of the people "them" says, not "all four" limbs.
  const countOfThem = tokens[i + 1]?.kind === 'number' && norm(tokens, i + 2) === 'of' && THEM.has(norm(tokens, i + 3));
  return PAIRED_PARTS.has(norm(tokens, i + 1)) && !inSomething && !countOfThem;
}
