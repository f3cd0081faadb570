/**
 * The people a narrative picks out, by kind: a surname after a rank or as the subject of a clause ("SGT Ames",
 * "Boyd has burns"), a battle roster number, a role opening a phrase ("the driver"), "the female" and "the male".
 * A narrative that counts several casualties but that no casualty switch splits cannot say whose each fact is when
 * it picks out two people of one kind: `casualties.ts` then keeps only what all share.
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/language.js';
import { MATCHER } from './lexicon/index.js';
import { rankedName, rosterAt } from './list-cues.js';
import { isBoundary, norm } from './switch-words.js';

/** Nouns that count casualties and nothing else ("two casualties", "3 pts", "two pax"), unlike "two guys carried him". */
const CASUALTY_COUNT_NOUNS = new Set(['casualties', 'patients', 'wounded', 'cas', 'pts', 'pax', 'litter', 'urgent']);

/** True when the narrative counts two or more casualties in so many words ("two casualties", "both casualties"). */
export function countsCasualties(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      ((t.kind === 'number' && t.value! >= 2 && t.value! <= 9) || t.norm === 'both') &&
      CASUALTY_COUNT_NOUNS.has(norm(tokens, i + 1)),
  );
}

const ROLES = new Set(['driver', 'gunner', 'tc', 'rto', 'dismount', 'passenger']);
/** Verbs after a capitalized word that make it the subject of a clause about a casualty ("Boyd has burns"). */
const SUBJECT_VERBS = new Set(['has', 'had', 'is', 'was', 'got', 'took', "has'", 'needs']);
const NOT_NAMES = new Set(['he', 'she', 'it', 'this', 'that', 'there', 'who', 'what', 'everyone', 'nobody', 'one']);

/** True when the narrative picks out two different people of one kind (two surnames, two roster numbers, two roles, a female and a male). */
export function picksOutTwo(tokens: Token[]): boolean {
  const read = new Set(MATCHER.match(tokens).map((m) => m.start));
  const kinds = new Map<string, Set<string>>();
  const add = (kind: string, who: string): void => void kinds.set(kind, (kinds.get(kind) ?? new Set()).add(who));
  for (let i = 0; i < tokens.length; i++) {
    const w = norm(tokens, i);
    if (RANK_WORDS.has(w) && !RANK_WORDS.has(norm(tokens, i - 1))) {
      const name = rankedName(tokens, i);
      if (name) add('name', name);
    } else if (rosterAt(tokens, i)) add('roster', `${w}${tokens[i + 1].raw}`);
    else if ((w === 'female' || w === 'male') && norm(tokens, i - 1) === 'the') add('sex', w);
    else if (ROLES.has(w) && norm(tokens, i - 1) === 'the' && isBoundary(tokens[i - 2])) add('role', w);
    else if (
      /^[A-Z][a-z'-]+$/.test(tokens[i].raw) &&
      !NOT_NAMES.has(w) &&
      !read.has(i) &&
      SUBJECT_VERBS.has(norm(tokens, i + 1))
    )
      add('name', w);
  }
  return [...kinds.values()].some((who) => who.size >= 2);
}
