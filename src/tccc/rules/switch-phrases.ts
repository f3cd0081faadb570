/**
 * Tests on the words around a casualty switch that `casualty-switch.ts` reads it with: whether a phrase opens
 * where a casualty can be named, a name said alone after a label, an ordinal in a series, the lexicon's words.
 */
import type { Token } from '../text/tokenize.js';
import { lexiconMatches } from './lexicon/index.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { CREW_ROLES } from './lexicon/people.js';
import { PRIORITY_WORDS, rankedName } from './list-cues.js';
import { isBoundary, norm } from './switch-words.js';
import { SENTENCE_ENDS, opensSentence } from './sentence-ends.js';
import { NAME_WORD } from './name-shape.js';

/** Ordinal words and the casualty number each says. */
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** The words naming a wound after "with" at token `i` ("the chest wound", "the burns"), up to a pause or verb; else undefined. */
export function woundSaid(tokens: Token[], i: number): string | undefined {
  const words: string[] = [];
  for (let j = i; j < i + 5 && !isBoundary(tokens[j]) && !['has', 'is', 'got', 'was'].includes(norm(tokens, j)); j++)
    if (!['the', 'a', 'an', 'his', 'her'].includes(norm(tokens, j))) words.push(norm(tokens, j));
  return words.length > 0 ? words.join(' ') : undefined;
}

/** True when the sentence of the rank at `i` names another ranked person after it ("SPC Reyes and PFC Ward."). */
export function namesAnotherRanked(tokens: Token[], i: number): boolean {
  for (let j = i + 2; j < tokens.length && !SENTENCE_ENDS.has(norm(tokens, j)); j++)
    if (RANK_WORDS.has(norm(tokens, j)) && !RANK_WORDS.has(norm(tokens, j - 1)) && rankedName(tokens, j)) return true;
  return false;
}

/** Words after a name that make it the subject of what follows ("amaya is urgent", "vega urgent surgical"). */
// "olsen now small wound": a name said with a word that turns to him.
const AFTER_SUBJECT = new Set([
  'is',
  'was',
  'got',
  'has',
  'says',
  'urgent',
  'priority',
  'routine',
  'expectant',
  'now',
  'next',
  // "azad is urgent rebin stays priority": what a triage stays or becomes.
  'stays',
  'remains',
  'becomes',
]);
/** Signs a recogniser's text says right after whose they are ("pryce pulse one twenty", "medina b p ninety"). */
const SIGNS_AFTER_SUBJECT = new Set(['pulse', 'hr', 'bp', 'resps', 'respirations', 'rr', 'sats', 'spo2', 'gcs']);

/**
 * A word that opens a clause of speech: it ends in 's ("kim's bleeding"), or a word said after a subject follows, or
 * a sign read of him ("pryce pulse one twenty").
 */
const opensClause = (tokens: Token[], i: number): boolean =>
  /'s$/.test(norm(tokens, i)) ||
  AFTER_SUBJECT.has(norm(tokens, i + 1)) ||
  SIGNS_AFTER_SUBJECT.has(norm(tokens, i + 1)) ||
  (norm(tokens, i + 1) === 'b' && norm(tokens, i + 2) === 'p');

/**
 * True when a known casualty's `name` at `i` opens a clause of a recogniser's text ("amaya is urgent", "olsen now
 * small wound"); or "first" follows a name already said ("… private kims right foot … kim first foots bleeding"),
 * which turns to him; at the name's first saying ("okay sanchez first both of them got hurt …") it only says whom the
 * medic starts with.
 */
export const opensSpokenClause = (tokens: Token[], i: number, name: string): boolean =>
  opensClause(tokens, i) ||
  (norm(tokens, i + 1) === 'first' && tokens.some((t, k) => k < i && (t.norm === name || t.norm === `${name}s`)));

const readsOf = new WeakMap<Token[], Set<number>>();
/** The indexes of the tokens the lexicon reads as something (once per narrative): such a word is no one's name. */
export function lexiconReads(tokens: Token[]): Set<number> {
  let reads = readsOf.get(tokens);
  if (!reads) {
    reads = new Set(
      lexiconMatches(tokens).flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)),
    );
    readsOf.set(tokens, reads);
  }
  return reads;
}

const unpunctuatedOf = new WeakMap<Token[], boolean>();
/** True when the narrative has no punctuation between its words, as a speech recogniser prints it (once per narrative). */
export function unpunctuated(tokens: Token[]): boolean {
  let known = unpunctuatedOf.get(tokens);
  if (known === undefined)
    unpunctuatedOf.set(tokens, (known = !tokens.some((t) => ['.', ',', ';', '!', '?'].includes(t.norm))));
  return known;
}

/**
 * True when "the" at token `i` opens a phrase that can name a casualty: after a pause, a lead-in ("back to the
 * driver", "and the gunner") or "is"; not after another word ("according to the interpreter", "told the driver").
 */
export function opensPhrase(tokens: Token[], i: number): boolean {
  const before = norm(tokens, i - 1);
  if (isBoundary(tokens[i - 1]) || ['and', 'plus', 'now', 'then', 'so', 'ok', 'okay', 'is', 'was'].includes(before))
    return true;
  // "First the grandmother.": the order the medic takes them in, opening the sentence.
  if (before === 'first' && isBoundary(tokens[i - 2])) return true;
  // "Back on the gunner, …", "Recheck on the driver at 1110: …": the medic turns to him again.
  if (before === 'on' && RETURNS_ON.has(norm(tokens, i - 2))) return true;
  return before === 'to' && ['back', 'on', 'over', 'moving'].includes(norm(tokens, i - 2));
}

/** Words before "on the" that turn back to someone ("back on the gunner", "recheck on the driver"). */
const RETURNS_ON = new Set(['back', 'recheck', 'reassess', 'reassessment', 'update']);

const theOtherOf = new WeakMap<Token[], boolean>();
/**
 * True when the narrative speaks of "this guy" and then of "the other one" or "the other guy" (once per narrative):
 * "this guy" is then one casualty. Said only after "the other one" ("The other one, the gunner, … This guy's pulse
 * is one ten"), "this guy" is the one being spoken of.
 */
export function saysTheOther(tokens: Token[]): boolean {
  let known = theOtherOf.get(tokens);
  if (known === undefined) {
    const thisGuy = tokens.findIndex((t, i) => t.norm === 'this' && /^guy(?:'s)?$/.test(norm(tokens, i + 1)));
    known = tokens.some(
      (t, i) =>
        i > thisGuy &&
        t.norm === 'other' &&
        norm(tokens, i - 1) === 'the' &&
        ['one', 'guy', "one's", "guy's"].includes(norm(tokens, i + 1)),
    );
    theOtherOf.set(tokens, known);
  }
  return known;
}

/** Words before "the other one" that make it a person spoken of, not the object of an act. */
const BEFORE_PERSON = new Set(['to', 'and', 'now', 'on', 'so', 'ok', 'okay', 'then', 'with', 'for', 'is', 'alright']);
/** "I didn't patch the other one.": "the other one" (at token `i`, "other") closing an act's phrase is a thing. */
export const objectOfAct = (tokens: Token[], i: number): boolean =>
  norm(tokens, i + 1) === 'one' &&
  isBoundary(tokens[i + 2]) &&
  !isBoundary(tokens[i - 2]) &&
  !BEFORE_PERSON.has(norm(tokens, i - 2));

/**
 * True when the ordinal at `i` heads an item: before a comma or colon, or before "the" and one word set off by a
 * comma ("First the soldier, PFC Nilsson, …").
 */
const headsItem = (tokens: Token[], i: number): boolean =>
  [',', ':'].includes(norm(tokens, i + 1)) ||
  (norm(tokens, i + 1) === 'the' && tokens[i + 2]?.kind === 'word' && norm(tokens, i + 3) === ',');

/**
 * True when another ordinal one before or after this one also opens a sentence heading an item ("First, … Second,
 * …"), or saying who the next one is ("Third, the vic commander, … Fourth is the Afghan soldier …").
 */
export function inOrdinalSeries(tokens: Token[], i: number): boolean {
  if (!headsItem(tokens, i)) return false;
  const n = ORDINALS[norm(tokens, i)];
  return tokens.some(
    (_, j) =>
      j !== i &&
      Math.abs((ORDINALS[norm(tokens, j)] ?? 0) - n) === 1 &&
      isBoundary(tokens[j - 1]) &&
      (headsItem(tokens, j) || norm(tokens, j + 1) === 'is'),
  );
}

/** Capitalized words that open a phrase but are no name. */
const NOT_NAMES = new Set([
  'he',
  'she',
  'his',
  'her',
  'the',
  'this',
  'that',
  'they',
  'we',
  'i',
  'ok',
  'okay',
  'so',
  'and',
  'both',
  'all',
  'same',
  'no',
  'pt',
  'casualty',
  'patient',
  'male',
  'female',
]);

/** The MIST headings said in the phonetic alphabet on the radio ("Mike, gunshot. India, GSW …"). */
const MIST_LETTERS = new Set(['mike', 'india', 'sierra', 'tango']);

/**
 * True when the word at `i` is a MIST heading in the phonetic alphabet and the narrative heads another part of
 * the report the same way ("First casualty: Mike, gunshot. India, GSW left shoulder."): a heading, no name.
 */
const mistHeading = (tokens: Token[], i: number): boolean =>
  MIST_LETTERS.has(norm(tokens, i)) &&
  tokens.some(
    (t, k) => MIST_LETTERS.has(t.norm) && t.norm !== norm(tokens, i) && [',', ':'].includes(norm(tokens, k + 1)),
  );

/**
 * "Patient 1, Kowalski, …": one capitalized word set off by punctuation right after a label; or a first name and a
 * surname ("Now the second: Oksana Melnyk, female"), or either after a word for a soldier ("First is soldier Taras
 * Bondar, male."), as a medic writing without ranks names his casualty; a capitalized word before both is a rank.
 */
export function loneName(tokens: Token[], i: number, openers = [',', ':', '(']): string | undefined {
  if (!openers.includes(norm(tokens, i))) return undefined;
  const soldier = PERSON_WORDS.has(tokens[i + 1]?.raw ?? '');
  let from = soldier ? i + 2 : i + 1;
  // "Casualty 1: Adjudant Paul Marchand, …": a rank of another army, capitalized before a first name and surname.
  // After a word for a soldier the three are all his name ("First, soldier Hassan Abdullahi Nur, male.").
  const titled = [0, 1, 2].every((k) => nameWord(tokens[from + k]) && (k === 0 || tokens[from + k].spaced));
  if (titled && [',', ':', ')', '.', ';'].includes(norm(tokens, from + 3))) {
    if (soldier)
      return tokens
        .slice(from, from + 3)
        .map((t) => t.raw)
        .join(' ');
    from++;
  }
  if (!nameWord(tokens[from])) return undefined;
  if (mistHeading(tokens, from)) return undefined;
  const full = nameWord(tokens[from + 1]) && tokens[from + 1].spaced;
  const end = full ? from + 2 : from + 1;
  if (![',', ':', ')', '.', ';'].includes(norm(tokens, end))) return undefined;
  return full ? `${tokens[from].raw} ${tokens[from + 1].raw}` : tokens[from].raw;
}

/** Lower-case words for a soldier said before his name where a rank would stand ("soldier Taras Bondar"). */
const PERSON_WORDS = new Set(['soldier', 'marine', 'sailor', 'airman', 'civilian']);

/** A capitalized word that may be a name: no crew role ("Passenger, female, …" is what he is) nor a word of the card. */
const nameWord = (t: Token | undefined): t is Token =>
  t !== undefined &&
  t.kind === 'word' &&
  t.raw.length >= 2 &&
  NAME_WORD.test(t.raw) &&
  !NOT_NAMES.has(t.norm) &&
  // "Tag one-zero-three. Minimal. No name yet.": a triage category is what he is.
  !PRIORITY_WORDS.has(t.norm) &&
  !CREW_ROLES.has(t.norm) &&
  !RANK_WORDS.has(t.norm);

/** True when punctuation at token `i` is followed by a lone capitalized name ("Next. Dawes.", "First, Hollis."). */
export const namedAfter = (tokens: Token[], i: number): boolean => loneName(tokens, i, [',', '.', ':']) !== undefined;

/** Words that say who a role is ("the male is the driver", "he is the TC"), never a thing that is his. */
const WHO_WORDS = new Set(['he', 'she', 'this', 'that', 'male', 'female', 'one', 'guy', 'man', 'woman', 'patient']);

/**
 * "Penicillin is the TC, Voss.": a thing said to be a role's (before "is" and the role's "the" at `the`, a word the
 * narrative writes in lower case too) says whose it is; it is no switch to that one, nor a role of the one spoken of.
 */
export function thingIsRole(tokens: Token[], the: number): boolean {
  const subject = tokens[the - 2];
  return (
    norm(tokens, the) === 'the' &&
    norm(tokens, the - 1) === 'is' &&
    subject?.kind === 'word' &&
    !WHO_WORDS.has(subject.norm) &&
    tokens.some((t) => t !== subject && t.norm === subject.norm && t.raw === t.raw.toLowerCase())
  );
}

/** Most words of the station called before "this is" ("Gator two-two", "Dustoff one six"). */
const STATION_WORDS = 4;

/**
 * "Gator two-two, this is the TC.": a radio call's sender naming himself by his role (the role's "the" at `the`),
 * after the station he calls at the sentence's start; the one who speaks, never a casualty turned to.
 */
export function callerRole(tokens: Token[], the: number): boolean {
  const comma = the - 3;
  if (norm(tokens, the) !== 'the' || norm(tokens, the - 1) !== 'is' || norm(tokens, the - 2) !== 'this') return false;
  let start = comma;
  while (start > 0 && !opensSentence(tokens, start) && !isBoundary(tokens[start - 1])) start--;
  return (
    norm(tokens, comma) === ',' && opensSentence(tokens, start) && comma - start >= 1 && comma - start <= STATION_WORDS
  );
}
