/**
 * An engagement told as it happened ("1031 - … SPC Rasmussen takes a round to the abdomen. … 1049 - … SSG Whitehorse,
 * frag to the R groin"): each soldier said hit, in the order hit (named-prose.ts), rather than the cut made by the names
 * triaged at its end, which gives the words of one hit later to the one cared for before.
 */
import type { CasualtySplit } from './casualty-split.js';
import type { ProseSplit } from './named-prose.js';
import type { Token } from '../text/tokenize.js';
import { isCareAct } from './caregivers.js';
import { woundSaidAt } from './wound-clauses.js';
import { rankedMentions, surnameOf, type Mention } from './hurt-soldiers.js';
import { FULL_STOPS, sentenceStartFrom } from './sentence-ends.js';

/**
 * True when the soldiers said hit (`prose`) are more than the casualties `first` cut, or as many where `first` was
 * cut only at their names: no "the first", "casualty two" or role cut it, which would say more than their names. A
 * part of `first` opened by a soldier never said hit who gives care at once is not counted: a squad leader's
 * statement cut at each man named ("PFC Reyes put the strap thing on his right leg", "PFC Vo almost put the sticky
 * patch on his chest") is cut at those who helped as well as those hit, and at the one who signs it first ("SSG
 * Kemper, 2nd Squad. What my guys did for the wounded").
 */
export function outnumbers({ split, tokens, hurt }: ProseSplit, first: CasualtySplit): boolean {
  // The surname each label ends with, keyed as hurtSoldiers keys it ("on Baptiste" → "baptiste", "Ivanova's" → "ivanova").
  const byNames = first.labels.every((l) => {
    const last = tokens.findLast((t) => t.start >= l.start && t.end <= l.end);
    return last !== undefined && hurt.includes(surnameOf(last));
  });
  const ranked = rankedMentions(tokens);
  const helpers = first.casualties.filter((parts) => {
    const m = ranked.find((r) => tokens[r.start].start === parts[0]?.start);
    return m !== undefined && !hurt.includes(m.surname) && (signs(tokens, ranked, m) || helps(tokens, m));
  }).length;
  return split.casualties.length >= first.casualties.length - helpers + (byNames ? 0 : 1);
}

/**
 * True when soldier `m` opens the text and no wound is said before the next soldier named: the one who signs it, not
 * one named first whose wound comes a sentence later ("SPC Lee was on the left. He took fragments to the left arm.").
 */
function signs(tokens: Token[], ranked: readonly Mention[], m: Mention): boolean {
  const next = ranked.find((r) => r.start > m.end)?.start ?? tokens.length;
  return m.start === 0 && !tokens.slice(m.end + 1, next).some((_, k) => woundSaidAt(tokens, m.end + 1 + k));
}

/** How far after his name a soldier's care act may come ("PFC Vo almost put", "SPC Lowe then quickly applied"). */
const ACT_REACH = 3;

/** True when soldier `m` opens his sentence and does a care act in the words right after his name. */
const helps = (tokens: Token[], m: Mention): boolean =>
  sentenceStartFrom(tokens, m.start, FULL_STOPS) === m.start &&
  tokens.slice(m.end + 1, m.end + 1 + ACT_REACH).some((t) => isCareAct(t.norm));
