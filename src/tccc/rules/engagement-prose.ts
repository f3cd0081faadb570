/**
 * An engagement told as it happened ("1031 - … SPC Rasmussen takes a round to the abdomen. … 1049 - … SSG Whitehorse,
 * frag to the R groin"): each soldier said hit, in the order hit (named-prose.ts), rather than the cut made by the names
 * triaged at its end, which gives the words of one hit later to the one cared for before.
 */
import type { CasualtySplit } from './casualty-split.js';
import type { ProseSplit } from './named-prose.js';
import { surnameOf } from './hurt-soldiers.js';

/**
 * True when the soldiers said hit (`prose`) are more than the casualties `first` cut, or as many where `first` was
 * cut only at their names: no "the first", "casualty two" or role cut it, which would say more than their names.
 */
export function outnumbers({ split, tokens, hurt }: ProseSplit, first: CasualtySplit): boolean {
  // The surname each label ends with, keyed as hurtSoldiers keys it ("on Baptiste" → "baptiste", "Ivanova's" → "ivanova").
  const byNames = first.labels.every((l) => {
    const last = tokens.findLast((t) => t.start >= l.start && t.end <= l.end);
    return last !== undefined && hurt.includes(surnameOf(last));
  });
  return split.casualties.length >= first.casualties.length + (byNames ? 0 : 1);
}
