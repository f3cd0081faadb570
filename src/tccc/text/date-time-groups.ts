/**
 * Military date-time groups: "140352Z", "140352ZMAR27", "061432Z DEC 26". The day of the month comes first, then the
 * hour and minutes in Zulu, then (sometimes) the month and year. Only the hour and minutes are a card's time, so the
 * whole group becomes one clock token of its four middle digits, and its month and year are no numbers to read.
 * A log kept past midnight writes the day before each line's clock in the same way ("02DEC 2128", "14 FEB 2205",
 * "D2 0040", "Day 2 0040"): the day is no number to read, so the date and its clock become one clock token.
 */
import type { Token } from './tokenize.js';
import { MONTH_ABBREVIATIONS } from './months.js';

// Short forms only: a group writes the month cut short ("ZMAR27", "14 FEB 2205").
const MONTHS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);
/** "zmar", "zmar27"... a Z written onto the month: the month, and an unspaced year when the writer ran it on. */
const Z_MONTH = /^z([a-z]{3,4})(\d{2}|\d{4})?$/;

const isYear = (t: Token | undefined): boolean =>
  t?.kind === 'number' && (t.digits?.length === 2 || t.digits?.length === 4);

/** Reads each date-time group in `tokens` as a clock token spanning the whole group. */
export function readDateTimeGroups(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const group = groupEnd(tokens, i);
    const end = group ?? datedClockEnd(tokens, i);
    if (end === undefined) {
      out.push(tokens[i]);
      continue;
    }
    const [t, last] = [tokens[i], tokens[end - 1]];
    const digits = group ? t.digits!.slice(2) : last.digits!;
    out.push({ ...t, kind: 'clock', norm: digits, digits, value: Number(digits), raw: t.raw, end: last.end });
    i = end - 1;
  }
  return out;
}

/** The index after the date-time group that starts at `i`, or undefined when none starts there. */
function groupEnd(tokens: Token[], i: number): number | undefined {
  const [t, z] = [tokens[i], tokens[i + 1]];
  if (t.kind !== 'number' || t.digits?.length !== 6 || z?.kind !== 'word' || z.spaced) return undefined;
  const [day, hours, minutes] = [0, 2, 4].map((k) => Number(t.digits!.slice(k, k + 2)));
  if (day < 1 || day > 31 || hours > 23 || minutes > 59) return undefined;
  if (z.norm === 'z') {
    // "061432Z DEC 26": the month and year as words of their own.
    const month = tokens[i + 2];
    if (month?.kind === 'word' && MONTHS.has(month.norm)) return isYear(tokens[i + 3]) ? i + 4 : i + 3;
    return i + 2;
  }
  const joined = Z_MONTH.exec(z.norm);
  if (!joined || !MONTHS.has(joined[1])) return undefined;
  // "140352ZMAR27": the tokenizer splits the year off the month.
  const year = tokens[i + 2];
  return !joined[2] && isYear(year) && !year.spaced ? i + 3 : i + 2;
}

/** A clock's four digits: hours to 23, minutes to 59. */
const isClock = (t: Token | undefined): boolean =>
  t?.kind === 'number' && t.digits?.length === 4 && Number(t.digits.slice(0, 2)) < 24 && Number(t.digits.slice(2)) < 60;

/** "D2", "Day 2" is a day tag only where it opens a line: mid-sentence, a letter and digit may be a grid's or a name's. */
const DAY_WORDS = new Set(['d', 'day']);

/**
 * The index after the day and clock that start at `i` ("02DEC 2128", "14 FEB 2026 2205", "D2 0040" opening a line), or
 * undefined when none does. A day and month before a lone number of a year's digits ("14 FEB 2026") leave it a year.
 */
function datedClockEnd(tokens: Token[], i: number): number | undefined {
  const [t, next] = [tokens[i], tokens[i + 1]];
  let at: number;
  if (t.kind === 'number' && t.digits && t.digits.length <= 2 && Number(t.digits) >= 1 && Number(t.digits) <= 31) {
    if (next?.kind !== 'word' || !MONTHS.has(next.norm)) return undefined;
    at = i + 2;
    if (isYear(tokens[at]) && isClock(tokens[at + 1])) at++;
    else if (tokens[at]?.digits && /^20[0-5]\d$/.test(tokens[at].digits!)) return undefined;
  } else if (t.kind === 'word' && DAY_WORDS.has(t.norm) && (i === 0 || tokens[i - 1].norm === '\n')) {
    if (next?.kind !== 'number' || !next.digits || next.digits.length > 1 || (t.norm === 'd' && next.spaced))
      return undefined;
    at = i + 2;
  } else return undefined;
  return isClock(tokens[at]) ? at + 1 : undefined;
}
