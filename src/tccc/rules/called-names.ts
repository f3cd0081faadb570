/**
 * Casualties known only by the names the medic calls them while treating: "Hey, Diaz, I'm going to help Sims
 * first … Sims. Sims! Look at me. … Diaz, okay, your turn. … Back to Sims." A name called that way twice or
 * more, by two names at least, says the narrative covers those casualties, in the order first called.
 */
import type { Token } from '../text/tokenize.js';
import { besideAt, isBoundary, norm } from './switch-words.js';
import { NAME_WORD } from './name-shape.js';
import { RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';

/** Words a medic calls out that are no one's name ("Okay, Doc.", "Hey, buddy."). */
const NOT_CALLED = new Set([
  'okay',
  'ok',
  'alright',
  'doc',
  'medic',
  'buddy',
  'man',
  'sir',
  'sarge',
  'hey',
  'no',
  'yes',
]);
const VOCATIVE_ENDS = new Set([',', '.', '!', '?']);

const isNameWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && NAME_WORD.test(t.raw) && !NOT_CALLED.has(t.norm);

/**
 * Orders a medic gives a helper after calling his name ("Hey Reyes, tell 'em one female, urgent", "Okay Kim, get the
 * litter"): whoever is so called works on the casualty and is not one.
 */
const HELPER_ORDERS = new Set(['tell', 'call', 'get', 'grab', 'bring', 'hand', 'pass', 'go', 'run', 'send', 'radio']);

/**
 * True when the capitalized word at `i` is called out: "Hey, W,", "Okay W,", "Now W," (the medic turning to him: "Now
 * Kowalski, where you hit?"), "Back to W", "Moving to W", "W, okay, your turn", "W. W!".
 */
function calledAt(tokens: Token[], i: number): boolean {
  if (!isNameWord(tokens[i])) return false;
  if (norm(tokens, i + 1) === ',' && HELPER_ORDERS.has(norm(tokens, i + 2))) return false;
  const w = tokens[i].norm;
  const prev = norm(tokens, i - 1);
  const ends = VOCATIVE_ENDS.has(norm(tokens, i + 1));
  if (ends && (prev === 'hey' || (prev === ',' && norm(tokens, i - 2) === 'hey'))) return true;
  if ((prev === 'okay' || prev === 'ok' || prev === 'now') && norm(tokens, i + 1) === ',') return true;
  // "Back to W", and the medic moving on to him ("Moving to W.", "Going over to W.", "Moving on to W,").
  if (prev === 'to' && TURNS_TO.has(norm(tokens, norm(tokens, i - 2) === 'on' ? i - 3 : i - 2))) return true;
  // "Erik, look at me.", "Alvarez, talk to me.": words only a casualty is told, after his name.
  if (norm(tokens, i + 1) === ',' && toldCasualty(tokens, i + 2)) return true;
  const turn = norm(tokens, i + 2) === 'okay' ? i + 4 : i + 2;
  if (norm(tokens, i + 1) === ',' && norm(tokens, turn) === 'your' && norm(tokens, turn + 1) === 'turn') return true;
  // "Sims. Sims!": the name said alone twice running, and said again elsewhere; a word shouted twice and never again
  // is an urging ("Tighter. Tighter!", "Push. Push!"), no one's name.
  const twice =
    isBoundary(tokens[i - 1]) && ends && norm(tokens, i + 2) === w && VOCATIVE_ENDS.has(norm(tokens, i + 3));
  return twice && saidElsewhere(tokens, i, i + 3);
}

/** Verbs of the medic's turning to someone, before "to" ("Back to W", "Moving to W", "Going over to W"). */
const TURNS_TO = new Set(['back', 'moving', 'over', 'switching']);

/** What a medic tells the casualty he treats to keep him with him ("look at me", "stay with me") or who he is ("it's Doc"). */
const TOLD_CASUALTY = [
  'look at me',
  'talk to me',
  'stay with me',
  'can you hear me',
  'open your eyes',
  'squeeze my hand',
  // "Jiang, let me see it.": the wound shown to the medic is the one called's own.
  // "Lindqvist, stay still.": only the one being treated is told to keep still.
  'stay still',
  'hold still',
  'stay put',
  "don't move",
  'let me see it',
  'let me see that',
  'let me see your',
  'show me your',
  // "Ramirez, it's Doc.": who is treating him, told the one he treats.
  "it's doc",
  "it's the doc",
  "it's the medic",
  "it's your medic",
  "it's your doc",
];

/** True when the words from token `i` are ones a medic tells the casualty he treats. */
const toldCasualty = (tokens: Token[], i: number): boolean =>
  TOLD_CASUALTY.some((p) => p.split(' ').every((w, k) => norm(tokens, i + k) === w));

/** True when the word at `i` is said again outside tokens `from`..`to` (the doubled call itself). */
const saidElsewhere = (tokens: Token[], from: number, to: number): boolean =>
  tokens.some((t, k) => (k < from || k > to) && t.norm === tokens[from].norm);

/** Longest sentence that is only a call ("Alvarez, your turn.", "Okay, Diaz, your turn now."). */
const CALL_WORDS = 6;

/**
 * The token of the other name called in the sentence right before the name called at `i`, that sentence only a call
 * ("Alvarez, your turn. Marco, look at me."): a medic calls the one he turns to by surname, then by given name; the
 * two are one person. -1 when the name at `i` is said elsewhere too, or is no call.
 */
export function surnameCalledBefore(tokens: Token[], i: number): number {
  if (!['.', '!', '?'].includes(norm(tokens, i - 1)) || saidElsewhere(tokens, i, i) || !calledAt(tokens, i)) return -1;
  let from = i - 2;
  while (from > 0 && !['.', '!', '?', '\n'].includes(norm(tokens, from - 1))) from--;
  if (i - 1 - from > CALL_WORDS) return -1;
  const call = tokens.slice(from, i - 1).findIndex((t, k) => t.norm !== tokens[i].norm && calledAt(tokens, from + k));
  return call < 0 ? -1 : from + call;
}

/** The names called out in the narrative, in the order first called; empty unless two or more are. */
export function calledNames(tokens: Token[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (calledAt(tokens, i) && !names.includes(tokens[i].norm) && surnameCalledBefore(tokens, i) < 0)
      names.push(tokens[i].norm);
  return names.length >= 2 ? names : [];
}

/**
 * "This one first: … Now Sánchez, slashed across …": once a first casualty is designated, one name called as the medic
 * turns to him ("Now W,", "Okay W,") is the next casualty's, though no other is called; in the order called.
 */
export function turnCalledNames(tokens: Token[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const turn = ['now', 'okay', 'ok'].includes(norm(tokens, i - 1)) && isBoundary(tokens[i - 2]);
    if (turn && calledAt(tokens, i) && !names.includes(tokens[i].norm)) names.push(tokens[i].norm);
  }
  return names;
}

/** The index in `names` of a called name said at token `i` to open a phrase ("Sims. Sims!", "Okay Sims,", "Diaz, okay"); -1 otherwise. */
export function callTo(tokens: Token[], i: number, names: readonly string[]): number {
  const k = names.indexOf(tokens[i]?.norm ?? '');
  if (k < 0 || !isNameWord(tokens[i])) return -1;
  const prev = norm(tokens, i - 1);
  // "Back to Sims." turns to him; "sit here next to Cole." only says where someone else sits.
  const opens =
    isBoundary(tokens[i - 1]) || (['hey', 'okay', 'ok', 'to', 'now'].includes(prev) && !besideAt(tokens, i));
  return opens && VOCATIVE_ENDS.has(norm(tokens, i + 1)) ? k : -1;
}

/**
 * A first name called ("Erik, look at me") of someone named in full after his rank ("PFC Erik Lindqvist"): that
 * casualty's key (his surname, so the call and the full name are one casualty) and his name as written; else undefined.
 */
export function fullCalledName(tokens: Token[], name: string): { key: string; name: string } | undefined {
  for (let i = 1; i + 1 < tokens.length; i++)
    if (tokens[i].norm === name && RANK_WORDS.has(norm(tokens, i - 1)) && isNameWord(tokens[i + 1]))
      return { key: tokens[i + 1].norm, name: `${tokens[i].raw} ${tokens[i + 1].raw}` };
  return undefined;
}

/**
 * The token of the surname of the one person named in full after a rank whose first name is `word` ("Lance Corporal
 * Hana Kobayashi … Hana: pulse ninety"): the first name said alone may be that person. -1 when no ranked full name or
 * two of them have it, and for a rank word ("Lance Corporal Ortiz … Corporal Park": "Corporal" is no first name).
 */
export function surnameOfGivenName(tokens: Token[], word: string): number {
  if (RANK_WORDS.has(word) || RANK_CONTINUATIONS.has(word)) return -1;
  const found = tokens.flatMap((t, i) =>
    t.norm === word && RANK_WORDS.has(norm(tokens, i - 1)) && isNameWord(tokens[i + 1]) ? [i + 1] : [],
  );
  return found.length > 0 && found.every((k) => tokens[k].norm === tokens[found[0]].norm) ? found[0] : -1;
}
