/**
 * The card's signs-and-symptoms grid typed as text: a "Time" line of clock times, then a line a sign, its label and
 * one value under each time ("Pulse   124   110", "BP   98/64   --"). A value says nothing of its time or sign but by
 * its column and line, so the grid is read a column at a time, as a timed set is said ("1130 Pulse 124 BP 98/64
 * RR 24."), with every word copied from where it stands. The lines around the grid are read as they stand.
 */
import { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';
import { LINE_WORDS, linesOf, runsOf } from './text-cells.js';

/** The time line: its label, then clock times only ("TIME   0552   0615", "Time: 11:30 11:50"). */
const TIME_LABEL = /^(?:time|times|hrs?)\s*:?$/i;
const CLOCK = /^(?:[01]\d|2[0-3]):?[0-5]\d(?:h|hrs?)?$/i;
/** A cell under a time that says nothing: a dash, a blank line, "n/a", nothing left (a word no one could read). */
const EMPTY = /^(?:[-–—_]+|n\/?a|unk|\?|\s*)$/i;
/** Most words in a sign's label ("Resp rate", "Pain (0-10)"). */
const MAX_LABEL_WORDS = 3;

interface Grid {
  times: TextPart[];
  /** Each sign's line: its label's words and a value per time. */
  signs: { label: TextPart; values: TextPart[] }[];
  first: number;
  last: number;
}

/**
 * A line of a grid whose columns are set apart by bars ("PULSE: 96 | 88", "TIME: | 1000" where the first time could
 * not be read): its label's words and a cell per column, an empty one where nothing is left; null for a line with no bar.
 */
function barredCells(text: string, line: TextPart): { label: TextPart[]; cells: TextPart[] } | null {
  if (!text.slice(line.start, line.end).includes('|')) return null;
  const out: TextPart[] = [];
  let from = line.start;
  for (let at = line.start; at <= line.end; at++)
    if (at === line.end || text[at] === '|') {
      const words = runsOf(text, { start: from, end: at }, LINE_WORDS);
      out.push(words.length > 0 ? { start: words[0].start, end: words[words.length - 1].end } : { start: at, end: at });
      from = at + 1;
    }
  // The first column's value shares its cell with the label: the cell's last word, when it has more than one.
  const first = runsOf(text, out[0], LINE_WORDS);
  const value = first.length >= 2 ? first[first.length - 1] : { start: out[0].end, end: out[0].end };
  return { label: first.length >= 2 ? first.slice(0, -1) : first, cells: [value, ...out.slice(1)] };
}

/** A line's label words and one cell per column, by bars or else by words, given how many columns the grid has. */
function rowOf(text: string, line: TextPart, columns: number): { label: TextPart[]; cells: TextPart[] } {
  const barred = barredCells(text, line);
  if (barred) return barred;
  const words = runsOf(text, line, LINE_WORDS);
  const labelWords = Math.max(0, words.length - columns);
  return { label: words.slice(0, labelWords), cells: words.slice(labelWords) };
}

/** The grid whose time line is line `i`, or null. */
function gridAt(text: string, lines: TextPart[], i: number): Grid | null {
  const say = (p: TextPart) => text.slice(p.start, p.end);
  const barred = barredCells(text, lines[i]);
  const words = runsOf(text, lines[i], LINE_WORDS);
  const head = barred ?? { label: words.slice(0, 1), cells: words.slice(1) };
  if (head.cells.length < 2 || head.label.length !== 1 || !TIME_LABEL.test(say(head.label[0]))) return null;
  const times = head.cells;
  // A time no one could read leaves its column untimed; at least one time must be read.
  if (!times.every((t) => CLOCK.test(say(t)) || (barred && say(t) === '')) || !times.some((t) => say(t))) return null;
  const signs: Grid['signs'] = [];
  let k = i + 1;
  for (; k < lines.length; k++) {
    const { label, cells } = rowOf(text, lines[k], times.length);
    if (cells.length !== times.length || label.length < 1 || label.length > MAX_LABEL_WORDS) break;
    if (/^[\d./:-]+$/.test(say(label[0]))) break;
    signs.push({ label: { start: label[0].start, end: label[label.length - 1].end }, values: cells });
  }
  return signs.length >= 2 ? { times, signs, first: i, last: k - 1 } : null;
}

/** The narrative with its signs grid read a column at a time, or null when it has none. */
export function readVitalsGrid(text: string): RewrittenText | null {
  if (!/\btime/i.test(text)) return null;
  const lines = linesOf(text);
  let grid: Grid | null = null;
  for (let i = 0; i < lines.length && !grid; i++) grid = gridAt(text, lines, i);
  if (!grid) return null;
  const out = new RewrittenText();
  lines.forEach((line, i) => {
    if (i < grid.first || i > grid.last) {
      if (i > 0) out.join('\n');
      out.copy(text, line.start, line.end);
    } else if (i === grid.first) {
      grid.times.forEach((time, col) => {
        out.join('\n');
        if (time.end > time.start) out.copy(text, time.start, time.end);
        for (const sign of grid.signs) {
          const value = sign.values[col];
          if (EMPTY.test(text.slice(value.start, value.end))) continue;
          out.join(' ').copy(text, sign.label.start, sign.label.end).join(' ').copy(text, value.start, value.end);
        }
        out.join('.');
      });
    }
  });
  return out;
}
