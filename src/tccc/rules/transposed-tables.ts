/**
 * A casualty table laid on its side: a column a casualty and a row a field, the field's name in the first cell
 * ("Name | Reyes | Okafor | Lin", "TQ | R thigh 1412 | none | L arm 1420"), cut by "|" or by tabs. A cell says nothing
 * of whose it is: its column does, and the row's first cell says what it is. So each column is read as its casualty's
 * own words, as a tracker's row is (tracker-tables.ts): "Patient 2, PFC Omar Haddad: Roster: OH2047. Sex: M. …". A
 * row whose name says more than a card's field ("VS 0450", "Meds") keeps its name before the cell, for the time or
 * the kind it gives. The lines around the table (a title, notes under it) are read as they stand.
 */
import { RewrittenText } from './rewritten-text.js';
import { cellsOf, linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';
import { EMPTY_CELL, RULE_ROW, closeCell, columnOf, copyName, type Column } from './tracker-tables.js';

/** Fewest rows naming a card's field a table on its side has. */
const MIN_FIELD_ROWS = 3;
/** A header row's first cell: it names the rows, not a field ("Field", "Item", blank). */
const HEADER_LABEL = /^(?:|fields?|items?|data|casualt(?:y|ies)|cas|patients?|pts?)$/i;
/** A cell that says nothing was done or found: passed over like a blank one. */
const NOTHING_CELL = /^(?:none|nil|not (?:asked|known|given|done|taken|repeated|rechecked|re-?checked|obtained))\.?$/i;
/** A header cell numbering or lettering its casualty ("Cas 2", "Pt B", "#3"): the number or letter he is called by. */
const CALLED = /^(?:(?:cas(?:ualty)?|pt|patient|litter|#)\s*)?([A-Z]|[1-9])$/i;

interface SideTable {
  /** The line naming the columns' casualties (a "Name" row or a header), or -1. */
  header: number;
  first: number;
  last: number;
  separator: string;
  width: number;
}

/** The lines from `i` on with as many cells as line `i` has under `separator`, a rule row among them passed over. */
function runFrom(text: string, lines: TextPart[], i: number, separator: string, width: number): number {
  let k = i;
  while (k + 1 < lines.length) {
    const line = text.slice(lines[k + 1].start, lines[k + 1].end);
    if (!RULE_ROW.test(line) && cellsOf(text, lines[k + 1], separator).length !== width) break;
    k++;
  }
  return k;
}

/** The table on its side starting at line `i`, or null: rows of a field's name then a cell a casualty. */
function tableAt(text: string, lines: TextPart[], i: number): SideTable | null {
  for (const separator of ['|', '\t']) {
    const width = cellsOf(text, lines[i], separator).length;
    if (width < 3) continue;
    const last = runFrom(text, lines, i, separator, width);
    const labels = lines.slice(i, last + 1).map((line) => {
      const [name] = cellsOf(text, line, separator);
      return text.slice(name.start, name.end);
    });
    const columns = labels.map(columnOf);
    if (columns.filter((c) => c !== 'words' && c !== 'designator').length < MIN_FIELD_ROWS) continue;
    const header = columns[0] === 'name' || HEADER_LABEL.test(labels[0]) ? i : -1;
    if (header < 0 && !columns.includes('name')) continue;
    return { header, first: i, last, separator, width };
  }
  return null;
}

/** Copies casualty `k`'s column as his words: "Patient n, <name>: <Label>: <cell>. <row name>: <cell>. …". */
function copyColumn(out: RewrittenText, text: string, lines: TextPart[], table: SideTable, k: number): void {
  const rows = lines.slice(table.first, table.last + 1).filter((l) => !RULE_ROW.test(text.slice(l.start, l.end)));
  const cells = rows.map((row) => cellsOf(text, row, table.separator));
  const said = (c: TextPart | undefined): c is TextPart => {
    const words = c ? text.slice(c.start, c.end) : '';
    return !!c && !EMPTY_CELL.test(words) && !NOTHING_CELL.test(words);
  };
  const columnAt = (r: number): Column => columnOf(text.slice(cells[r][0].start, cells[r][0].end));
  const headerRow = table.header >= 0 && columnAt(0) !== 'name' ? 0 : -1;
  const called = headerRow === 0 ? CALLED.exec(text.slice(cells[0][k].start, cells[0][k].end))?.[1] : undefined;
  out.join(`Patient ${called?.toUpperCase() ?? k}`);
  const nameRow = cells.findIndex((_, r) => r !== headerRow && columnAt(r) === 'name');
  if (said(cells[nameRow]?.[k])) copyName(out.join(', '), text, cells[nameRow][k]);
  out.join(':');
  cells.forEach((row, r) => {
    if (r === headerRow || r === nameRow || !said(row[k])) return;
    for (const [label, cell] of fieldsOf(text, row[0], row[k])) {
      const column = columnOf(text.slice(label.start, label.end));
      out.join(' ');
      if (typeof column === 'object') out.join(`${column.label}: `);
      else out.copy(text, label.start, label.end).join(': ');
      closeCell(out.copy(text, cell.start, cell.end), text.slice(cell.start, cell.end));
    }
  });
}

/**
 * A row's name and its cell as fields: a name of two fields and a cell of as many parts, both cut at a slash, field
 * by field ("Rank/roster" over "SGT / NG7004" is "Rank: SGT. Roster: NG7004."); any other, the name over the cell.
 */
function fieldsOf(text: string, label: TextPart, cell: TextPart): [TextPart, TextPart][] {
  const labels = cellsOf(text, label, '/');
  const parts = cellsOf(text, cell, '/');
  if (labels.length === 2 && parts.length === 2 && [...labels, ...parts].every((p) => p.end > p.start))
    return [
      [labels[0], parts[0]],
      [labels[1], parts[1]],
    ];
  return [[label, cell]];
}

/** The narrative with its table on its side read column by column as each casualty's words, or null when it has none. */
export function readTransposedTable(text: string): RewrittenText | null {
  if (!/[|\t]/.test(text)) return null;
  const lines = linesOf(text);
  let table: SideTable | null = null;
  for (let i = 0; i < lines.length && !table; i++) table = tableAt(text, lines, i);
  if (!table) return null;
  const out = new RewrittenText();
  lines.forEach((line, i) => {
    if (i > table.first && i <= table.last) return;
    if (i > 0) out.join('\n');
    if (i !== table.first) {
      out.copy(text, line.start, line.end);
      return;
    }
    for (let k = 1; k < table.width; k++) {
      if (k > 1) out.join('\n');
      copyColumn(out, text, lines, table, k);
    }
  });
  return out;
}
