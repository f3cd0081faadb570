/**
 * What the words around a role say of whom it names: someone turned to ("moving on to the kid"), brought in ("there's
 * the little girl", "His granddaughter, …"), said to be the one being spoken of ("she's the mom"), or given a category anew ("make the
 * passenger priority"). `casualty-switch.ts` reads a role as a casualty's switch with them.
 */
import type { Token } from '../text/tokenize.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { isBoundary, norm } from './switch-words.js';
import { CHILD_ROLES, KIN_ROLES } from './lexicon/people.js';

/** Words that turn to someone named right after "the" ("moving on to the kid", "starting with the driver"). */
const TURNS: readonly (readonly string[])[] = [
  ['moving', 'to'],
  ['moving', 'on', 'to'],
  ['moving', 'over', 'to'],
  ['back', 'to'],
  ['over', 'to'],
  ['switching', 'to'],
  ['starting', 'with'],
  ['starting', 'on'],
];

/**
 * True at a role or a person turned to ("starting with the driver … moving to the passenger", "moving on to the
 * kid"): the turn itself says the narrative goes from one casualty to another, though it never counted them.
 */
export const turnedTo = (tokens: Token[], i: number): boolean =>
  norm(tokens, i - 1) === 'the' &&
  TURNS.some((turn) => turn.every((word, k) => norm(tokens, i - 1 - turn.length + k) === word));

/** True at a role said to be the casualty being spoken of: "the male is the driver", "The driver, she's the mom". */
export const saidOfCurrent = (tokens: Token[], i: number): boolean =>
  norm(tokens, i - 1) === 'the' &&
  // "This one's the driver, Specialist Ana Delgado": the one the medic is with.
  ['is', 'was', "he's", "she's", "one's"].includes(norm(tokens, i - 2)) &&
  !broughtIn(tokens, i - 1);

/** True at a role brought in by "there's the" ("Then there's the little girl in the back"): someone new. */
export const broughtIn = (tokens: Token[], the: number): boolean =>
  norm(tokens, the) === 'the' &&
  (norm(tokens, the - 1) === "there's" || (norm(tokens, the - 1) === 'is' && norm(tokens, the - 2) === 'there'));

/** Verbs that give a casualty a triage category anew ("actually make the passenger priority"). */
const RETRIAGES = new Set(['make', 'making', 'made', 'call', 'put']);

/**
 * True at "make the passenger priority" (the article at `the`, the category at `category`): a role given a category
 * anew is that casualty, wherever the words stand (speech with no stops: "both routine actually make the passenger
 * priority").
 */
export const retriaged = (tokens: Token[], the: number, category: number): boolean =>
  norm(tokens, the) === 'the' && RETRIAGES.has(norm(tokens, the - 1)) && PRIORITY_WORDS.has(norm(tokens, category));

/** Verbs a medic goes to a casualty with ("First I go to …", "Second, I went over to …", "First I checked …"). */
const GOES_TO = new Set([
  'go',
  'went',
  'get',
  'got',
  'move',
  'moved',
  'run',
  'ran',
  'check',
  'checked',
  'treat',
  'treated',
]);
/** Words between the verb and whom he goes to ("went over to", "go straight to"). */
const ON_THE_WAY = new Set(['to', 'over', 'on', 'straight', 'first']);

/**
 * The token where a rank and name start after an ordinal at `i` opening a sentence and the medic going to him ("First
 * I go to Private Hassan Qureshi.", "Second, I went over to Sergeant Bell"), else undefined: the ordinal counts him.
 */
export function wentToRanked(tokens: Token[], i: number, rankedAt: (j: number) => boolean): number | undefined {
  let j = i + 1 + (norm(tokens, i + 1) === ',' ? 1 : 0);
  if (norm(tokens, j) !== 'i' || !GOES_TO.has(norm(tokens, j + 1))) return undefined;
  j += 2;
  while (ON_THE_WAY.has(norm(tokens, j)) && j < i + 7) j++;
  return rankedAt(j) ? j : undefined;
}

/**
 * "His granddaughter, about 20, was upstairs.": once several are said, a sentence opening with "his" or "her" and a
 * family role brings in that relative of the one just spoken of, a casualty of her own.
 */
export function kinOpening(tokens: Token[], i: number, role: string): boolean {
  const owner = norm(tokens, i - 1);
  return (
    (owner === 'his' || owner === 'her') &&
    isBoundary(tokens[i - 2]) &&
    (KIN_ROLES.has(role) || CHILD_ROLES.has(role) || role === 'wife' || role === 'husband')
  );
}
