/**
 * Two casualties worked on at once in a tight space, a man and a woman, named once by rank and then told apart by the
 * medic's pronouns as he turns between them: "Her right calf, frag … His left forearm, open fracture … TQ on her right
 * leg … Reaching up, his arm, pressure dressing … Back to him." named-prose.ts cuts the narrative at their names; a
 * clause that names neither goes to the one its first pronoun is, once each one's sex is known.
 */
import type { Token } from '../text/tokenize.js';
import { HURT_VERBS } from './lexicon/people.js';
import { FULL_STOPS, SENTENCE_ENDS, sentenceEndFrom, sentenceStartFrom } from './sentence-ends.js';
import { SEX_WORDS } from './switch-pronoun-triage.js';
import { norm } from './switch-words.js';

type Sex = 'male' | 'female';
/** A soldier named by rank (from the rank to the surname's token) and his surname. */
type Named = { start: number; end: number; surname: string };

/** Words that say what sex a casualty is where he is named ("Specialist Hanna Lindqvist, female"). */
const SEX_NOUNS = new Set(['male', 'female', 'man', 'woman']);
/** Pronouns that point to a casualty anywhere in a clause ("TQ on her right arm", "Back to him"). */
const OBJECT_PRONOUNS = new Set(['his', 'him', 'her']);
/** Pronouns that point to a casualty only opening a clause ("She's hurting bad"); later, the subject may be a helper. */
const SUBJECT_PRONOUNS = new Set(['he', "he's", 'she', "she's"]);
/** Verbs that say a blast or round hurt those it reached ("both of them took it", "it got both of them"). */
const STRUCK = new Set([...HURT_VERBS, 'took', 'caught', 'got']);

/** Where a sentence says both of them were hurt: "both of them took it", "it got both of them", "hit both of them". */
export function bothStruckAt(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (norm(tokens, i) !== 'both' || norm(tokens, i + 1) !== 'of' || norm(tokens, i + 2) !== 'them') continue;
    const [from, to] = [sentenceStartFrom(tokens, i, FULL_STOPS), sentenceEndFrom(tokens, i + 3, FULL_STOPS)];
    if (tokens.slice(from, to).some((t) => STRUCK.has(t.norm))) out.push(i);
  }
  return out;
}

/**
 * The sex of each casualty of two, from a word said right after his name (`named[n]`: the token after it to the
 * clause's end, or the next name); where only one is said, the other is the other sex, as the pronouns of both sexes
 * the narrative speaks of them by show. Undefined unless one is a man and the other a woman.
 */
export function sexesOfTwo(tokens: Token[], named: readonly [number, number][]): [Sex, Sex] | undefined {
  if (named.length !== 2) return undefined;
  const said = named.map(([from, to]) => {
    const word = tokens.slice(from, to).find((t) => SEX_NOUNS.has(t.norm));
    return word ? SEX_WORDS[word.norm] : undefined;
  });
  const [a, b] = said;
  if (a && b) return a !== b ? [a, b] : undefined;
  const known = a ?? b;
  if (!known) return undefined;
  const other: Sex = known === 'male' ? 'female' : 'male';
  if (!tokens.some((t) => OBJECT_PRONOUNS.has(t.norm) && SEX_WORDS[t.norm] === other)) return undefined;
  return a ? [a, other] : [other, known];
}

/** The sex of the casualty clause `[from, to)` speaks of by its first pronoun ("his arm", "for her"), else undefined. */
export function pronounSex(tokens: Token[], from: number, to: number): Sex | undefined {
  for (let i = from; i < to; i++) {
    const w = norm(tokens, i);
    if (OBJECT_PRONOUNS.has(w) || (i === from && SUBJECT_PRONOUNS.has(w))) return SEX_WORDS[w];
  }
  return undefined;
}

/** Tokens from just after the first naming of `surname` to its clause's end or the next soldier named. */
export function namedRange(tokens: Token[], ranked: readonly Named[], surname: string): [number, number] {
  const k = ranked.findIndex((m) => m.surname === surname);
  let to = ranked[k].end + 1;
  while (to < tokens.length && to < (ranked[k + 1]?.start ?? Infinity) && !SENTENCE_ENDS.has(norm(tokens, to))) to++;
  return [ranked[k].end + 1, to];
}

/** The first token after the end of the sentence of token `i`: a semicolon does not end one. */
export const nextSentence = (tokens: Token[], i: number): number =>
  Math.min(sentenceEndFrom(tokens, i, FULL_STOPS) + 1, tokens.length);
