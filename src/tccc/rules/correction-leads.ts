/**
 * The words a medic says between a correction marker and the phrase that corrects.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { isLocationWord } from './lexicon/body.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Marks between words that say nothing: a pause or a stop ("scratch that, 110 over 70"). */
export const isSkippable = (t: Token): boolean => t.norm === ',' || t.norm === '-' || t.norm === '.';
/** A lone "no" (or the radio's "negative") between pauses takes back what was just said. */
export const LONE_NO: ReadonlySet<string> = new Set(['no', 'negative']);
/** Pauses around a lone "no" that takes back what was just said ("left, no, right arm"; "TXA given \u2014 no, not given"). */
export const PAUSES: ReadonlySet<string> = new Set([',', '-', '...']);

/**
 * Words of having measured again, said after "no" before the reading that replaces the one taken back ("BP ninety
 * over, no, redid it, eighty-eight over fifty-eight"; "pulse one ten, no, rechecked, one oh four").
 */
export const MEASURED_AGAIN: readonly string[] = ['redid', 'redo', 'retook', 'rechecked', 'recounted', 'remeasured'];

/** Words between the marker and the corrected phrase that say nothing of its kind ("scratch that, the left forearm"). */
export const LEADING_WORDS: ReadonlySet<string> = new Set([
  ...MEASURED_AGAIN,
  'the',
  'that',
  'his',
  'her',
  'a',
  'an',
  'it',
  "it's",
  'its',
  // "morphine four milligrams i v no correction that's two milligrams"
  "that's",
  'was',
  'is',
  'on',
  'to',
  'in',
  'at',
  'gave',
  'give',
  'given',
  'just',
  // "no, make it 25 IV"
  'make',
  // "gave him ketamine, no, scratch that, gave him the fentanyl"; "no wait, going in the right humerus instead"
  'him',
  'going',
  // "oh-three-forty... no, scratch that, it went on at oh-three-thirty-eight": the act said again by its verb.
  'went',
  'put',
  // "250 ml IV at 0910 – correction, started 0912": a line's start said again by its verb.
  'started',
  // "pain's an eight, no wait, he says seven"
  'he',
  'she',
  "he's",
  "she's",
  'says',
  'said',
]);

/**
 * The first token from `i` that is not a leading word ("no, it's eighty over fifty": "eighty"), past the commas
 * between them ("no, redid it, eighty-eight over fifty-eight").
 */
export function afterLeadingWords(tokens: Token[], i: number): number {
  while (i < tokens.length && (LEADING_WORDS.has(tokens[i].norm) || tokens[i].norm === ',')) i++;
  return i;
}

/** Verbs that say how a place is, after a lone "no" ("no, hands are burned"). */
const STATE_VERBS = new Set(['are', 'is', "'s", 'were', 'was', "they're", "it's"]);
/** Words inside a place said before its state ("both his forearms are burned"); not a comma, which ends the place. */
const PLACE_WORDS = new Set(['both', 'the', 'his', 'her', 'of', 'side', 'upper', 'lower']);

/**
 * True when the place from token `i` is said with its state ("no, both forearms are burned, going IO"): the reason a
 * site will not do, not the place that corrects the one before ("left, no, right arm").
 */
export function placeWithState(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && (isLocationWord(tokens[j].norm) || PLACE_WORDS.has(tokens[j].norm))) j++;
  return j > i && STATE_VERBS.has(tokens[j]?.norm ?? '');
}

/**
 * Whether the "no" at `i` opens a line after a line that says one number and its stop, as a call ("Eleven
 * twenty-seven!" / "no, make it eleven twenty-eight"): it takes back the number called.
 */
export function answersCalledNumber(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== '\n') return false;
  const [called, stop, lineStart] = [tokens[i - 3], tokens[i - 2], tokens[i - 4]];
  return (
    isNumeric(called) && SENTENCE_ENDS.has(stop?.norm ?? '') && (lineStart === undefined || lineStart.norm === '\n')
  );
}
