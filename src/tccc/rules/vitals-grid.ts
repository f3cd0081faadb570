/**
 * The card's signs-and-symptoms grid typed as text: a "Time" line of clock times, then a line a sign, its label and
 * one value under each time ("Pulse   124   110", "BP   98/64   --"). A value says nothing of its time or sign but by
 * its column and line, so the grid is read a column at a time, as a timed set is said ("1130 Pulse 124 BP 98/64
 * RR 24."), with every word copied from where it stands. The lines around the grid are read as they stand.
 */
import { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';
import { linesOf } from './text-cells.js';

/** The time line: its label, then clock times only ("TIME   0552   0615", "Time: 11:30 11:50"). */
const TIME_LABEL = /^(?:time|times|hrs?)\s*:?$/i;
const CLOCK = /^(?:[01]\d|2[0-3]):?[0-5]\d(?:h|hrs?)?$/i;
/** A cell under a time that says nothing: a dash, a blank line, "n/a". */
const EMPTY = /^(?:[-–—_]+|n\/?a|unk|\?)$/i;
/** Most words in a sign's label ("Resp rate", "Pain (0-10)"). */
const MAX_LABEL_WORDS = 3;

/** A line's words, each where it stands. */
const wordsOf = (text: string, line: TextPart): TextPart[] =>
  [...text.slice(line.start, line.end).matchAll(/\S+/g)].map((m) => ({
    start: line.start + (m.index ?? 0),
    end: line.start + (m.index ?? 0) + m[0].length,
  }));

interface Grid {
  times: TextPart[];
  /** Each sign's line: its label's words and a value per time. */
  signs: { label: TextPart; values: TextPart[] }[];
  first: number;
  last: number;
}

/** The grid whose time line is line `i`, or null. */
function gridAt(text: string, lines: TextPart[], i: number): Grid | null {
  const words = wordsOf(text, lines[i]);
  const say = (p: TextPart) => text.slice(p.start, p.end);
  if (words.length < 2 || !TIME_LABEL.test(say(words[0]))) return null;
  const times = words.slice(1);
  if (!times.every((t) => CLOCK.test(say(t)))) return null;
  const signs: Grid['signs'] = [];
  let k = i + 1;
  for (; k < lines.length; k++) {
    const cells = wordsOf(text, lines[k]);
    const labelWords = cells.length - times.length;
    if (labelWords < 1 || labelWords > MAX_LABEL_WORDS || /^[\d./:-]+$/.test(say(cells[0]))) break;
    signs.push({ label: { start: cells[0].start, end: cells[labelWords - 1].end }, values: cells.slice(labelWords) });
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
        out.join('\n').copy(text, time.start, time.end);
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
