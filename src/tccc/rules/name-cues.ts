/**
 * Cues that a capitalized word opening a sentence is a casualty's name: the subject of a clause about what he has
 * ("Boyd has burns"), a name before a triage category ("Johnson urgent"), a name turned to ("Now moving to Smith,").
 * `casualty-switch.ts` and `referents.ts` read casualties with them.
 */
import type { Token } from '../text/tokenize.js';
import { NATO_LETTERS, RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { CREW_ROLES, KIN_ROLES } from './lexicon/people.js';
import { BODY_PART_WORDS, UNMAPPED_PARTS } from './lexicon/body.js';
import { VEHICLES } from './lexicon/mechanisms.js';
import { isCareAct } from './caregivers.js';
import { isHeadingWord, opensSentenceOrHeading, rankedName } from './list-cues.js';
import { SUBJECT_VERBS, norm } from './switch-words.js';

/** Capitalized words before a verb that are no one's name ("I've got", "Everyone is", "Casualty has"). */
const NOT_SUBJECT_NAMES = new Set([
  'he',
  'she',
  'it',
  'i',
  'we',
  'you',
  'they',
  'her',
  'his',
  'him',
  'this',
  'that',
  'there',
  'who',
  'what',
  'everyone',
  'everybody',
  'someone',
  'nobody',
  'one',
  'other',
  // An ordinal opening a casualty's words ("Fourth is the Afghan soldier …") counts him, never names him.
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'casualty',
  'patient',
  'pt',
  'okay',
  'ok',
  'so',
  'then',
  'now',
  'and',
  'but',
  'still',
  'just',
  // "Already had an 18g in the L AC": an adverb opening a sentence whose subject is left unsaid.
  'already',
  'also',
  'never',
  'only',
  // Roles, which name a casualty as roles do ("Driver is urgent surgical").
  ...CREW_ROLES,
  ...KIN_ROLES,
  'medic',
  'doc',
  'female',
  'male',
  // The fight itself, the subject of a sentence on how it went ("Fight was done by 0340", "Firefight lasted ten minutes").
  'fight',
  'firefight',
  'engagement',
  'ambush',
  'attack',
  'assault',
  'raid',
  'battle',
]);

/**
 * True when a word is no one's name whatever its case: a pronoun or common word, a heading, a rank, or a part of the
 * body ("Pelvis is unstable, she's pale": the subject of a clause about a wound).
 */
export const neverName = (w: string): boolean =>
  NOT_SUBJECT_NAMES.has(w.replace(/'(?:s|ve|m|ll|re|d)$/, '')) ||
  isHeadingWord(w) ||
  RANK_WORDS.has(w) ||
  Object.hasOwn(BODY_PART_WORDS, w) ||
  UNMAPPED_PARTS.has(w) ||
  // "Cougar got hit by an IED": a vehicle is no one.
  VEHICLES.includes(w) ||
  // "Packing was at oh-six-forty": the care done, said as a noun, is no one.
  isCareAct(w.replace(/'s$/, ''));

/**
 * "Jones took frag to the right leg", "Smith has a GSW": a capitalized word that no lexicon reads (`known`), as the
 * subject of a clause about what the casualty has; its name, lower-cased, else undefined. `lowerCase` reads a
 * recogniser's text, which prints no capitals ("jones has a gsw").
 */
export function subjectNameAt(
  tokens: Token[],
  i: number,
  known: (i: number) => boolean,
  lowerCase = false,
): string | undefined {
  const t = tokens[i];
  const shape = lowerCase ? /^[a-z][a-z'-]{2,}$/ : /^[A-Z][a-z'-]+$/;
  if (!t || t.kind !== 'word' || !shape.test(t.raw) || known(i)) return undefined;
  const w = norm(tokens, i);
  if (neverName(w)) return undefined;
  // Lower case, a name is told from a noun only by its article: "a local contractor is fine", "the fuel handler is"
  // name no one (a surname takes no article, near it or one describing word before it).
  if (lowerCase && [i - 1, i - 2].some((k) => ARTICLES.has(norm(tokens, k)))) return undefined;
  // "Whitaker's had nothing": the clitic is "has", no part of the name.
  const name = w.replace(/'s$/, '');
  // "Kilo Mike has frag", "Kilo Mike's fine": a roster number's letters said alone name no one new.
  if (Object.hasOwn(NATO_LETTERS, name) && Object.hasOwn(NATO_LETTERS, norm(tokens, i - 1))) return undefined;
  return SUBJECT_VERBS.has(norm(tokens, i + 1)) && (lowerCase || !saidInLowerCase(tokens, w)) ? name : undefined;
}

/** Words before a noun that make it a common noun, never a surname ("a contractor", "the handler"). */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'our', 'my']);

/** True when the narrative writes the word in lower case elsewhere ("a local police officer … Officer is urgent"): no name. */
const saidInLowerCase = (tokens: Token[], word: string): boolean =>
  tokens.some((t) => t.norm === word && t.raw === t.raw.toLowerCase());

/** Triage categories said right after a casualty's name ("Johnson urgent, Smith routine"). */
const PRIORITY_NAMES: ReadonlySet<string> = new Set(['urgent', 'priority', 'routine', 'expectant']);

/**
 * "Johnson urgent, Smith routine": a capitalized word that no lexicon reads (`known`) and is no common word, before a
 * triage category; its name, lower-cased, else undefined.
 */
export function triagedNameAt(tokens: Token[], i: number, known: (i: number) => boolean): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z'-]+$/.test(t.raw) || t.raw.length < 3 || known(i)) return undefined;
  const w = norm(tokens, i);
  if (neverName(w)) return undefined;
  return PRIORITY_NAMES.has(norm(tokens, i + 1)) ? w : undefined;
}

/**
 * Words that turn to a casualty named right after them, opening a sentence ("Starting with Petrov, …", "Starting on
 * Lance Corporal Ortiz, …", "Now Hughes,
 * …", "Now moving to Smith, …", "Treating Johnson first, …").
 */
const TURN_LEADS: readonly (readonly string[])[] = [
  ['starting', 'with'],
  ['starting', 'on'],
  ['now'],
  ['moving', 'on', 'to'],
  ['on', 'to'],
  ['moving', 'to'],
  ['now', 'moving', 'to'],
  ['going', 'to'],
  ['now', 'going', 'to'],
  ['switching', 'to'],
  ['over', 'to'],
  ['now', 'over', 'to'],
  ['treating'],
  ['now', 'treating'],
];

/** How many tokens of a rank come right before token `i` ("Private", "Staff Sergeant", "Private First Class"); 0 for none. */
export function rankBefore(tokens: Token[], i: number): number {
  let r = 0;
  while (r < 3 && (RANK_WORDS.has(norm(tokens, i - 1 - r)) || RANK_CONTINUATIONS.has(norm(tokens, i - 1 - r)))) r++;
  while (r > 0 && !RANK_WORDS.has(norm(tokens, i - r))) r--;
  return r;
}

/**
 * "Starting with Petrov, he's the worse one. … Now Hughes, she's …": a capitalized word that no lexicon reads
 * (`known`), right after words that turn to someone at the opening of a sentence, before a pause or a verb, and said
 * again elsewhere in the narrative: a casualty known by that name (lower-cased), else undefined.
 */
export function turnNameAt(tokens: Token[], i: number, known: (i: number) => boolean): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z'-]+$/.test(t.raw) || t.raw.length < 3 || known(i)) return undefined;
  const w = norm(tokens, i);
  if (neverName(w)) return undefined;
  // "Moving to Private Castillo, …": a rank may come between the turn and the name.
  const from = i - rankBefore(tokens, i);
  const led = TURN_LEADS.some(
    (lead) =>
      lead.every((word, k) => norm(tokens, from - lead.length + k) === word) &&
      opensSentenceOrHeading(tokens, from - lead.length),
  );
  const pause = norm(tokens, i + 1) === ',' || (norm(tokens, i + 1) === 'first' && norm(tokens, i + 2) === ',');
  if (!led || !(pause || SUBJECT_VERBS.has(norm(tokens, i + 1)))) return undefined;
  return tokens.some((u, k) => k !== i && u.raw.replace(/'s$/, '') === t.raw) ? w : undefined;
}

/** True when a rank and another capitalized name, said again later, come before token `at` ("Sergeant Oyelaran first."). */
export const anotherRankedBefore = (tokens: Token[], at: number, name: string): boolean =>
  tokens.slice(0, at).some((t, k) => {
    const other = RANK_WORDS.has(t.norm) ? rankedName(tokens, k) : undefined;
    return (
      other !== undefined && other !== name && tokens.some((u, j) => j > at && u.norm.replace(/'s$/, '') === other)
    );
  });
