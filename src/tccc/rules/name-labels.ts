/**
 * A casualty known by the word that heads his entry with a colon ("Park: GSW …"), read by `switch-lists.ts`.
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { CREW_ROLES, MEDIC_TITLES } from './lexicon/people.js';
import { isHeadingWord, opensSentenceOrHeading } from './list-cues.js';
import { speakerTurns } from './speaker-labels.js';
import { norm } from './switch-words.js';

/**
 * "Hughes first: GSW …", "Park: GSW …": a capitalized word that is no heading and no word the lexicon reads,
 * heading a sentence with a colon, and said again elsewhere in the narrative other than as a heading: a casualty
 * known by that name.
 * `known` tells whether the lexicon reads the token at an index.
 */
export function nameLabelAt(tokens: Token[], i: number, known: (i: number) => boolean): string | undefined {
  const t = tokens[i];
  if (!nameLike(tokens, i, known)) return undefined;
  const colon = ['first', 'second', 'next', 'now'].includes(norm(tokens, i + 1)) ? i + 2 : i + 1;
  if (norm(tokens, colon) !== ':') return undefined;
  // Said again as a name, not as a heading ("Park: … Park urgent surgical."): a heading is only ever a heading.
  // The name as written, lower-cased, as a record's name is known: its norm may be a gloss ("Crane", French "crâne").
  const name = t.raw.toLowerCase();
  if (tokens.some((u, k) => k !== i && u.raw === t.raw && norm(tokens, k + 1) !== ':')) return name;
  // Or one of a series ("Two burned. Kowalczyk: burns face … Obi: burns both legs …"): another capitalized word,
  // no heading either, heads another sentence the same way; each names the casualty whose entry it heads.
  const heads = (k: number): boolean =>
    opensSentenceOrHeading(tokens, k) && norm(tokens, k + 1) === ':' && unknownCapitalized(tokens, k, known);
  // But in a transcript whose turns a speaker's label heads ("Medic: … Soldier: … Medic: …"), a word heading turns
  // the same way is who speaks ("Soldier:", "Unidentified:"), no casualty's entry.
  if (speakerTurns(tokens) >= 2) return undefined;
  return heads(i) && tokens.some((u, k) => u.raw !== t.raw && heads(k)) ? name : undefined;
}

/**
 * A capitalized word of three letters or more that is no heading, rank, role or word the lexicon reads: a crew role
 * heading its casualty ("Driver: …") is read as a role, and "Doc: TQ L thigh …" heads the medic's care, no name.
 */
function nameLike(tokens: Token[], k: number, known: (i: number) => boolean): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z'-]+$/.test(t.raw) || t.raw.length < 3 || known(k)) return false;
  return !(isHeadingWord(t.norm) || RANK_WORDS.has(t.norm) || CREW_ROLES.has(t.norm) || MEDIC_TITLES.has(t.norm));
}

/** A word `nameLike` reads that is nowhere written in lower case. */
const unknownCapitalized = (tokens: Token[], k: number, known: (i: number) => boolean): boolean =>
  nameLike(tokens, k, known) && !tokens.some((u) => u.norm === tokens[k].norm && u.raw === u.raw.toLowerCase());
