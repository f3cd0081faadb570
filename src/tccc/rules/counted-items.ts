/**
 * Casualty designators read by what follows them rather than by where they stand: the count said as "N of M"
 * ("One of three: male, …"), and, in a recogniser's text that prints no sentence ends, a number or an ordinal
 * said before the person it designates ("… routine number two sergeant bell female …", "… three hurt first the t c
 * sergeant wallace …"). With no sentence to head, only the person said right after tells a casualty from a count
 * of devices or steps ("first tourniquet", "second one on the same leg").
 */
import type { Token } from '../text/tokenize.js';
import { RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { MATCHER } from './lexicon/index.js';
import { FULL_STOPS } from './sentence-ends.js';
import { ORDINALS, lexiconReads } from './switch-phrases.js';
import { norm } from './switch-words.js';

/** A casualty's number 1-9 said as one word or one digit at token `i` ("one", "2"); else undefined. */
function itemNumber(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  const single = t?.kind === 'number' && (/^[1-9]$/.test(t.raw) || (t.spoken === true && !t.raw.includes(' ')));
  return single && Number.isInteger(t.value) && t.value! >= 1 && t.value! <= 9 ? t.value : undefined;
}

/**
 * "One of three", "2 of 3": a casualty's number and the count it is one of (2 to 9, never less than the number) at
 * token `i`; its number and the token after the count, else undefined.
 */
export function ofCountAt(tokens: Token[], i: number): { n: number; end: number } | undefined {
  const n = itemNumber(tokens, i);
  const of = itemNumber(tokens, i + 2);
  return n !== undefined && norm(tokens, i + 1) === 'of' && of !== undefined && of >= 2 && n <= of
    ? { n, end: i + 3 }
    : undefined;
}

/** Words after a rank that are no one's name ("sergeant walked away", "private on the left"). */
const NOT_NAMES = new Set([
  'and',
  'or',
  'the',
  'a',
  'an',
  'his',
  'her',
  'he',
  'she',
  'was',
  'is',
  'has',
  'had',
  'got',
  'who',
  'that',
  'with',
  'on',
  'in',
  'at',
  'to',
  'of',
  'from',
  'for',
  'by',
  'walked',
  'said',
  'says',
  'male',
  'female',
]);

/**
 * A rank and a name at token `i`, written in any case ("sergeant bell", "private first class nguyen", "SPC Tran"):
 * the name a word no lexicon reads and no common word.
 */
export function rankedPersonAt(tokens: Token[], i: number): boolean {
  if (!RANK_WORDS.has(norm(tokens, i))) return false;
  let at = i + 1;
  while ((RANK_WORDS.has(norm(tokens, at)) || RANK_CONTINUATIONS.has(norm(tokens, at))) && at < i + 4) at++;
  const name = tokens[at];
  return (
    name?.kind === 'word' &&
    /^[a-z][a-z'-]+$/i.test(name.raw) &&
    !NOT_NAMES.has(name.norm) &&
    !lexiconReads(tokens).has(at)
  );
}

/**
 * "soldier Ivan Petrenko.", "senior lieutenant Oleh Kravets,": a given name and a surname, capitalized, after a
 * word or two in lower case that no lexicon reads (a rank translated, which no rank list holds) and before a comma
 * or a stop, at token `i`.
 */
export function titledNameAt(tokens: Token[], i: number): boolean {
  const read = lexiconReads(tokens);
  let at = i;
  while (at < i + 2 && /^[a-z]{3,}$/.test(tokens[at]?.raw ?? '') && !read.has(at)) at++;
  const named = [at, at + 1].every((k) => /^\p{Lu}[\p{Ll}'-]+$/u.test(tokens[k]?.raw ?? '') && !read.has(k));
  return at > i && named && ['.', ','].includes(norm(tokens, at + 2));
}

/** Words before a number or an ordinal that make it part of a phrase ("the first private", "his second"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'my', 'their', 'our', 'your', 'this', 'that']);

/**
 * "number two", "second", "two of three" standing anywhere, as a recogniser prints them with no sentence ends
 * ("… routine number two sergeant bell female …", "… two one five second the driver specialist kim …"): the
 * casualty's number and the token after its words, else undefined. Never an ordinal inside a rank ("private first
 * class") or after a determiner ("the first private"); the caller checks a person is said right after.
 */
export function spokenNumberAt(tokens: Token[], i: number): { n: number; end: number } | undefined {
  const before = norm(tokens, i - 1);
  if (DETERMINERS.has(before) || RANK_WORDS.has(before)) return undefined;
  const w = norm(tokens, i);
  const numbered = ['number', 'no'].includes(w) ? itemNumber(tokens, i + 1) : undefined;
  if (numbered !== undefined) return { n: numbered, end: i + 2 };
  return Object.hasOwn(ORDINALS, w) ? { n: ORDINALS[w], end: i + 1 } : ofCountAt(tokens, i);
}

/** What a medic counts one by one: devices, drugs and fluids ("2nd TQ", "second dose of fentanyl"). */
const COUNTED_CARE = new Set(['intervention', 'medication', 'fluid']);

/**
 * "2nd TQ R thigh 0619, first one wasn't holding", "Second tourniquet went on, the first one slipped": earlier in the
 * sentence of the ordinal at `i`, another ordinal counts a device, a drug or a fluid, so "first one" is the first of
 * those, not the first casualty ("Second priority is the first one we reached" counts no care: a casualty).
 */
export function countsCareBefore(tokens: Token[], i: number): boolean {
  const care = new Set(
    MATCHER.match(tokens)
      .filter((m) => m.tags.some((t) => COUNTED_CARE.has(t.cat)))
      .map((m) => m.start),
  );
  for (let k = i - 1; k >= 0 && !FULL_STOPS.has(norm(tokens, k)); k--) {
    const digits = tokens[k].kind === 'number' && ['st', 'nd', 'rd', 'th'].includes(norm(tokens, k + 1));
    const counted = digits ? k + 2 : Object.hasOwn(ORDINALS, norm(tokens, k)) ? k + 1 : -1;
    if (counted > 0 && counted < i && care.has(counted)) return true;
  }
  return false;
}
