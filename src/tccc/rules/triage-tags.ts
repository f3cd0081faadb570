/**
 * Triage tags the medic hangs on casualties and then speaks of them by: "tagging them T1-T3 … T1 = SPC Ibarra, L leg
 * gone … T2 = PV2 Nash, GSW R arm … T1 TXA 2 g IO 2112 … T2 IV R AC". Once two tags or more are each said to be a
 * person ("T1 = SPC Ibarra", "T2: PFC Dunn", "T3 is Sgt Odum"), each is that casualty's label wherever it opens what
 * is said ("T1 HR 140", "9 line: T1 urgent, T2 priority"), as "Cas A" is.
 */
import type { Token } from '../text/tokenize.js';
import { rankedPersonAt } from './counted-items.js';
import { isBoundary, norm, type SwitchFound } from './switch-words.js';

/** Words that open a correction of what a tag's casualty had ("correction T1 TQ 2103 not 2104"). */
const CORRECTIONS = new Set(['correction', 'update']);

/**
 * "T1", "T3": T and one digit (1 to 4, the triage categories' tags) at token `i`, opening what is said: the text's or
 * a line's start, after punctuation ("9 line: T1 urgent, T2 priority") or a word of correction.
 */
function tagAt(tokens: Token[], i: number): boolean {
  const digit = tokens[i + 1];
  if (norm(tokens, i) !== 't' || digit?.kind !== 'number' || digit.spaced || !/^[1-4]$/.test(digit.raw)) return false;
  return i === 0 || isBoundary(tokens[i - 1]) || CORRECTIONS.has(norm(tokens, i - 1));
}

/** What may stand between a tag and the person it is said to be ("T1 = SPC Ibarra", "T2: PFC Dunn", "T3 is …"). */
const TAG_JOINS = new Set(['=', ':', '-', 'is']);

const taggedOf = new WeakMap<Token[], Set<number>>();

/** The tag numbers said to be a person ("T1 = SPC Ibarra" → 1), once per narrative; none unless two or more. */
function personTags(tokens: Token[]): Set<number> {
  let tags = taggedOf.get(tokens);
  if (!tags) {
    tags = new Set();
    for (let i = 0; i < tokens.length; i++) {
      if (!tagAt(tokens, i)) continue;
      const who = TAG_JOINS.has(norm(tokens, i + 2)) ? i + 3 : i + 2;
      if (rankedPersonAt(tokens, who)) tags.add(tokens[i + 1].value!);
    }
    if (tags.size < 2) tags.clear();
    taggedOf.set(tokens, tags);
  }
  return tags;
}

/**
 * The switch to the casualty a tag at token `i` labels: "T1" opening a sentence or set off before it ("T1 HR 140",
 * "9 line: T1 urgent, T2 priority"), of a tag said to be a person; its join and the person's name stay his words.
 */
export function tagSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  if (!tagAt(tokens, i)) return null;
  const n = tokens[i + 1].value!;
  if (!personTags(tokens).has(n)) return null;
  return { target: { key: `n${n}`, number: n }, end: i + 2 };
}
