/**
 * A patient monitor's trend printout pasted above the medic's note: a header line naming its columns, the time first
 * ("TIME   HR    NIBP     SpO2   RR   EtCO2   ALARM / NOTE"), then a row a reading ("1518   134   88/52   90   30   --
 * HR HI"). A value says which sign it is only by its column, so each row is read as a timed set is said ("1518 HR 134,
 * NIBP 88/52, SpO2 90, RR 30."), every word copied from where it stands. The alarm column is the monitor's, not the
 * medic's: it is read only for the artefacts it flags. The lines around the printout are read as they stand.
 */
import { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';
import { LINE_WORDS, SPACED_COLUMNS, linesOf, runsOf } from './text-cells.js';

/** The header's first column: the time of each row. */
const TIME_HEADER = /^(?:time|hhmm|clock)$/i;
/** Column names of the signs a card records; a monitor's others (EtCO2, temperature probes) are passed over. */
export const SIGN_HEADER = /^(?:hr|pr|pulse|nibp|bp|abp|art|spo2|sat|sats|rr|resp)$/i;
/** A row's time: "1518", "15:18". */
const CLOCK = /^(?:[01]\d|2[0-3]):?[0-5]\d$/;
/** A reading ("134", "88/52", "97.5"), a star after it when the monitor doubts it ("71*"), or no reading ("---"). */
const READING = /^(?:\d{1,3}(?:[./]\d{1,3})?\*?|[-–—]+|\?+)$/;
const NO_READING = /^(?:[-–—]+|\?+)$/;
/** The alarm column's word for a reading the monitor or the medic marks as no sign of the casualty's. */
const ARTEFACT = /\bartef|\bartif/i;
/** The last column's name when it holds the monitor's alarms or the medic's remarks, not readings. */
const ALARM_HEADER = /alarm|alert|note|event|remark|comment/i;
/** Fewest rows and signs that make a printout. */
const MIN_ROWS = 2;
const MIN_SIGNS = 2;

interface Trend {
  header: number;
  /** The header's column names, the time's first; a name of several words ("ALARM / NOTE") is one column. */
  columns: TextPart[];
  /** How many columns after the time hold readings; any after them is the alarm column. */
  readings: number;
  rows: number[];
}

/** The printout whose header is line `i`, or null. Columns of a header are cut by two spaces or more. */
function trendAt(text: string, lines: TextPart[], i: number): Trend | null {
  const columns = runsOf(text, lines[i], SPACED_COLUMNS);
  const names = columns.map((c) => text.slice(c.start, c.end));
  if (!TIME_HEADER.test(names[0] ?? '') || names.filter((c) => SIGN_HEADER.test(c)).length < MIN_SIGNS) return null;
  // Every column of readings is named by one word; the alarm column, when there is one, is the last.
  const last = columns.length - 1;
  const readings = names.slice(1).every((c) => /^\S+$/.test(c)) && !ALARM_HEADER.test(names[last]);
  const trend: Trend = { header: i, columns, readings: readings ? last : last - 1, rows: [] };
  for (let k = i + 1; k < lines.length; k++) {
    const words = runsOf(text, lines[k], LINE_WORDS).map((w) => text.slice(w.start, w.end));
    if (words.length < trend.readings + 1 || !CLOCK.test(words[0])) break;
    if (!words.slice(1, trend.readings + 1).every((w) => READING.test(w))) break;
    trend.rows.push(k);
  }
  return trend.rows.length >= MIN_ROWS ? trend : null;
}

/** Copies a row as a timed set: its time, then each sign the card records with its reading, artefacts left out. */
function copyRow(out: RewrittenText, text: string, trend: Trend, line: TextPart): void {
  const words = runsOf(text, line, LINE_WORDS);
  const cells = words.slice(1, trend.readings + 1);
  const alarms = text.slice(cells.at(-1)?.end ?? line.end, line.end);
  // A starred reading is the one the monitor doubts; with none starred, an artefact flagged beside a sign's alarm
  // ("HR HI  *ARTIFACT - shivering") is that sign's.
  const starred = cells.some((c) => text[c.end - 1] === '*');
  const doubted = (column: string, cell: TextPart): boolean =>
    text[cell.end - 1] === '*' ||
    (!starred && ARTEFACT.test(alarms) && new RegExp(`(?:^|\\s|\\*)${column}\\b`, 'i').test(alarms));
  out.copy(text, words[0].start, words[0].end);
  let said = 0;
  cells.forEach((cell, n) => {
    const header = trend.columns[n + 1];
    const column = text.slice(header.start, header.end);
    const reading = text.slice(cell.start, cell.end);
    if (!SIGN_HEADER.test(column) || NO_READING.test(reading) || doubted(column, cell)) return;
    out
      .join(said++ > 0 ? ', ' : ' ')
      .copy(text, header.start, header.end)
      .join(' ')
      .copy(text, cell.start, cell.end);
  });
  out.join('.');
}

/** The narrative with its monitor printout read a row at a time, or null when it has none. */
export function readMonitorTrend(text: string): RewrittenText | null {
  if (!/\btime\b/i.test(text)) return null;
  const lines = linesOf(text);
  let trend: Trend | null = null;
  for (let i = 0; i < lines.length && !trend; i++) trend = trendAt(text, lines, i);
  if (!trend) return null;
  const out = new RewrittenText();
  lines.forEach((line, i) => {
    if (i === trend.header) return;
    if (i > 0) out.join('\n');
    if (trend.rows.includes(i)) copyRow(out, text, trend, line);
    else out.copy(text, line.start, line.end);
  });
  return out;
}
