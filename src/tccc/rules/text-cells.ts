/**
 * Text laid out in lines and cells, as a table or a tally is ("Name | Unit | Allergy", "Line,Name,Sex"): where each
 * line and each of its cells stands in the text, so what is read from a cell points back into the words written.
 */
import type { TextPart } from './shared-phrases.js';

/** Each line of the text, without its line break. */
export function linesOf(text: string): TextPart[] {
  const lines: TextPart[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}

/** A line's cells cut at `separator`, blank ones kept so each stands under its column; a markdown row's edge pipes dropped. */
export function cellsOf(text: string, line: TextPart, separator: string): TextPart[] {
  const cells: TextPart[] = [];
  let start = line.start;
  for (const cell of text.slice(line.start, line.end).split(separator)) {
    const lead = cell.length - cell.trimStart().length;
    cells.push({ start: start + lead, end: start + lead + cell.trim().length });
    start += cell.length + 1;
  }
  const words = text.slice(line.start, line.end).trim();
  if (separator === '|' && words.startsWith('|')) cells.shift();
  if (separator === '|' && words.endsWith('|')) cells.pop();
  return cells;
}
