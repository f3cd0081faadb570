/**
 * A casualty's log kept as a table, a row per event: "time | event | detail | by", then "| 0421 | TQ | CAT R arm | SSG
 * Okafor |", or only "time | entry", then "1106 | TXA 2 g IO". Its rows are one casualty's, in time order, and the time
 * stands in a cell of its own, apart from the act it dates, so each row is read as a log line is: "0421 TQ: CAT R arm."
 * The column of who did it names a medic, never the casualty, and is left out. Exported from a spreadsheet, its cells
 * are cut by commas, quoted where they hold commas of their own. A log kept for several casualties names in a column of
 * its own whose each row is: its rows are gathered under each casualty's name, in the order they are first named, so
 * each one's words stand together ("Patient 1, Ana Lopes:\n0304 assessment: pelvic fx.\n0306 intervention: pelvic
 * binder."); a row of "both" or of no one is read where it stands, after them. A tracker (a row per casualty) is read
 * by tracker-tables.ts. A log kept past midnight marks the day between its rows ("--- 15 FEB ---"), a line of its own
 * that ends no log. A column of a sign ("time | HR | BP | SpO2 | notes") says which sign its cell's number is only in
 * its name, so the cell is read after it ("HR 118").
 */
import { MONTH_ABBREVIATIONS } from '../text/months.js';
import { RewrittenText } from './rewritten-text.js';
import { cellsOf, linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';
import { RULE_ROW } from './tracker-tables.js';
import { cellSaysNotGiven } from './row-statuses.js';
import { SIGN_HEADER } from './monitor-trends.js';

/** The first column's name: when the row's event happened ("Time", "Time (Z)", "DTG"). */
const TIME_COLUMN = /^(?:times?|hhmm|dtg|clock|hrs?)(?:\s*\(\s*[a-z]+\s*\))?$/i;
/** A column naming what happened. */
const EVENT_COLUMN =
  /^(?:events?|actions?|activity|entry|entries|intervention|tx|treatment|details?|notes?|description|remarks?|findings?)$/i;
/** A column naming who did it: a medic, never the casualty. */
const WHO_COLUMN =
  /^(?:by|who|initials?|provider|medic|sig(?:ned|nature)?|(?:performed|done|entered|logged|recorded) by|recorder|author)$/i;
/** A column naming whose row it is. */
const CASUALTY_COLUMN = /^(?:casualty|patient|pt|cas|name|casualty name|patient name)$/i;
/** A casualty cell naming no one casualty: the row is said of them all, or of none. */
const NO_ONE = /^(?:both|all|all \w+|everyone|n\/?a|-+)?$/i;
/** A time cell: a clock written as four digits ("0421", "0421Z") or with a colon ("04:21"). */
const CLOCK_CELL = /^(?:\d{4}Z?|\d{1,2}:\d{2})$/;
/** A line marking the day between rows: "--- 15 FEB ---", "15 FEB 2026", "Day 2", "D2". */
const DAY_LINE = new RegExp(
  String.raw`^[\s|=*-]*(?:\d{1,2}\s*(?:${MONTH_ABBREVIATIONS.join('|')})[a-z]*\.?(?:\s*\d{2,4})?|day\s*\d{1,2}|d\d)[\s|=*-]*$`,
  'i',
);
/** Fewest rows a log has. */
const MIN_ROWS = 2;

/** The narrative with its log table read as log lines, or null when it has none. */
export function readLogTable(text: string): RewrittenText | null {
  if (!/[|,]/.test(text)) return null;
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    for (const separator of ['|', ',']) {
      const names = cellsOf(text, lines[i], separator).map((c) => text.slice(c.start, c.end).replaceAll('_', ' '));
      if (names.length < 2 || !TIME_COLUMN.test(names[0]) || !names.some((n) => EVENT_COLUMN.test(n))) continue;
      const rows = rowsAfter(text, lines, i, names.length, separator);
      if (rows.length < MIN_ROWS) continue;
      const casualty = names.findIndex((n) => CASUALTY_COLUMN.test(n));
      const kept = names.map((n, k) => k > 0 && k !== casualty && !WHO_COLUMN.test(n));
      const signs = names.map((n, k) => kept[k] && SIGN_HEADER.test(n));
      return rewrite(text, lines, { header: i, rows, kept, signs, casualty, separator });
    }
  }
  return null;
}

interface LogTable {
  header: number;
  rows: number[];
  /** Which columns' cells are read after the time: not who did it, nor whose row it is. */
  kept: boolean[];
  /** Which kept columns are a sign's, their cells read after the column's name. */
  signs: boolean[];
  /** The column naming whose row it is, or -1. */
  casualty: number;
  separator: string;
}

/**
 * The lines of the rows under header `i`: as many cells as it has, the first a clock; a rule row passed over. A row
 * whose last cell is left blank ends in a bar ("1520 | pain | 5/10 |"), as a markdown row does, and is counted so.
 */
function rowsAfter(text: string, lines: TextPart[], i: number, columns: number, separator: string): number[] {
  let k = i + 1;
  if (k < lines.length && RULE_ROW.test(text.slice(lines[k].start, lines[k].end))) k++;
  const rows: number[] = [];
  for (; k < lines.length; k++) {
    if (DAY_LINE.test(text.slice(lines[k].start, lines[k].end))) continue;
    const cells = cellsOf(text, lines[k], separator);
    const blankLast =
      separator === '|' &&
      cells.length === columns - 1 &&
      text.slice(lines[k].start, lines[k].end).trimEnd().endsWith('|');
    if ((cells.length !== columns && !blankLast) || !CLOCK_CELL.test(text.slice(cells[0].start, cells[0].end))) break;
    rows.push(k);
  }
  return rows;
}

/**
 * Each row as "<time> <event>: <detail>.", under its casualty's name when the log names whose each row is; the header
 * and rule row dropped, every other line as it stands.
 */
function rewrite(text: string, lines: TextPart[], table: LogTable): RewrittenText {
  const { header, rows, casualty, separator } = table;
  const owner = (row: number): TextPart | null => {
    if (casualty < 0) return null;
    const cell = cellsOf(text, lines[row], separator)[casualty];
    return NO_ONE.test(text.slice(cell.start, cell.end)) ? null : cell;
  };
  const owners = new Map<string, { name: TextPart; rows: number[] }>();
  for (const row of rows) {
    const cell = owner(row);
    if (!cell) continue;
    const key = text.slice(cell.start, cell.end).toLowerCase();
    if (!owners.has(key)) owners.set(key, { name: cell, rows: [] });
    owners.get(key)!.rows.push(row);
  }
  const out = new RewrittenText();
  // The header's cells, split once for all rows: a sign's cell is read after its column's name.
  const names = cellsOf(text, lines[header], separator);
  const copyLine = (i: number) => {
    if (out.value) out.join('\n');
    if (rows.includes(i)) copyRow(out, text, lines[i], names, table);
    else out.copy(text, lines[i].start, lines[i].end);
  };
  lines.forEach((_, i) => {
    if (i === header + 1) {
      // Labelled as a tracker labels its rows, so the names open each one's words whether or not a count was said.
      [...owners.values()].forEach(({ name, rows: own }, n) => {
        out
          .join(`\nPatient ${n + 1}, `)
          .copy(text, name.start, name.end)
          .join(':');
        own.forEach(copyLine);
      });
    }
    if (rows.includes(i) && owner(i)) return;
    if (i < header || i > rows[rows.length - 1] || rows.includes(i)) copyLine(i);
  });
  return out;
}

/**
 * A row is copied as its time and kept cells, each sign's after its column's name in `names` (the header's cells); one
 * whose cell says its care was not given ("HELD: drowsy") gives none.
 */
function copyRow(out: RewrittenText, text: string, line: TextPart, names: TextPart[], table: LogTable): void {
  const cells = cellsOf(text, line, table.separator);
  if (cells.some((c) => cellSaysNotGiven(text.slice(c.start, c.end)))) return;
  out.copy(text, cells[0].start, cells[0].end);
  const said = cells
    .map((cell, k) => ({ cell, k }))
    .filter(({ cell: c, k }) => table.kept[k] && c.end > c.start && !/^[-–—]+$/.test(text.slice(c.start, c.end)));
  said.forEach(({ cell, k }, n) => {
    // The signs are said as a set is ("2220 HR 118, BP 128/80, SpO2 91, responds to voice"), each after its name.
    const sign = table.signs[k] || said.slice(0, n).some((s) => table.signs[s.k]);
    out.join(n === 0 ? ' ' : n === 1 && !sign ? ': ' : ', ');
    if (table.signs[k]) out.copy(text, names[k].start, names[k].end).join(' ');
    out.copy(text, cell.start, cell.end);
  });
  const last = said.at(-1)?.cell ?? cells[0];
  if (!/[.!?]$/.test(text.slice(last.start, last.end))) out.join('.');
}
