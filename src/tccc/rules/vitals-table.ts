/**
 * Vitals written as a table: a header line of sign names ("time HR BP RR SpO2", "| Time | HR | BP |")
 * and one line of values per set below it, read column by column.
 */
import type { VitalsSet } from '../record.js';
import { readClock } from '../text/clock.js';
import { claim } from './attributes.js';
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import type { VitalKind } from './lexicon/tags.js';
import { tagOf } from './matcher.js';
import { tokenLinesOf } from './text-cells.js';
import { AVPU_LETTERS, withinRange } from './vital-ranges.js';

type Column = VitalKind | 'time';

const SEPARATORS = new Set(['|', ',', '/', '-', ':']);

/** The columns of a header line, or null when the line is not only sign names and separators. */
function readHeader(doc: Doc, from: number, to: number): Column[] | null {
  const columns: Column[] = [];
  let i = from;
  while (i < to) {
    const t = doc.tokens[i];
    const k = doc.mentionIndex[i];
    const sign = k >= 0 ? tagOf(doc.mentions[k], 'vital') : undefined;
    if (sign) {
      columns.push(sign.value);
      i = doc.mentions[k].end;
    } else if (t.norm === 'time') {
      columns.push('time');
      i++;
    } else if (SEPARATORS.has(t.norm)) i++;
    else return null;
  }
  return columns.filter((c) => c !== 'time').length >= 2 ? columns : null;
}

interface Cell {
  start: number;
  end: number;
}

/** The cells of a value line: a number, a number over a number, or one letter, split by spaces or bars. */
function readCells(doc: Doc, from: number, to: number): Cell[] | null {
  const cells: Cell[] = [];
  let i = from;
  while (i < to) {
    const t = doc.tokens[i];
    if (t.norm === '|') i++;
    else if (t.kind === 'number' || t.kind === 'clock') {
      const over =
        doc.tokens[i + 1]?.norm === '/' &&
        !doc.tokens[i + 1].spaced &&
        doc.tokens[i + 2]?.kind === 'number' &&
        i + 2 < to;
      cells.push({ start: i, end: over ? i + 3 : i + 1 });
      i += over ? 3 : 1;
    } else if (t.kind === 'word' && Object.hasOwn(AVPU_LETTERS, t.norm)) cells.push({ start: i, end: ++i });
    else return null;
  }
  return cells;
}

function fill(doc: Doc, set: VitalsSet, column: Column, cell: Cell): boolean {
  const t = doc.tokens[cell.start];
  if (column === 'time') {
    const clock = readClock(doc.tokens, cell.start);
    if (clock) set.time = clock.time;
    return clock !== null;
  }
  if (column === 'avpu') {
    const letter = Object.hasOwn(AVPU_LETTERS, t.norm) ? AVPU_LETTERS[t.norm] : undefined;
    if (letter) set.avpu = letter;
    return letter !== undefined;
  }
  if (t.value === undefined || !Number.isInteger(t.value)) return false;
  if (column === 'bp') {
    const low = cell.end - cell.start === 3 ? doc.tokens[cell.start + 2].value : undefined;
    if (low === undefined || !withinRange('systolic', t.value) || !withinRange('diastolic', low)) return false;
    set.systolic = t.value;
    set.diastolic = low;
    return true;
  }
  if (cell.end - cell.start !== 1 || !withinRange(column, t.value)) return false;
  set[column] = t.value;
  return true;
}

/** Vitals sets read from tables; their tokens are claimed so no time or dose reuses them. */
export function findVitalsTables(doc: Doc): Found<VitalsSet>[] {
  const lines = tokenLinesOf(doc.tokens);
  const sets: Found<VitalsSet>[] = [];
  for (let l = 0; l < lines.length; l++) {
    const columns = readHeader(doc, lines[l].start, lines[l].end);
    if (!columns || doc.excluded.has(doc.sentence[lines[l].start])) continue;
    for (let r = l + 1; r < lines.length; r++) {
      const { start: from, end: to } = lines[r];
      const cells = readCells(doc, from, to);
      if (!cells || cells.length !== columns.length) break;
      const value: VitalsSet = {};
      if (!cells.every((cell, c) => fill(doc, value, columns[c], cell))) break;
      claim(doc, { start: from, end: to });
      sets.push({ value, span: spanOf(doc, from, to) });
      l = r;
    }
  }
  return sets;
}
