/**
 * The field labels of a casualty card (the DD 1380 and the cards copied from it), written out or cut short as a
 * medic fills it in: "Inj: frag L thigh", "Allg: NKDA", "Fluids: -", "Dsg: Israeli R shoulder 1952". A label heads
 * a field, never a casualty, so "Inj:" or "Allg:" opening a line is no one's name.
 */
import type { Token } from '../text/tokenize.js';
import { opensSentence } from './sentence-ends.js';
import { norm } from './switch-words.js';

const CARD_FIELDS = new Set([
  'name',
  'rank',
  'sex',
  'date',
  'unit',
  'roster',
  'brn',
  'inj',
  'injs',
  'wound',
  'wounds',
  'allg',
  'allergy',
  'allergen',
  'fluids',
  'fluid',
  'blood',
  'access',
  'airway',
  'breathing',
  'circ',
  'circulation',
  'dsg',
  'dsgs',
  'dressing',
  'dressings',
  'hemorrhage',
  'abx',
  'drugs',
  'procedures',
  'analgesia',
  'analgesic',
  'antibiotic',
  'antibiotics',
  'mech',
  'loc',
  'cat',
  'evacuation',
  'vs',
  'disposition',
]);

/** True for a word that labels a field of a casualty card ("Inj", "Allg", "Fluids"), lower-cased. */
export const isCardField = (word: string): boolean => CARD_FIELDS.has(word);

/**
 * True when token `i` opens a card's field: a sentence's first token, or one after a pause, as a card read aloud
 * field by field gives them ("… holds pressure... name, Daniel Reyes... roster, romeo delta four four one seven...").
 */
export const opensCardField = (tokens: readonly { readonly norm: string }[], i: number): boolean =>
  opensSentence(tokens, i) || tokens[i - 1]?.norm === '...';

/**
 * Tokens that end the value written in a card's field: a line, a pipe, a slash, a semicolon, a comma or a stop
 * ("TQ: N/A | TXA: -", "TQ 2: same, 0619").
 */
export const FIELD_VALUE_ENDS: ReadonlySet<string> = new Set(['\n', '|', '/', ';', ',', '.']);

/**
 * Where the value of a field label from `start` to `end` begins: past a comma when the label opens its sentence or
 * follows a pause, as a card read aloud gives it ("Allergies, none known.", "… roster, romeo delta four four one seven").
 */
export function cardValue(doc: { tokens: readonly { readonly norm: string }[] }, start: number, end: number): number {
  const opens = opensCardField(doc.tokens, start);
  return opens && doc.tokens[end]?.norm === ',' ? end + 1 : end;
}

/** What follows "card is" when it says whose the card is ("card is for the TC", "card is casualty two"). */
const WHOSE_AFTER = new Set(['for', 'the', 'casualty', 'cas', 'patient', 'pt']);
/**
 * True when a narrative says which casualty's card it is ("this card is casualty two", "This card: Cas 2"); not one
 * that speaks of a card's state ("it was 20, card is fixed", "card is half filled in").
 */
export const namesItsCard = (tokens: Token[]): boolean => tokens.some((_, i) => saysWhoseCard(tokens, i));

/** True when token `i` is "card" in words that say whose card this is ("this card", "card is for the TC"). */
export const saysWhoseCard = (tokens: Token[], i: number): boolean =>
  norm(tokens, i) === 'card' &&
  (norm(tokens, i - 1) === 'this' || (norm(tokens, i + 1) === 'is' && WHOSE_AFTER.has(norm(tokens, i + 2))));

/** "this card is casualty two", "My casualty is PFC Baker", "Passenger is this casualty": the narrative says which one it is for. */
export const saysWhose = (tokens: Token[]): boolean =>
  namesItsCard(tokens) ||
  tokens.some(
    (t, i) =>
      ['casualty', 'patient'].includes(tokens[i + 1]?.norm ?? '') &&
      ((t.norm === 'my' && tokens[i + 2]?.norm === 'is') || (t.norm === 'this' && tokens[i - 1]?.norm === 'is')),
  );
