/**
 * Reports rendered deterministically from a TCCC record: DD Form 1380, 9-line MEDEVAC, ZMIST.
 * Each report has a `build*` function returning data (for screen and print views) and a `*Text`
 * function returning plain text (copy, export, radio, CLI). Pure: no DOM, no storage.
 */
import type { TcccRecord } from '../record.js';
import { buildCard } from './card.js';
import { cardText } from './card-text.js';
import type { ReportContext } from './context.js';
import { buildNineLine, nineLineText, type NineLineFields } from './nine-line.js';
import { buildZmist, zmistText } from './zmist.js';

export * from './card.js';
export { BLANK } from './context.js';
export * from './nine-line.js';
export * from './zmist.js';

export const REPORT_KINDS = ['card', '9line', 'zmist'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Everything a report may draw on for one casualty. */
export interface ReportInput {
  record: TcccRecord;
  context?: ReportContext;
  /** The 9-line's medic-completed lines. */
  nineLine?: NineLineFields;
  /** Every casualty at the pickup site, this one included, for 9-line lines 3 and 5; defaults to [record]. */
  siteRecords?: TcccRecord[];
}

/** The text of one report kind; the one entry point the CLI and the copy/export buttons share. */
export function reportText(kind: ReportKind, input: ReportInput): string {
  switch (kind) {
    case 'card':
      return cardText(buildCard(input.record, input.context));
    case '9line':
      return nineLineText(buildNineLine(input.siteRecords ?? [input.record], input.nineLine));
    case 'zmist':
      return zmistText(buildZmist(input.record));
  }
}
