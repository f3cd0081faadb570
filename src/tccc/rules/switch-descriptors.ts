/**
 * Casualties known by what they are: "Working on the first guy, he's the RTO … Moving on to the second guy, the
 * team leader … Back to the RTO. … RTO's urgent surgical, team leader routine." A word or two said with "the"
 * right after a casualty's label describes that casualty, and the same words said again where a phrase opens
 * switch back to it.
 */
import type { Token } from '../text/tokenize.js';
import { lexiconMatches } from './lexicon/index.js';
import { rankedNameEnd } from './list-cues.js';
import { lexiconReads, namedAfter, opensPhrase, unpunctuated } from './switch-phrases.js';
import { isBoundary, norm, type SwitchFound } from './switch-words.js';
import { woundSaidAt } from './wound-clauses.js';

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
/** The tier of a litter rack, said with its side ("top left", "bottom right"). */
const LITTER_TIERS = new Set(['top', 'bottom', 'upper', 'lower']);
/** Words that open a clause about the one just described ("the detainee they were searching"). */
const CLAUSE_OPENERS = new Set(['they', 'who', 'that', 'he', 'she', 'we', 'i']);
/** Words after a description said bare that make it the subject of what follows ("team leader routine"). */
export const AFTER_SUBJECT = new Set([
  'is',
  'was',
  'has',
  'got',
  'can',
  'urgent',
  'priority',
  'routine',
  'expectant',
  'delayed',
]);

/**
 * The description said right after a casualty's label ending at token `at`: ", he's the RTO,", ", the team
 * leader,", " is the gunner,", " the soldier,", ", the detainee they were searching"; its words, lower-cased.
 */
export function descriptionAfter(tokens: Token[], at: number): string | undefined {
  let j = norm(tokens, at) === ',' ? at + 1 : at;
  if (["he's", "she's", "who's", 'is', 'was'].includes(norm(tokens, j))) j++;
  else if (['he', 'she', 'who'].includes(norm(tokens, j)) && norm(tokens, j + 1) === 'is') j += 2;
  // "First is a local police officer, male, …": what he is, known by its last word ("Officer is urgent surgical").
  if (['a', 'an'].includes(norm(tokens, j)) && ['is', 'was', "he's", "she's"].includes(norm(tokens, j - 1)))
    return kindAfterArticle(tokens, j + 1);
  // "the other one, female jumper, collided …": the sex and a kind of person set off bare after the label.
  const sexed = ['female', 'male'].includes(norm(tokens, j)) && j > at && tokens[j + 1]?.kind === 'word';
  if (sexed && isBoundary(tokens[j + 2]) && !lexiconReads(tokens).has(j + 1)) return wordsOf(tokens, j, j + 2);
  // "Litter one, bottom left: …": where a litter rides, said again for him ("Bottom left is SGT Paul Mendez").
  if (j > at && LITTER_TIERS.has(norm(tokens, j)) && ['left', 'right'].includes(norm(tokens, j + 1)))
    return isBoundary(tokens[j + 2]) ? wordsOf(tokens, j, j + 2) : undefined;
  if (norm(tokens, j) !== 'the') return undefined;
  // "the first one is the GSW, … The second is the burn, …": a casualty known by the wound said of him.
  // Said to be it, not to have it ("the second has the GSW" tells what he has, as any fact does).
  const wound = woundAt(tokens, j + 1);
  const isIt = ['is', 'was', "he's", "she's", "who's", ','].includes(norm(tokens, j - 1));
  if (wound !== undefined && isIt && isBoundary(tokens[wound])) return wordsOf(tokens, j + 1, wound);
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

/** Most words a kind of person said after "a" may hold ("a local police officer"). */
const KIND_MAX = 4;

/** The last word of a kind of person said from token `i` up to a pause ("local police officer" → "officer"). */
function kindAfterArticle(tokens: Token[], i: number): string | undefined {
  const read = lexiconReads(tokens);
  let end = i;
  while (
    end < i + KIND_MAX &&
    tokens[end]?.kind === 'word' &&
    !read.has(end) &&
    !NOT_DESCRIPTIONS.has(norm(tokens, end))
  )
    end++;
  return end > i && isBoundary(tokens[end]) ? norm(tokens, end - 1) : undefined;
}

const woundsOf = new WeakMap<Token[], Map<number, number>>();
/** The end of a wound the lexicon reads starting at token `i` ("GSW", "traumatic amputation"), else undefined. */
function woundAt(tokens: Token[], i: number): number | undefined {
  let wounds = woundsOf.get(tokens);
  if (!wounds) {
    wounds = new Map(
      lexiconMatches(tokens).flatMap((m) => (m.tags.some((t) => t.cat === 'injury') ? [[m.start, m.end]] : [])),
    );
    woundsOf.set(tokens, wounds);
  }
  return wounds.get(i);
}

/** True when the words at token `i` tell a wound: one the lexicon reads ("GSW"), or "frag to the left cheek". */
const woundFollows = (tokens: Token[], i: number): boolean =>
  woundAt(tokens, i) !== undefined || woundSaidAt(tokens, i);

const wordsOf = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ');

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
    // A wound that names its casualty ("GSW is priority") is a fact of his too: it labels nothing, the words stay.
    const from = norm(tokens, i - 1) === 'the' ? i - 1 : i;
    const end = woundAt(tokens, i) === undefined ? last + 1 : from;
    if (norm(tokens, i - 1) === 'the' && opensPhrase(tokens, i - 1)) return { target, end, start: i - 1 };
    const subject = /'s$/.test(norm(tokens, last)) || AFTER_SUBJECT.has(norm(tokens, last + 1));
    if (isBoundary(tokens[i - 1]) && subject) return { target, end, start: i };
  }
  return null;
}

/** "First, Dlamini,", "Second from the same strike, PFC Benavides, frag to the cheek": a name after the ordinal at `i-1`;
 * after "from …" only with the event or a wound ("First from the vehicle, Cpl Ruiz, the driver, helped me": no one). */
export function namedAfterOrdinal(tokens: Token[], i: number): boolean {
  let k = i;
  if (norm(tokens, i) === 'from') while (k < i + 6 && tokens[k]?.kind === 'word') k++;
  const ranked = rankedNameEnd(tokens, k + 1);
  if (norm(tokens, k) !== ',' || !(namedAfter(tokens, k) || ranked > k + 1)) return false;
  if (k === i || tokens.slice(i, k).some((t) => t.norm === 'same')) return true;
  let end = Math.max(ranked, k + 1);
  while (end < k + 8 && !isBoundary(tokens[end])) end++;
  return woundFollows(tokens, end + 1);
}
