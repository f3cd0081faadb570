/**
 * An update that takes back what an earlier message said of one casualty and gives it to another: "disregard my last
 * on Cas 3's fent, it was Cas 1", "ignore my last on C2's ketamine, it went to C4". The words where the thing was last
 * said of the first casualty are the second's, and the correcting sentence is no one's.
 */
import type { Token } from '../text/tokenize.js';
import type { MovedReading } from './switch-corrections.js';
import type { Target } from './switch-words.js';
import { DIGIT_WORDS } from '../text/number-words.js';
import { CASUALTY_LABEL_NOUNS } from './lexicon/identity.js';
import { sentenceEndFrom, opensSentence } from './sentence-ends.js';
import { codeShapeAt } from './line-codes.js';
import { isBoundary, norm, numberAt, switchOwnerAt } from './switch-words.js';

/** Words that take a message back ("disregard my last", "ignore my last"). */
const TAKE_BACK = new Set(['disregard', 'ignore']);
/** Words between "my last" and the casualty it was about ("on", "about", "for", "re"). */
const ABOUT = new Set(['on', 'about', 'for', 're']);
/** Words before the casualty it was really about ("it was Cas 1", "it went to C4", "that's Cas 1"). */
const WAS = new Set(['was', 'is', 'went', 'goes']);
/** Most words a thing taken back may be said in ("fent", "the TXA", "pain meds"). */
const THING_WORDS = 3;

/** A casualty's label at `i`: his number ("Cas 3"), his code ("C2") or his surname; the switch target and its end. */
function labelAt(tokens: Token[], i: number): { target: Target; end: number } | undefined {
  // "Cas two's ketamine": a number said in words keeps the possessive on its word.
  const word = norm(tokens, i + 1).replace(/['\u2019]s$/, '');
  const spoken = Object.hasOwn(DIGIT_WORDS, word) ? DIGIT_WORDS[word] : undefined;
  const n = CASUALTY_LABEL_NOUNS.has(norm(tokens, i)) ? (numberAt(tokens, i + 1) ?? spoken) : undefined;
  if (n !== undefined) return { target: { key: `n${n}`, number: n }, end: i + 2 };
  if (codeShapeAt(tokens, i)) return { target: { key: `code:${tokens[i].raw}${tokens[i + 1].raw}` }, end: i + 2 };
  return tokens[i]?.kind === 'word' && /^\p{Lu}/u.test(tokens[i].raw)
    ? { target: { key: `name:${norm(tokens, i).replace(/['\u2019]s$/, '')}` }, end: i + 1 }
    : undefined;
}

/** The end of a possessive's mark written apart after a label at `i` ("Cas 3's": "'" and "s"), else `i`. */
const afterPossessive = (tokens: Token[], i: number): number =>
  ["'", '\u2019'].includes(norm(tokens, i)) && norm(tokens, i + 1) === 's' ? i + 2 : i;

/**
 * The things updates take back from one casualty and give to another. `starts[k]` is where switch k starts, `owner[k]`
 * the casualty it switches to; `indexOf` the casualty a label names, else -1.
 */
export function disregardedThings(
  tokens: Token[],
  starts: readonly number[],
  owner: readonly number[],
  indexOf: (target: Target) => number,
): MovedReading[] {
  const out: MovedReading[] = [];
  tokens.forEach((t, i) => {
    // Opening a sentence or an update's heading ("[1541] UPDATE 3: disregard my last …").
    const opens = opensSentence(tokens, i) || norm(tokens, i - 1) === ':';
    if (!TAKE_BACK.has(t.norm) || !opens || norm(tokens, i + 1) !== 'my') return;
    if (norm(tokens, i + 2) !== 'last' || !ABOUT.has(norm(tokens, i + 3))) return;
    const from = labelAt(tokens, i + 4);
    if (!from) return;
    let thing = afterPossessive(tokens, from.end);
    if (norm(tokens, thing) === 'the') thing++;
    let comma = thing;
    while (comma < thing + THING_WORDS && tokens[comma]?.kind === 'word') comma++;
    if (
      comma === thing ||
      norm(tokens, comma) !== ',' ||
      !['it', "it's", 'that', "that's"].includes(norm(tokens, comma + 1))
    )
      return;
    let at = /'s$/.test(norm(tokens, comma + 1)) ? comma + 2 : WAS.has(norm(tokens, comma + 2)) ? comma + 3 : -1;
    if (['to', 'on', 'for'].includes(norm(tokens, at))) at++;
    const to = at > 0 ? labelAt(tokens, at) : undefined;
    const end = sentenceEndFrom(tokens, i);
    if (!to || afterPossessive(tokens, to.end) !== end) return;
    const [fromIndex, toIndex] = [indexOf(from.target), indexOf(to.target)];
    if (fromIndex < 0 || toIndex < 0 || fromIndex === toIndex) return;
    // Where the thing was last said of the casualty it is taken from: the clause it was said in is the other's.
    const name = norm(tokens, thing);
    let said = i - 1;
    while (said >= 0 && !(tokens[said].norm === name && switchOwnerAt(starts, owner, said) === fromIndex)) said--;
    if (said < 0) return;
    let first = said;
    while (first > 0 && !isBoundary(tokens[first - 1])) first--;
    let last = said;
    while (last + 1 < tokens.length && !isBoundary(tokens[last + 1])) last++;
    const clause = { start: tokens[first].start, end: tokens[last].end };
    out.push({ unclear: { start: t.start, end: (tokens[end] ?? tokens[end - 1]).end } });
    out.push({ unclear: clause, given: { part: clause, to: toIndex } });
  });
  return out;
}
