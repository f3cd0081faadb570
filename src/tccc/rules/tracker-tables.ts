/**
 * A casualty tracker pasted as a table: a header row naming the columns, then a row a casualty, its cells cut by "|"
 * (a markdown table's rule row "|---|---|" passed over) or by commas ("Line,Name,Sex,Unit,…"). A row's cells say
 * nothing of whose they are or what field they fill ("NKDA", "1120", "IED"): the header says that. So each row is
 * read as its casualty's own words under a label of the order he is listed in, each cell after the field its column
 * names, as a card's boxes are ("Patient 1, SGT Rafael Montoya: Roster: RM-3381. Time of injury: 1120. CAT L thigh
 * 1124; …"). A column whose cells say their own kind (injuries, treatment, vital signs) is read as its words are.
 * The lines around the table (a title, notes under it) are read as they stand.
 */
import { RANK_WORDS } from './lexicon/identity.js';
import { RewrittenText } from './rewritten-text.js';
import { cellsOf, linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';

/** Fewest columns a header needs to be a tracker's. */
const MIN_COLUMNS = 4;
/** Most words a column's name has ("Access / fluids", "Name / rank"). */
const MAX_HEADER_WORDS = 4;
/** A markdown table's rule row: "|---|:---:|". */
export const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A cell that says nothing: blank, a dash, "n/a", "unk". */
export const EMPTY_CELL = /^\s*(?:[-–—?]+|n\/?a|unk|unknown)?\s*$/i;

/** What a column's name says its cells are: the row's designator, the name, the rank, or a card's field (its label). */
export type Column = 'designator' | 'name' | 'rank' | { label: string } | 'words';

/** Column names and what their cells are, tried in order; any other column's cells are read as their words. */
const COLUMNS: [RegExp, Column][] = [
  [/^(?:#|no\.?|line|ser(?:ial)?|pt|pt ?#|patient ?#|cas(?:ualty)? ?#?|litter(?: ?#)?)$/i, 'designator'],
  [/\bname\b/i, 'name'],
  // A rank in a column of its own is said before the name, as a rank is ("PFC Mahmoud Haddad"), never a cell alone.
  [/^(?:rank|rk|grade|rate)$/i, 'rank'],
  [/^(?:br ?#?|zap(?: ?#| no\.?)?|roster(?: ?#| no\.?)?|battle roster(?: ?#| no\.?)?)$/i, { label: 'Roster' }],
  [/^(?:sex|gender|m\/f)$/i, { label: 'Sex' }],
  [/^unit$/i, { label: 'Unit' }],
  [/^(?:allerg(?:y|ies)|nkda\??)$/i, { label: 'Allergies' }],
  [/^(?:toi|time of injury|time hurt|time injured|inj(?:ury)? time)$/i, { label: 'Time of injury' }],
  [/^(?:moi|mech(?:anism)?|cause)$/i, { label: 'Mechanism' }],
  [/^(?:evac(?: cat(?:egory)?| priority)?|cat(?:egory)?|pri|priority|precedence|triage)$/i, { label: 'Evac category' }],
  // "R upper arm 0204" under "TQ": where and when the tourniquet went on.
  [/^(?:tq|tqs|tourniquets?)(?: time)?$/i, { label: 'TQ' }],
];

export const columnOf = (name: string): Column =>
  COLUMNS.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? 'words';

interface Table {
  header: number;
  /** Lines of the table's rows (the header's and a rule row's not among them). */
  rows: number[];
  columns: Column[];
  separator: string;
}

/** The table whose header is line `i`, or null: enough short column names, some of a card's fields, rows below. */
function tableAt(text: string, lines: TextPart[], i: number): Table | null {
  for (const separator of ['|', ',']) {
    const names = cellsOf(text, lines[i], separator).map((c) => text.slice(c.start, c.end));
    if (names.length < MIN_COLUMNS || names.some((n) => !n || n.split(/\s+/).length > MAX_HEADER_WORDS)) continue;
    const columns = names.map(columnOf);
    const fields = columns.filter((c) => c !== 'words').length;
    if (!columns.includes('name') && !columns.includes('designator')) continue;
    if (fields < 2 || names.some((n) => /^\d+$/.test(n))) continue;
    let k = i + 1;
    if (k < lines.length && RULE_ROW.test(text.slice(lines[k].start, lines[k].end))) k++;
    const rows: number[] = [];
    for (; k < lines.length && cellsOf(text, lines[k], separator).length === names.length; k++) rows.push(k);
    if (rows.length > 0) return { header: i, rows, columns, separator };
  }
  return null;
}

/** A name cell written surname first ("Rahimi, Navid SPC", "Pike, Lauren"): surname, first name, a rank after them. */
const SURNAME_FIRST = /^([\p{Lu}][\p{L}'-]+),\s*([\p{Lu}][\p{L}'-]+)(?:\s+([\p{L}\d]+))?$/u;

/** Copies a name cell as a name is said: "SPC Navid Rahimi" for "Rahimi, Navid SPC"; any other as it is written. */
export function copyName(out: RewrittenText, text: string, cell: TextPart): void {
  const words = text.slice(cell.start, cell.end);
  const m = SURNAME_FIRST.exec(words);
  const rank = m?.[3];
  if (!m || (rank && !RANK_WORDS.has(rank.toLowerCase()))) {
    out.copy(text, cell.start, cell.end);
    return;
  }
  const at = (part: string, from = 0) => cell.start + words.indexOf(part, from);
  const first = at(m[2], m[1].length);
  if (rank) {
    const r = at(rank, first - cell.start + m[2].length);
    out.copy(text, r, r + rank.length).join(' ');
  }
  out
    .copy(text, first, first + m[2].length)
    .join(' ')
    .copy(text, cell.start, cell.start + m[1].length);
}

/** Copies a row as its casualty's words: "Patient n, <name>: <Label>: <cell>. <cell>. …". */
function copyRow(out: RewrittenText, text: string, table: Table, row: TextPart, n: number): void {
  const cells = cellsOf(text, row, table.separator);
  const said = (c: TextPart) => !EMPTY_CELL.test(text.slice(c.start, c.end));
  // With no name column, a "pt" column's cell of words ("CPL Ines Barros, zap IB-2207") names its casualty.
  const named = table.columns.includes('name') ? 'name' : 'designator';
  const name = cells.find(
    (c, k) =>
      table.columns[k] === named &&
      said(c) &&
      (named === 'name' || /\p{L}{2,}\s+\p{L}/u.test(text.slice(c.start, c.end))),
  );
  const rank = cells.find((c, k) => table.columns[k] === 'rank' && said(c));
  // A row lettered or numbered in its own column ("A | big guy, driver | …") is called so in the notes under the
  // table ("A = SGT Carl Voss", "TXA on B's row is A's"): the label keeps its letter or number.
  const designator = cells.find((c, k) => table.columns[k] === 'designator' && said(c));
  const called = designator && /^(?:[A-Z]|[1-9])$/.test(text.slice(designator.start, designator.end));
  if (called) out.join('Patient ').copy(text, designator.start, designator.end);
  else out.join(`Patient ${n}`);
  if (name && rank) out.join(', ').copy(text, rank.start, rank.end);
  if (name) copyName(out.join(rank ? ' ' : ', '), text, name);
  out.join(':');
  cells.forEach((cell, k) => {
    const column = table.columns[k];
    if (column === 'designator' || column === 'name' || (column === 'rank' && name) || !said(cell)) return;
    out.join(' ');
    if (typeof column === 'object') out.join(`${column.label}: `);
    closeCell(out.copy(text, cell.start, cell.end), text.slice(cell.start, cell.end));
  });
}

/** Ends a copied cell's words as a sentence, unless they end as one. */
export function closeCell(out: RewrittenText, words: string): void {
  if (!/[.!?]$/.test(words)) out.join('.');
}

/** The narrative with its tracker table read row by row as each casualty's words, or null when it has no table. */
export function readTable(text: string): RewrittenText | null {
  if (!/[|,]/.test(text)) return null;
  const lines = linesOf(text);
  let table: Table | null = null;
  for (let i = 0; i < lines.length && !table; i++) table = tableAt(text, lines, i);
  if (!table) return null;
  const out = new RewrittenText();
  const last = table.rows.at(-1)!;
  lines.forEach((line, i) => {
    if (i > 0) out.join('\n');
    const row = table.rows.indexOf(i);
    if (row >= 0) copyRow(out, text, table, line, row + 1);
    else if (i < table.header || i > last) out.copy(text, line.start, line.end);
  });
  return out;
}
