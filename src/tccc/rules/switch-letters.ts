/**
 * Casualties labelled by a letter ("Cas A … Cas B", "casualty a … casualty b" as a recogniser prints it) and the
 * letter said again on its own ("Back to A", "B gets fentanyl"); and the nouns such a label follows.
 * `casualty-switch.ts` reads them with the other switches.
 */
import type { Token } from '../text/tokenize.js';
import { lexiconReads, unpunctuated } from './switch-phrases.js';
import { CASUALTY_LABEL_NOUNS } from './lexicon/identity.js';
import { LETTERS, isBoundary, norm, numberAt, startsLine } from './switch-words.js';
import { roleAt } from './role-words.js';
import { PRIORITY_WORDS, opensSentenceOrHeading } from './list-cues.js';
import { rankedPersonAt } from './counted-items.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Nouns a casualty's number or letter follows ("casualty one", "Cas A", "patient 2", "litter three"). */
export const CASUALTY_NOUNS = new Set([
  ...CASUALTY_LABEL_NOUNS,
  'wounded',
  'litter',
  // "Bed two?", "Bed three.": an aid station's beds, as a CCP's litters.
  'bed',
  // "Cot 4 (slept by the heater): …", "Cot 6: …": where each slept, in a fire or blast in the sleeping tent at night.
  'cot',
  'stretcher',
  // "Tag zero seven, immediate.", "Tag twelve, delayed.": a mass-casualty triage tag's number.
  'tag',
  // "Marker one, the driver: …": a number taped or written on each one's helmet in the dark.
  'marker',
  'guy',
  'soldier',
  'marine',
  'victim',
  'pax',
  // A medic's slang for his patients ("two customers … customer one … customer two").
  'customer',
  // "Card 2 of 4", "CARD 3": casualty cards (DD 1380) typed out one after another, one card per casualty.
  'card',
  // "BEACON 2, second out at 1152: …", "PROBE STRIKE 3, …": an avalanche's buried, known by the signal that found each.
  'beacon',
  'probe',
]);

/**
 * A lower-case letter after a casualty noun ("casualty a … casualty b", as a recogniser prints it): a label only when
 * another letter than "a" follows that noun too, since "a" alone is the article ("casualty a female").
 */
export function lowerLetterAt(tokens: Token[], i: number): number | undefined {
  const w = tokens[i]?.raw ?? '';
  if (!/^[a-e]$/.test(w)) return undefined;
  const lettered = (k: number): boolean => CASUALTY_NOUNS.has(norm(tokens, k - 1)) && /^[b-e]$/.test(tokens[k].raw);
  return tokens.some((_, k) => lettered(k)) ? LETTERS[w] : undefined;
}

/** Verbs after a lone letter that make it a lettered casualty's ("B gets fentanyl", "A is alert"). */
const LETTER_VERBS = new Set(['gets', 'got', 'has', 'is', 'was', 'needs']);

/**
 * "Cas A … Cas B … Back to A, he's alert. B gets fentanyl. B's pulse 128.": once a casualty noun letters them, a
 * capital letter alone turned back to, or opening a clause about what that casualty has or gets; its number.
 */
export function letterAgainAt(tokens: Token[], i: number): number | undefined {
  const said = /^([A-E])(?:'s)?$/.exec(tokens[i]?.raw ?? '');
  if (!said) return undefined;
  const letter = said[1];
  if (!tokens.some((t, k) => t.raw === letter && CASUALTY_NOUNS.has(norm(tokens, k - 1)))) return undefined;
  const back = norm(tokens, i - 1) === 'to' && ['back', 'over', 'moving', 'on'].includes(norm(tokens, i - 2));
  // "Update 0945: A HR 110, B HR 84": or before a reading of his, each set off by punctuation.
  const reading = tokens[i + 1]?.kind === 'word' && lexiconReads(tokens).has(i + 1);
  const subject = isBoundary(tokens[i - 1]) && (said[0] !== letter || LETTER_VERBS.has(norm(tokens, i + 1)) || reading);
  return back || subject ? LETTERS[letter.toLowerCase()] : undefined;
}

/** True when a casualty noun numbers a casualty `n` ("Litter one", "Patient 2", "Cas three"). */
const numberedByNoun = (tokens: Token[], n: number): boolean =>
  tokens.some((_, k) => CASUALTY_NOUNS.has(norm(tokens, k - 1)) && numberAt(tokens, k) === n);

/**
 * "Litter one, red tag … Litter two, yellow … Two again, pulse 96": once a casualty noun numbers them, a number
 * opening a sentence with "again" after it turns back to that casualty; the number.
 */
export function numberAgainAt(tokens: Token[], i: number): number | undefined {
  const n = tokens[i]?.kind === 'number' ? numberAt(tokens, i) : undefined;
  const again = n !== undefined && isBoundary(tokens[i - 1]) && norm(tokens, i + 1) === 'again';
  return again && numberedByNoun(tokens, n) ? n : undefined;
}

/** Number words a casualty's number is said as with "is" joined to it ("Two's dropping"). */
const CLITIC_NUMBERS: Record<string, number> = { "one's": 1, "two's": 2, "three's": 3, "four's": 4, "five's": 5 };
/** Verbs that make a bare number opening a sentence its subject ("Three responds to pain", "Two has a sternal IO"). */
const NUMBER_SUBJECT_VERBS = new Set(['is', 'was', 'has', 'had', 'gets', 'got', 'needs', 'responds', 'stays']);

/**
 * "Litter one, … Litter two, … Two's dropping on me", "Three responds to pain only": once a casualty noun numbers
 * them, a bare number opening a sentence as its subject turns to that casualty; the number. A verb or "'s" must
 * follow, so "Two tourniquets on the thigh" counts things, not a casualty.
 */
export function numberSubjectAt(tokens: Token[], i: number): number | undefined {
  if (i > 0 && !SENTENCE_ENDS.has(norm(tokens, i - 1))) return undefined;
  const t = tokens[i];
  if (t?.kind === 'number' && t.spoken && NUMBER_SUBJECT_VERBS.has(norm(tokens, i + 1)))
    return labelNumberAt(tokens, i);
  // "Tag twenty-two: woman … Twenty-two, the terp got her name": a tag's number past nine set off opening a sentence.
  // Or heading its line, set off by a full stop ("Twenty-one. Immediate. …") once the tags are called out so.
  const setOff = [',', ':'].includes(norm(tokens, i + 1)) || (norm(tokens, i + 1) === '.' && startsLine(tokens, i));
  const tag = t?.kind === 'number' && t.spoken && setOff ? tagged(tokens, i) : undefined;
  if (tag !== undefined && tag > 9) return tag;
  const n = CLITIC_NUMBERS[t?.norm ?? ''];
  return n !== undefined && numberedByNoun(tokens, n) ? n : undefined;
}

/**
 * The number at token `i` when "tag" said before another of its tokens labels a casualty by it ("Tag twelve"), or
 * when it is one of the tag numbers a triage officer calls out without the word (calledTags).
 */
function tagged(tokens: Token[], i: number): number | undefined {
  const n = tagNumberAt(tokens, i);
  if (n === undefined) return undefined;
  return tokens.some((_, k) => k !== i && norm(tokens, k - 1) === 'tag' && tagNumberAt(tokens, k) === n) ||
    calledTags(tokens).has(n)
    ? n
    : undefined;
}

const calledOf = new WeakMap<Token[], ReadonlySet<number>>();

/**
 * "Twenty-one. Immediate. Staff Sergeant Hector Gomez. … Twenty-two. Delayed. Specialist Brandt.": numbers past nine
 * said opening lines, each set off and followed by a triage category or a ranked name, are the casualties' tag numbers
 * (two or more of them), once per narrative.
 */
function calledTags(tokens: Token[]): ReadonlySet<number> {
  let called = calledOf.get(tokens);
  if (!called) {
    const found = new Set<number>();
    tokens.forEach((t, i) => {
      const n = startsLine(tokens, i) && t.kind === 'number' && t.spoken ? tagNumberAt(tokens, i) : undefined;
      const next = i + 2;
      if (n !== undefined && n > 9 && ['.', ':', ','].includes(norm(tokens, i + 1)))
        if (PRIORITY_WORDS.has(norm(tokens, next)) || rankedPersonAt(tokens, next)) found.add(n);
    });
    called = found.size >= 2 ? found : new Set();
    calledOf.set(tokens, called);
  }
  return called;
}

/**
 * The casualty a number at token `i` says, once a label numbered him: "Litter two" (a casualty noun, one to nine) or
 * "Tag twenty-one" (a triage tag's number, up to 99).
 */
export function labelNumberAt(tokens: Token[], i: number): number | undefined {
  const n = numberAt(tokens, i);
  if (n !== undefined && numberedByNoun(tokens, n)) return n;
  return tokens[i]?.kind === 'number' ? tagged(tokens, i) : undefined;
}

/** Words a recogniser prints for a number it heard ("patient too", "patient for"), and the number. */
const HEARD_NUMBERS: Record<string, number> = { too: 2, to: 2, for: 4, fore: 4 };

/**
 * "patient one … patient too private first class tate … patient three … patient for sergeant park": in a
 * recogniser's text with no punctuation, a word that sounds like a number after a casualty noun is that number, when
 * a casualty noun numbered the one before it comes earlier (so "patient for evac" alone is never a label).
 */
export function heardNumberAt(tokens: Token[], i: number): number | undefined {
  const n = HEARD_NUMBERS[tokens[i]?.raw.toLowerCase() ?? ''];
  if (n === undefined || !CASUALTY_NOUNS.has(norm(tokens, i - 1)) || !unpunctuated(tokens)) return undefined;
  const before = tokens.some((t, k) => k < i - 1 && CASUALTY_NOUNS.has(t.norm) && numberAt(tokens, k + 1) === n - 1);
  return before ? n : undefined;
}

/**
 * Most a triage tag's number is ("Tag twelve, delayed.", "Tag one-zero-one. Immediate."): a mass-casualty scene's
 * tags run past nine, and a CCP may number its tags by the hundred.
 */
const MAX_TAG = 999;

/** The number of a triage tag written or said at token `j` ("tag 12", "tag twelve", "tag one-zero-one"). */
export function tagNumberAt(tokens: Token[], j: number): number | undefined {
  const t = tokens[j];
  return t?.kind === 'number' && Number.isInteger(t.value) && t.value! >= 1 && t.value! <= MAX_TAG
    ? t.value
    : undefined;
}

/**
 * True at "casualty one and casualty two" (from `i`) said as a phrase of its own ("MIST for two, casualty one and
 * casualty two."): the labels are introduced. Said inside a remark ("gave ketamine to cas 2 and cas 1") they are not.
 */
export const pairedLabel = (tokens: Token[], i: number): boolean =>
  isBoundary(tokens[i - 1]) &&
  ['.', ':', ';', '\n'].includes(norm(tokens, i + 5)) &&
  CASUALTY_NOUNS.has(norm(tokens, i)) &&
  numberAt(tokens, i + 1) !== undefined &&
  norm(tokens, i + 2) === 'and' &&
  CASUALTY_NOUNS.has(norm(tokens, i + 3)) &&
  numberAt(tokens, i + 4) !== undefined;

/**
 * True at a role listed with another ("two from the MATV, the driver and the gunner."): the list introduces them and
 * says of neither, as "casualty one and casualty two" does.
 */
export const listedRoles = (tokens: Token[], i: number): boolean =>
  (norm(tokens, i + 1) === 'and' && norm(tokens, i + 2) === 'the' && roleAt(tokens, i + 3) !== undefined) ||
  (norm(tokens, i - 1) === 'the' && norm(tokens, i - 2) === 'and' && roleAt(tokens, i - 3) !== undefined) ||
  // "gunner and driver both down": two roles joined with no article, then "both", bring in the two.
  bothRoles(tokens, i) ||
  bothRoles(tokens, i - 2);

/** True when roles at tokens `i` and `i + 2` are joined by "and" and followed by "both" ("gunner and driver both"). */
const bothRoles = (tokens: Token[], i: number): boolean =>
  norm(tokens, i + 1) === 'and' &&
  norm(tokens, i + 3) === 'both' &&
  roleAt(tokens, i) !== undefined &&
  roleAt(tokens, i + 2) !== undefined;

/** A number said in words opening a sentence before a comma ("One, GSW left leg"), at token `i`. */
const saidItem = (tokens: Token[], i: number): boolean =>
  tokens[i]?.kind === 'number' &&
  tokens[i].spoken === true &&
  !tokens[i].raw.includes(' ') &&
  opensSentenceOrHeading(tokens, i) &&
  norm(tokens, i + 1) === ',';

/** True when another number said the same way, one more or less, opens a sentence too ("One, … Two, …"). */
export const inNumberSeries = (tokens: Token[], i: number): boolean =>
  saidItem(tokens, i) &&
  tokens.some((t, k) => k !== i && saidItem(tokens, k) && Math.abs(t.value! - tokens[i].value!) === 1);
