/**
 * A medication record laid out as a table, one giving a row, with a status cell: "Moxifloxacin | 400 mg | PO | 0620 |
 * - | REFUSED, pt vomiting", "0030 | Morphine | 5 mg | IV | - | HELD: drowsy". A cell that opens with a status of
 * care not given takes back the care of its whole row, however far across the row it stands; prose keeps its own
 * reach (negation.ts).
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';

/** Statuses of care not given, as a record's cell opens with them. */
const NOT_GIVEN: readonly (readonly string[])[] = [
  ['held'],
  ['refused'],
  ['declined'],
  ['wasted'],
  ['omitted'],
  ['withheld'],
  ['discontinued'],
  ['not', 'given'],
  ['cancelled'],
];
/** Fewest cell bars that make a line a table row. */
const ROW_BARS = 3;

/** A treatment: what a status of care not given, or intended-care words ("requested", "will give"), cover. */
export const isCare = (m: Mention): boolean =>
  m.tags.some((t) => t.cat === 'intervention' || t.cat === 'medication' || t.cat === 'fluid' || t.cat === 'access');

/** A drug or a fluid: care given into the casualty, not a device placed on him. */
export const isDrugOrFluid = (m: Mention): boolean => m.tags.some((t) => t.cat === 'medication' || t.cat === 'fluid');

/** Marks as negated the care of each table row that has a cell opening with a status of care not given. */
export function negateRowStatuses(tokens: Token[], mentions: Mention[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].norm !== '\n') continue;
    const bars = tokens.slice(lineStart, i).filter((t) => t.norm === '|').length;
    if (bars >= ROW_BARS && statusCellIn(tokens, lineStart, i))
      for (const m of mentions) if (m.start >= lineStart && m.end <= i && isCare(m)) m.negated = true;
    lineStart = i + 1;
  }
}

/** True when `words` (lower-case, in order) open with a status of care not given ("HELD: drowsy", "not given"). */
const opensNotGiven = (words: readonly string[]): boolean =>
  NOT_GIVEN.some((status) => status.every((w, k) => words[k] === w));

/** True when a cell of the row in tokens `[from, to)` opens with a status of care not given. */
function statusCellIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (tokens[i].norm === '|' && opensNotGiven(tokens.slice(i + 1, i + 3).map((t) => t.norm))) return true;
  return false;
}

/** True when a table's cell, as written, opens with a status of care not given ("WASTED - syringe dropped"). */
export const cellSaysNotGiven = (cell: string): boolean =>
  opensNotGiven(
    cell
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
