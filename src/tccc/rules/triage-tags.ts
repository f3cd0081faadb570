/**
 * Triage tags the medic hangs on casualties and then speaks of them by: "tagging them T1-T3 … T1 = SPC Ibarra, L leg
 * gone … T2 = PV2 Nash, GSW R arm … T1 TXA 2 g IO 2112 … T2 IV R AC". Once two tags or more are each said to be a
 * person ("T1 = SPC Ibarra", "T2: PFC Dunn", "T3 is Sgt Odum"), each is that casualty's label wherever it opens what
 * is said ("T1 HR 140", "9 line: T1 urgent, T2 priority"), as "Cas A" is. A flight medic's litters are tagged so too
 * ("L1: SGT Bell … L2: PFC Whitfield … 1410Z L1 humeral IO"); "L1" alone stays a 9-line's first line (grid.ts).
 */
import type { Token } from '../text/tokenize.js';
import { rankedPersonAt } from './counted-items.js';
import { isBoundary, lineStampBefore, norm, type SwitchFound } from './switch-words.js';

/** Words that open a correction of what a tag's casualty had ("correction T1 TQ 2103 not 2104"). */
const CORRECTIONS = new Set(['correction', 'update']);

/**
 * The tag at token `i` and the token after it: "T1" (T and one digit, 1 to 4, the triage categories' tags, two
 * tokens) or "L2" (a litter, one joined word, 1 to 9), opening what is said: the text's or a line's start, after
 * punctuation ("9 line: T1 urgent, T2 priority"), a word of correction or a log line's time ("0241Z L1 HR 128").
 */
function tagAt(tokens: Token[], i: number): { n: number; end: number } | undefined {
  const digit = tokens[i + 1];
  const triage = norm(tokens, i) === 't' && digit?.kind === 'number' && !digit.spaced && /^[1-4]$/.test(digit.raw);
  const litter = /^l([1-9])$/.exec(norm(tokens, i));
  const tag = triage ? { n: digit.value!, end: i + 2 } : litter ? { n: Number(litter[1]), end: i + 1 } : undefined;
  const opens =
    i === 0 || isBoundary(tokens[i - 1]) || CORRECTIONS.has(norm(tokens, i - 1)) || lineStampBefore(tokens, i) >= 0;
  return opens ? tag : undefined;
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
      const tag = tagAt(tokens, i);
      if (!tag) continue;
      const who = TAG_JOINS.has(norm(tokens, tag.end)) ? tag.end + 1 : tag.end;
      if (rankedPersonAt(tokens, who)) tags.add(tag.n);
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
  const tag = tagAt(tokens, i);
  if (!tag || !personTags(tokens).has(tag.n)) return null;
  return { target: { key: `n${tag.n}`, number: tag.n }, end: tag.end };
}
