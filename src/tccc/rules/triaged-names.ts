/**
 * Casualties known by the surnames the medic triages or turns back to, in speech written with punctuation: "Murphy's
 * routine", "Kowalski urgent surgical, Diaz priority", "Back to Garza". A name so said is a casualty's; two of them or
 * more make the narrative's casualties known before any label, so "Garza's down" and "Murphy, Lance Corporal Murphy,
 * … he's bleeding too" open each one's words (casualty-split.ts).
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { isHeadingWord, PRIORITY_WORDS } from './list-cues.js';
import { ROLES } from './role-words.js';
import { lexiconReads, unpunctuated } from './switch-phrases.js';
import { norm, noun } from './switch-words.js';

/** What may stand between a name and its category ("Murphy's routine", "Lee is urgent", "Lee: urgent"). */
const BEFORE_CATEGORY = new Set(['is', 'was', ':', '-']);

/**
 * True when the word at `i` may be a surname: capitalized, no word the lexicon reads, no rank, role or heading, and
 * capitalized wherever else it is said ("Local is urgent" after "local guy" is no name).
 */
function surnameAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || !/^\p{Lu}\p{Ll}+(?:'s)?$/u.test(t.raw) || lexiconReads(tokens).has(i)) return false;
  const w = noun(tokens, i);
  if (RANK_WORDS.has(w) || ROLES.has(w) || isHeadingWord(w) || PRIORITY_WORDS.has(w)) return false;
  return tokens.every((u, k) => noun(tokens, k) !== w || /^\p{Lu}/u.test(u.raw));
}

/** True when the surname at `i` is given a triage category ("Murphy's routine", "Diaz priority", "Lee is urgent"). */
function triagedAt(tokens: Token[], i: number): boolean {
  const clitic = /'s$/.test(norm(tokens, i));
  const k = !clitic && BEFORE_CATEGORY.has(norm(tokens, i + 1)) ? i + 2 : i + 1;
  if (!PRIORITY_WORDS.has(norm(tokens, k))) return false;
  // The category ends its phrase ("Diaz priority.", "Hollis urgent surgical, Boone routine").
  const end = ['surgical', 'surg'].includes(norm(tokens, k + 1)) ? k + 2 : k + 1;
  return end >= tokens.length || [',', '.', ';', '!', '\n', 'and'].includes(norm(tokens, end));
}

/** True when the surname at `i` is turned back to ("Back to Garza"). */
const turnedBackAt = (tokens: Token[], i: number): boolean =>
  norm(tokens, i - 1) === 'to' && norm(tokens, i - 2) === 'back';

/** Words a medic turns to a casualty with, before his name ("Okay, Abernathy.", "Starting with Singh.", "Now Ruiz:"). */
const TURN_WORDS = new Set(['okay', 'ok', 'alright', 'right', 'now', 'next', 'with', 'to']);

/**
 * True when the surname at `i` heads what follows, turned to and then said in full ("Okay, Abernathy. Claire
 * Abernathy, GSW …", "Starting with Singh. Gurpreet Singh, …"); never a name read off a tag again ("Peralta. Luis
 * Peralta.").
 */
const headsFullNameAt = (tokens: Token[], i: number): boolean =>
  TURN_WORDS.has(norm(tokens, norm(tokens, i - 1) === ',' ? i - 2 : i - 1)) &&
  ['.', ':'].includes(norm(tokens, i + 1)) &&
  /^\p{Lu}/u.test(tokens[i + 2]?.raw ?? '') &&
  norm(tokens, i + 3) === norm(tokens, i);

/** Words that ask who someone is ("Who's that?", "Who is this?"). */
const WHO_ASKED = [
  ["who's", 'that'],
  ["who's", 'this'],
  ['who', 'is', 'that'],
  ['who', 'is', 'this'],
];

/** True when the surname at `i` answers "who's that?" said right before it, alone and asked ("Who's that? Ruiz?"). */
function askedWhoAt(tokens: Token[], i: number): boolean {
  if (norm(tokens, i + 1) !== '?' || norm(tokens, i - 1) !== '?') return false;
  return WHO_ASKED.some((words) => words.every((w, d) => norm(tokens, i - 1 - words.length + d) === w));
}

/**
 * The surnames triaged or turned back to, when `least` or more are (two; one beside a medic hurt himself, who is the
 * other), in the order first said (lower case, without "'s"); else none. Never in a recogniser's text, whose names
 * referents.ts reads.
 */
export function triagedSurnames(tokens: Token[], least = 2): string[] {
  if (unpunctuated(tokens)) return [];
  const known = new Set<string>();
  tokens.forEach((_, i) => {
    const cued = triagedAt(tokens, i) || turnedBackAt(tokens, i) || askedWhoAt(tokens, i) || headsFullNameAt(tokens, i);
    if (surnameAt(tokens, i) && cued) known.add(noun(tokens, i));
  });
  if (known.size < least) return [];
  return [...new Set(tokens.map((_, i) => noun(tokens, i)).filter((w) => known.has(w)))];
}
