/**
 * Ditto marks: a row of a table or a list that repeats the row above writes a mark for the repeated words instead
 * ('2 | PVT Ames | " | 2148', "#2 HR 104, BP \", pain same", "3 | Cruz | do."). Each mark is read as the words it
 * stands for, copied from the row above (itself filled first), so every casualty's line says its own care and signs.
 */
import { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';
import { cellsOf, linesOf } from './text-cells.js';

/** A mark for "as in the row above": a ditto mark, "same", "ditto", "do." (ditto's short form), "as above". */
const DITTO = String.raw`(?:"|〃|“|”|same|ditto|do\.|as above)`;
const DITTO_CELL = new RegExp(`^${DITTO}$`, 'i');
/** A cell's ditto mark with a time of its own ('" 1139'): the row above's words, at this time. */
const DITTO_TIMED = new RegExp(`^(${DITTO})\\s+(?:[01]\\d|2[0-3]):?[0-5]\\d$`, 'i');
/** The time a cell's words end on ("IV L AC 1136"). */
const TRAILING_CLOCK = /\s+(?:[01]\d|2[0-3]):?[0-5]\d$/;
/** Labels of signs whose value a list's line may ditto ("BP \"", "RR same"). */
const SIGN_LABEL = String.raw`(?:hr|pulse|bp|rr|resp|spo2|sats?|pain|avpu|gcs|temp|etco2)`;
/** A sign's label and a ditto mark for its value, up to the field's end. */
// Set off from its label by a space or a colon: "pain\"" closes a quote ('rate his "pain"'), no ditto.
const SIGN_DITTO = new RegExp(`\\b(${SIGN_LABEL})(?:\\s*:\\s*|\\s+)(${DITTO})(?=\\s*(?:[,;|]|$))`, 'gi');

/** A line as it is read: its words, each with where it stood in the original text (copied words included). */
interface Filled {
  text: string;
  from: number[];
}

/** `line` with [start, end) replaced by the words [start, end) of `source`. */
const spliced = (line: Filled, start: number, end: number, source: Filled, from: number, to: number): Filled => ({
  text: line.text.slice(0, start) + source.text.slice(from, to) + line.text.slice(end),
  from: [...line.from.slice(0, start), ...source.from.slice(from, to), ...line.from.slice(end)],
});

/** A row's cells between bars, as every table's row is cut: trimmed, a markdown row's edge bars dropped. */
const barCells = (row: Filled): TextPart[] => cellsOf(row.text, { start: 0, end: row.text.length }, '|');

/** A barred row with the row above's words for its ditto cells, when both rows have as many cells. */
function filledCells(line: Filled, above: Filled): Filled {
  // Both rows are the table's: a line above with no bar is no row to copy from.
  if (!above.text.includes('|')) return line;
  const cells = barCells(line);
  const aboveCells = barCells(above);
  if (cells.length !== aboveCells.length) return line;
  let out = line;
  // Right to left, so the cells still to fill keep their places.
  for (let k = cells.length - 1; k >= 0; k--) {
    const { start, end } = cells[k];
    const cell = line.text.slice(start, end);
    const source = aboveCells[k];
    const sourceWords = above.text.slice(source.start, source.end);
    if (sourceWords === '' || DITTO_CELL.test(sourceWords)) continue;
    if (DITTO_CELL.test(cell)) out = spliced(out, start, end, above, source.start, source.end);
    const timed = DITTO_TIMED.exec(cell);
    const clock = TRAILING_CLOCK.exec(sourceWords);
    // '" 1139' under "IV L AC 1136": "IV L AC" at its own time.
    if (timed && clock)
      out = spliced(out, start, start + timed[1].length, above, source.start, source.start + clock.index);
  }
  return out;
}

/** A list's line with the line above's value for each sign it dittoes ("BP \"" under "BP 128/82"). */
function filledSigns(line: Filled, above: Filled): Filled {
  let out = line;
  for (const mark of [...line.text.matchAll(SIGN_DITTO)].reverse()) {
    // The reading alone ("128/82", "96%"), never a time said with it ("HR 88 at 0910": another casualty's time).
    const label = new RegExp(`\\b${mark[1]}\\s*:?\\s*(\\d+(?:\\/\\d+)?%?)(?=[\\s,;|]|$)`, 'i').exec(above.text);
    if (!label || new RegExp(`^${DITTO}$`, 'i').test(label[1])) continue;
    const at = mark.index + mark[0].length - mark[2].length;
    const from = label.index + label[0].length - label[1].length;
    out = spliced(out, at, at + mark[2].length, above, from, from + label[1].length);
  }
  return out;
}

/** The text with each ditto mark read as the words it repeats, or null when it has none to fill. */
export function fillDittoMarks(text: string): RewrittenText | null {
  const filled: Filled[] = [];
  let changed = false;
  for (const line of linesOf(text)) {
    const words = text.slice(line.start, line.end);
    let row: Filled = { text: words, from: Array.from(words, (_, k) => line.start + k) };
    // Only the line right above is repeated: a blank line ends the table or list.
    const above = filled.length > 0 && filled[filled.length - 1].text.trim() !== '' ? filled[filled.length - 1] : null;
    if (above) row = words.includes('|') ? filledCells(row, above) : filledSigns(row, above);
    changed ||= row.text !== words;
    filled.push(row);
  }
  if (!changed) return null;
  const out = new RewrittenText();
  filled.forEach((row, n) => {
    if (n > 0) out.join('\n');
    // Runs of words that stood together are copied as one piece.
    for (let k = 0; k < row.text.length;) {
      let end = k + 1;
      while (end < row.text.length && row.from[end] === row.from[end - 1] + 1) end++;
      out.copy(text, row.from[k], row.from[end - 1] + 1);
      k = end;
    }
  });
  return out;
}
