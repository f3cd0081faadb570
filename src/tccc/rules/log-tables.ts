/**
 * A casualty's log kept as a table, a row an entry: its time in the first column, then what was done or seen, and
 * often who did it ("| 1502 | vitals | HR 122, RR 26 | CPL Ames |"). A row's cells are read as a timeline's line is
 * said, the time first and the rest after it ("1502 vitals, HR 122, RR 26."), so each act and set takes its row's
 * time; the column of who did it is left out, for the medic who did it is not the casualty. The header row and a
 * markdown table's rule row say nothing; the lines around the table are read as they stand.
 */
import { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';
import { cellsOf, linesOf } from './text-cells.js';

/** The first column's name: the entry's time ("Time", "Time (Z)", "DTG", "HHMM"). */
const TIME_COLUMN = /^(?:time|times|clock|dtg|hhmm|hrs?)(?:\s*\(\s*[a-z]+\s*\))?$/i;
/** A column of who made the entry or did the act ("By", "Medic", "Initials"): a caregiver, never the casualty. */
const WHO_COLUMN = /^(?:by|who|medic|provider|initials?|sig(?:nature)?|performed by|done by|recorder|author)$/i;
/**
 * A column of what happened ("Event", "Detail", "Notes"): a log's, whose cells say their own kind. A table whose
 * columns name signs instead ("| Time | HR | BP |") is a vitals table, its cells read by their column (vitals-table.ts).
 */
const ENTRY_COLUMN =
  /^(?:events?|entry|entries|actions?|details?|notes?|description|remarks?|comments?|activity|treatment|findings?)$/i;
/** A row's time as written: four digits or hours and minutes, with a Zulu letter at most. */
const CLOCK = /^(?:[01]\d|2[0-3]):?[0-5]\d\s*[zZ]?$/;
/** A markdown table's rule row: "|---|:---:|". */
const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** Fewest columns a log table has: its time and what was done. */
const MIN_COLUMNS = 2;
/** Fewest rows: one timed row is a note, not a log. */
const MIN_ROWS = 2;
/** A cell that says nothing: blank or dashes. */
const EMPTY_CELL = /^[-–—\s]*$/;

interface LogTable {
  header: number;
  /** The row lines, each with its time in the first cell. */
  rows: number[];
  /** The columns copied: all but who did it. */
  kept: boolean[];
}

/** The log table whose header is line `i`: a time column first, then rows whose first cell is a time. */
function logTableAt(text: string, lines: TextPart[], i: number): LogTable | null {
  if (!text.slice(lines[i].start, lines[i].end).includes('|')) return null;
  const names = cellsOf(text, lines[i], '|').map((c) => text.slice(c.start, c.end));
  if (names.length < MIN_COLUMNS || !TIME_COLUMN.test(names[0])) return null;
  if (!names.some((n) => ENTRY_COLUMN.test(n))) return null;
  let k = i + 1;
  if (k < lines.length && RULE_ROW.test(text.slice(lines[k].start, lines[k].end))) k++;
  const rows: number[] = [];
  for (; k < lines.length; k++) {
    const cells = cellsOf(text, lines[k], '|');
    if (cells.length !== names.length || !CLOCK.test(text.slice(cells[0].start, cells[0].end))) break;
    rows.push(k);
  }
  if (rows.length < MIN_ROWS) return null;
  return { header: i, rows, kept: names.map((n, c) => c === 0 || !WHO_COLUMN.test(n)) };
}

/** Copies a row as a timeline's line: "<time> <cell>, <cell>." with the empty cells and the who column left out. */
function copyRow(out: RewrittenText, text: string, table: LogTable, row: TextPart): void {
  const cells = cellsOf(text, row, '|').filter((c, k) => table.kept[k] && !EMPTY_CELL.test(text.slice(c.start, c.end)));
  cells.forEach((cell, k) => {
    if (k === 1) out.join(' ');
    else if (k > 1) out.join(', ');
    out.copy(text, cell.start, cell.end);
  });
  if (!/[.!?]$/.test(text.slice(cells.at(-1)!.start, cells.at(-1)!.end))) out.join('.');
}

/** The narrative with its log table read row by row as a timeline's lines, or null when it has none. */
export function readLogTable(text: string): RewrittenText | null {
  if (!text.includes('|')) return null;
  const lines = linesOf(text);
  let table: LogTable | null = null;
  for (let i = 0; i < lines.length && !table; i++) table = logTableAt(text, lines, i);
  if (!table) return null;
  const out = new RewrittenText();
  const { header, rows } = table;
  const last = rows.at(-1)!;
  let first = true;
  lines.forEach((line, i) => {
    // The header and the rule row under it say nothing of the casualty.
    if (i >= header && i < rows[0]) return;
    if (!first) out.join('\n');
    first = false;
    if (rows.includes(i)) copyRow(out, text, table, line);
    else if (i < header || i > last) out.copy(text, line.start, line.end);
  });
  return out;
}
