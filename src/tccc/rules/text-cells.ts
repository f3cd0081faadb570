/**
 * Text laid out in lines and cells, as a table or a tally is ("Name | Unit | Allergy", "Line,Name,Sex"): where each
 * line and each of its cells stands in the text, so what is read from a cell points back into the words written.
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './text-part.js';

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

/**
 * Each run of `line` that `pattern` (a global pattern) matches, where it stands: its words, or the columns of a printout
 * laid out with spaces.
 */
export const runsOf = (text: string, line: TextPart, pattern: RegExp): TextPart[] =>
  [...text.slice(line.start, line.end).matchAll(pattern)].map((m) => ({
    start: line.start + m.index,
    end: line.start + m.index + m[0].length,
  }));

/** A word of a line, for {@link runsOf}: what stands between spaces. */
export const LINE_WORDS = /\S+/g;
/** A column of a printout aligned with spaces, for {@link runsOf}: words one space apart, two or more between columns. */
export const SPACED_COLUMNS = /\S+(?: \S+)*/g;

/** A line of a narrative's tokens: `[start, end)` token indexes, its line break left out. */
export interface TokenLine {
  start: number;
  end: number;
}

/** Each line of the tokens, blank ones kept; a line break closing the tokens opens no line after it. */
export function tokenLinesOf(tokens: readonly Token[]): TokenLine[] {
  const lines: TokenLine[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++)
    if (i === tokens.length || tokens[i].norm === '\n') {
      if (i < tokens.length || i > start) lines.push({ start, end: i });
      start = i + 1;
    }
  return lines;
}

/**
 * A line's cells cut at `separator`, blank ones kept so each stands under its column; a markdown row's edge pipes
 * dropped. Cut at commas, the line is read as a spreadsheet's export is: a cell in double quotes may hold commas of its
 * own ("Frag L thigh, frag abdomen"), and the quotes are no part of its words.
 */
export function cellsOf(text: string, line: TextPart, separator: string): TextPart[] {
  const cells: TextPart[] = [];
  const words = text.slice(line.start, line.end);
  let start = 0;
  for (let at = 0; at <= words.length; at++) {
    if (separator === ',' && words[at] === '"' && words.slice(start, at).trim() === '') {
      const close = words.indexOf('"', at + 1);
      if (close > 0 && /^\s*(?:,|$)/.test(words.slice(close + 1))) {
        cells.push(trimmed(line.start + at + 1, words.slice(at + 1, close)));
        at = words.indexOf(',', close);
        if (at < 0) return cells;
        start = at + 1;
        continue;
      }
    }
    if (at === words.length || words[at] === separator) {
      cells.push(trimmed(line.start + start, words.slice(start, at)));
      start = at + 1;
    }
  }
  if (separator === '|' && words.trim().startsWith('|')) cells.shift();
  if (separator === '|' && words.trim().endsWith('|')) cells.pop();
  return cells;
}

/** Where a cell's words stand once the spaces around them are passed over; `at` is where `cell` starts. */
function trimmed(at: number, cell: string): TextPart {
  const lead = cell.length - cell.trimStart().length;
  return { start: at + lead, end: at + lead + cell.trim().length };
}
