/**
 * A casualty's log kept as a table, a row per event: "time | event | detail | by", then "| 0421 | TQ | CAT R arm |
 * SSG Okafor |". Its rows are one casualty's, in time order, and the time stands in a cell of its own, apart from the
 * act it dates, so each row is read as a log line is: "0421 TQ: CAT R arm." The column of who did it names a medic,
 * never the casualty, and is left out. A tracker (a row per casualty) is read by tracker-tables.ts.
 */
import { RewrittenText } from './rewritten-text.js';
import { cellsOf, linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';
import { RULE_ROW } from './tracker-tables.js';

/** The first column's name: when the row's event happened ("Time", "Time (Z)", "DTG"). */
const TIME_COLUMN = /^(?:times?|hhmm|dtg|clock|hrs?)(?:\s*\(\s*[a-z]+\s*\))?$/i;
/** A column naming what happened. */
const EVENT_COLUMN =
  /^(?:events?|actions?|activity|entry|entries|intervention|tx|treatment|details?|notes?|description|remarks?|findings?)$/i;
/** A column naming who did it: a medic, never the casualty. */
const WHO_COLUMN = /^(?:by|who|initials?|provider|medic|sig(?:ned|nature)?|performed by|done by|recorder|author)$/i;
/** A time cell: a clock written as four digits ("0421", "0421Z") or with a colon ("04:21"). */
const CLOCK_CELL = /^(?:\d{4}Z?|\d{1,2}:\d{2})$/;
/** Fewest rows a log has. */
const MIN_ROWS = 2;

/** The narrative with its log table read as log lines, or null when it has none. */
export function readLogTable(text: string): RewrittenText | null {
  if (!text.includes('|')) return null;
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const names = cellsOf(text, lines[i], '|').map((c) => text.slice(c.start, c.end));
    if (names.length < 3 || !TIME_COLUMN.test(names[0]) || !names.some((n) => EVENT_COLUMN.test(n))) continue;
    const rows = rowsAfter(text, lines, i, names.length);
    if (rows.length < MIN_ROWS) continue;
    const kept = names.map((n, k) => k > 0 && !WHO_COLUMN.test(n));
    return rewrite(text, lines, i, rows, kept);
  }
  return null;
}

/**
 * The lines of the rows under header `i`: as many cells as it has, the first a clock; a rule row passed over. A row
 * whose last cell is left blank ends in a bar ("1520 | pain | 5/10 |"), as a markdown row does, and is counted so.
 */
function rowsAfter(text: string, lines: TextPart[], i: number, columns: number): number[] {
  let k = i + 1;
  if (k < lines.length && RULE_ROW.test(text.slice(lines[k].start, lines[k].end))) k++;
  const rows: number[] = [];
  for (; k < lines.length; k++) {
    const cells = cellsOf(text, lines[k], '|');
    const blankLast = cells.length === columns - 1 && text.slice(lines[k].start, lines[k].end).trimEnd().endsWith('|');
    if ((cells.length !== columns && !blankLast) || !CLOCK_CELL.test(text.slice(cells[0].start, cells[0].end))) break;
    rows.push(k);
  }
  return rows;
}

/** Each row as "<time> <event>: <detail>."; the header and rule row dropped, every other line as it stands. */
function rewrite(text: string, lines: TextPart[], header: number, rows: number[], kept: boolean[]): RewrittenText {
  const out = new RewrittenText();
  lines.forEach((line, i) => {
    if (i > 0) out.join('\n');
    if (rows.includes(i)) copyRow(out, text, line, kept);
    else if (i < header || i > rows[rows.length - 1]) out.copy(text, line.start, line.end);
  });
  return out;
}

function copyRow(out: RewrittenText, text: string, line: TextPart, kept: boolean[]): void {
  const cells = cellsOf(text, line, '|');
  out.copy(text, cells[0].start, cells[0].end);
  const said = cells.filter((c, k) => kept[k] && c.end > c.start && !/^[-–—]+$/.test(text.slice(c.start, c.end)));
  said.forEach((cell, k) => {
    out.join(k === 0 ? ' ' : k === 1 ? ': ' : ', ');
    out.copy(text, cell.start, cell.end);
  });
  const last = said.at(-1) ?? cells[0];
  if (!/[.!?]$/.test(text.slice(last.start, last.end))) out.join('.');
}
