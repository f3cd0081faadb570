/**
 * An attack on a person is the event that hurt him, as a blast or a fall is: "a chained dog broke loose and attacked
 * SPC Hall", "the individual stabbed PV2 Brandt", "Cpl Diaz was bitten". The verb counts only with the person it was
 * done to after it, or said of him in the passive; "the patrol was attacked at 0200" names no one hurt.
 */
import type { Doc } from './document.js';
import { RANK_WORDS } from './lexicon/identity.js';

/** Verbs of an attack on a person. */
const ATTACK_VERBS = new Set(['attacked', 'assaulted', 'stabbed', 'slashed', 'bit', 'bitten', 'mauled']);
/** Verbs whose passive alone says the one it names was hurt ("was stabbed", "got bitten"). */
const HURTING_VERBS = new Set(['stabbed', 'slashed', 'bitten', 'mauled']);
const PASSIVE_LEADS = new Set(['was', 'were', 'got', 'been']);
const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Nouns for the one attacked after "the" or "a" ("attacked the sentry"). */
const PERSON_NOUNS = new Set(['soldier', 'soldiers', 'casualty', 'patient', 'sentry', 'guard', 'medic', 'marine']);

/** True when token `i` is the verb of an attack on a person ("attacked SPC Hall", "stabbed him", "was bitten"). */
export function isAssault(doc: Doc, i: number): boolean {
  const word = doc.tokens[i].norm;
  if (!ATTACK_VERBS.has(word)) return false;
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  if (HURTING_VERBS.has(word) && PASSIVE_LEADS.has(norm(i - 1))) return true;
  const next = norm(i + 1);
  return (
    RANK_WORDS.has(next) ||
    PERSON_PRONOUNS.has(next) ||
    // "attacked two soldiers with a knife"
    (doc.tokens[i + 1]?.kind === 'number' && PERSON_NOUNS.has(norm(i + 2))) ||
    (['the', 'a', 'an', 'our', 'my'].includes(next) && PERSON_NOUNS.has(norm(i + 2)))
  );
}
