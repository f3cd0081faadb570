/**
 * Several people named by rank in one list and said hurt in it say the narrative covers several casualties, as "three
 * casualties" does: "the roof collapsed, trapping SSG Peter Vance, SPC Aisha Karimi and SGT Dale Lowe", "SPC Ito and
 * PFC Cruz were wounded". People listed with no word of hurt ("SGT Cole, SPC Diaz and I carried him") say nothing.
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { norm } from './switch-words.js';
import { HURT_VERBS } from './lexicon/people.js';

/** Verbs right before a list that do harm to those listed ("trapping SSG Vance, …", "wounded PFC Ames and …"), besides {@link HURT_VERBS}. */
const HARMING = new Set([
  'trapping',
  'trapped',
  'pinning',
  'pinned',
  'wounding',
  'injuring',
  'hitting',
  'burning',
  'crushing',
  'crushed',
  'striking',
  'struck',
]);
const BE_VERBS = new Set(['were', 'was', 'got', 'are']);
/** Most name words after a rank in a list ("SSG Peter J Vance"). */
const MAX_NAME = 3;

/** The token after a rank and its capitalized name opening at `i` ("SPC Aisha Karimi"); `i` when none opens there. */
function rankedNameEnd(tokens: Token[], i: number): number {
  if (!RANK_WORDS.has(norm(tokens, i))) return i;
  let end = i + 1;
  while (end - i <= MAX_NAME && tokens[end]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[end].raw)) end++;
  return end > i + 1 ? end : i;
}

/** True when a list of two or more ranked names is said hurt: after a harming verb, or before "were" and a hurt word. */
export function listsRankedHurt(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    let end = rankedNameEnd(tokens, i);
    if (end === i) continue;
    let names = 1;
    for (;;) {
      const sep = norm(tokens, end) === ',' && norm(tokens, end + 1) === 'and' ? end + 2 : end + 1;
      if (![',', 'and'].includes(norm(tokens, end))) break;
      const next = rankedNameEnd(tokens, sep);
      if (next === sep) break;
      names++;
      end = next;
    }
    const harms = (k: number): boolean => HURT_VERBS.has(norm(tokens, k)) || HARMING.has(norm(tokens, k));
    const before = harms(i - 1);
    const after = BE_VERBS.has(norm(tokens, end)) && harms(end + 1);
    if (names >= 2 && (before || after)) return true;
    i = end - 1;
  }
  return false;
}
