/**
 * An engagement told as it happened ("1031 - … SPC Rasmussen takes a round to the abdomen. … 1049 - … SSG Whitehorse,
 * frag to the R groin"): each soldier said hit, in the order hit (named-prose.ts), rather than the cut made by the names
 * triaged at its end, which gives the words of one hit later to the one cared for before.
 */
import type { CasualtySplit } from './casualty-split.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { hurtSoldiers } from './hurt-soldiers.js';

/** The surname a label ends with, as named-prose.ts keys it ("on Baptiste" → "baptiste", "Ivanova's" → "ivanova"). */
const endingSurname = (text: string, label: { start: number; end: number }): string =>
  (text.slice(label.start, label.end).trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/'s?$/, '');

/**
 * True when the soldiers said hit (`prose`) are more than the casualties `first` cut, or as many where `first` was
 * cut only at their names: no "the first", "casualty two" or role cut it, which would say more than their names.
 */
export function outnumbers(text: string, prose: CasualtySplit, first: CasualtySplit): boolean {
  const hurt = hurtSoldiers(readTokens(text, NORMALIZE_OPTIONS));
  const byNames = first.labels.every((l) => hurt.includes(endingSurname(text, l)));
  return prose.casualties.length >= first.casualties.length + (byNames ? 0 : 1);
}
