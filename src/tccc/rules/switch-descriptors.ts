/**
 * Casualties known by what they are: "Working on the first guy, he's the RTO … Moving on to the second guy, the
 * team leader … Back to the RTO. … RTO's urgent surgical, team leader routine." A word or two said with "the"
 * right after a casualty's label describes that casualty, and the same words said again where a phrase opens
 * switch back to it.
 */
import type { Token } from '../text/tokenize.js';
import { lexiconReads, opensPhrase, unpunctuated } from './switch-phrases.js';
import { isBoundary, norm, type SwitchFound } from './switch-words.js';

/** Words after "the" that describe no one in particular, or that start a clause about him. */
const NOT_DESCRIPTIONS = new Set([
  'patient',
  'casualty',
  'guy',
  'one',
  'other',
  'first',
  'second',
  'third',
  'same',
  'worse',
  'worst',
  'male',
  'female',
  'they',
  'who',
  'that',
  'he',
  'she',
  'we',
  'i',
  'we',
]);
/** Words that open a clause about the one just described ("the detainee they were searching"). */
const CLAUSE_OPENERS = new Set(['they', 'who', 'that', 'he', 'she', 'we', 'i']);
/** Words after a description said bare that make it the subject of what follows ("team leader routine"). */
const AFTER_SUBJECT = new Set(['is', 'was', 'has', 'got', 'urgent', 'priority', 'routine', 'expectant', 'delayed']);

/**
 * The description said right after a casualty's label ending at token `at`: ", he's the RTO,", ", the team
 * leader,", " is the gunner,", " the soldier,", ", the detainee they were searching"; its words, lower-cased.
 */
export function descriptionAfter(tokens: Token[], at: number): string | undefined {
  let j = norm(tokens, at) === ',' ? at + 1 : at;
  if (["he's", "she's", "who's", 'is', 'was'].includes(norm(tokens, j))) j++;
  else if (['he', 'she', 'who'].includes(norm(tokens, j)) && norm(tokens, j + 1) === 'is') j += 2;
  if (norm(tokens, j) !== 'the') return undefined;
  const read = lexiconReads(tokens);
  let end = j + 1;
  while (end < j + 3 && tokens[end]?.kind === 'word' && !read.has(end) && !NOT_DESCRIPTIONS.has(norm(tokens, end)))
    end++;
  if (end === j + 1) return undefined;
  const said = tokens.slice(j + 1, end).map((t) => t.norm);
  if (isBoundary(tokens[end])) return said.join(' ');
  // A recogniser's text has no pauses: one word before what the lexicon reads ("first one is the sergeant frag to …").
  if (unpunctuated(tokens) && end === j + 2 && read.has(end)) return said[0];
  return CLAUSE_OPENERS.has(norm(tokens, j + 2)) ? said[0] : undefined;
}

/**
 * A casualty's description (`descriptions[n]` for casualty n + 1) said again at token `i`: after "the" opening a
 * phrase ("Back to the RTO", ", the detainee routine"), or bare as the subject opening one ("RTO's urgent").
 */
export function descriptionSwitchAt(
  tokens: Token[],
  i: number,
  descriptions: readonly (string | undefined)[],
): SwitchFound | null {
  for (const [n, d] of descriptions.entries()) {
    if (!d) continue;
    const words = d.split(' ');
    const last = i + words.length - 1;
    if (!words.every((w, k) => (i + k === last ? norm(tokens, last).replace(/'s$/, '') : norm(tokens, i + k)) === w))
      continue;
    const target = { key: `described:${d}`, number: n + 1 };
    if (norm(tokens, i - 1) === 'the' && opensPhrase(tokens, i - 1)) return { target, end: last + 1, start: i - 1 };
    const subject = /'s$/.test(norm(tokens, last)) || AFTER_SUBJECT.has(norm(tokens, last + 1));
    if (isBoundary(tokens[i - 1]) && subject) return { target, end: last + 1, start: i };
  }
  return null;
}
