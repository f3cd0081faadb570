/**
 * Clock times written with a separator other than the colon: a dot, as British and continental writers do ("At 07.28
 * hours:", "at 14.35"), or an "h", as French writers do ("à 10h20", machine-translated "at 10h20"); and spoken with
 * "and" between hour and minutes, as speakers of other languages say them ("fourteen and zero two"). Read as clock
 * tokens before any reader sees them, so every reader of times reads them alike.
 */
import { HOUR_WORDS, QUANTITY_WORDS } from './clock.js';
import type { Token } from './tokenize.js';

/** "07.28": an hour and its minutes with a dot between, as a decimal token carries them. */
const DOTTED = /^(\d{1,2})\.(\d{2})$/;

/** Dotted clocks a narrative writes before each of its dotted hours and minutes is read as a time, however placed. */
const MIN_DOTTED_STYLE = 3;

/** Words before a number that make it a length of time or a measure, not a clock ("for 2h30", "pH 7.35"). */
const NOT_CLOCK_BEFORE = new Set(['for', 'during', 'after', 'over', 'every', 'within', 'ph', 'temp', 'temperature']);

const clock = (t: Token, hours: string, minutes: string, end = t.end, raw = t.raw): Token => {
  const digits = `${hours.padStart(2, '0')}${minutes}`;
  return { ...t, kind: 'clock', norm: digits, digits, value: Number(digits), end, raw };
};

/** The hour and minutes of a dotted token that can be a time: in range, no unit after it, no measure before it. */
function dottedParts(tokens: Token[], i: number): RegExpExecArray | null {
  const t = tokens[i];
  const parts = t.kind === 'number' ? DOTTED.exec(t.raw) : null;
  if (!parts || Number(parts[1]) > 23 || Number(parts[2]) > 59) return null;
  const next = tokens[i + 1]?.norm;
  // "by" makes a size only before another number ("2.50 by 3"); "at 6.50 by a sniper" is a time.
  const size = next !== 'by' || tokens[i + 2]?.kind !== 'word';
  if (next !== undefined && QUANTITY_WORDS.has(next) && !HOUR_WORDS.has(next) && size) return null;
  return NOT_CLOCK_BEFORE.has(tokens[i - 1]?.norm ?? '') ? null : parts;
}

/**
 * A dotted hour and minutes is a clock token followed by "hours", after "at" with a two-digit hour, or with the hour's
 * leading zero, which no amount is written with; in a narrative that writes its times dotted (three or more), wherever
 * it stands ("Wounded at 9.32", "in 14.05", "9.45: pulse 130"). Never before a unit ("at 12.50 mg"), and never a
 * one-digit hour alone ("pH 7.35"). "10h20" (hour, "h", minutes, written together) is a clock token too.
 */
export function readSeparatedClocks(tokens: Token[]): Token[] {
  // Each token's hour and minutes read once: readTokens runs this on every text the readers see.
  const dotted = tokens.map((_, i) => dottedParts(tokens, i));
  const dottedStyle = dotted.filter(Boolean).length >= MIN_DOTTED_STYLE;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lettered = hourLetterClock(tokens, i);
    if (lettered) {
      out.push(lettered);
      i += 2;
      continue;
    }
    const parts = dotted[i];
    const hours = HOUR_WORDS.has(tokens[i + 1]?.norm ?? '');
    const afterAt = tokens[i - 1]?.norm === 'at' || tokens[i - 1]?.norm === '@';
    const placed = hours || (parts?.[1].length === 2 && (afterAt || parts[1].startsWith('0')));
    out.push(parts && (placed || dottedStyle) ? clock(t, parts[1], parts[2]) : t);
  }
  return out;
}

/** "10h20" read whole: an hour, a glued "h" and two-digit minutes, not a length of time ("for 2h30"). */
function hourLetterClock(tokens: Token[], i: number): Token | undefined {
  const [hour, h, minutes] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (hour?.kind !== 'number' || !/^\d{1,2}$/.test(hour.raw) || Number(hour.raw) > 23) return undefined;
  if (h?.norm !== 'h' || h.spaced || minutes?.kind !== 'number' || minutes.spaced) return undefined;
  if (!/^\d{2}$/.test(minutes.raw) || Number(minutes.raw) > 59) return undefined;
  if (NOT_CLOCK_BEFORE.has(tokens[i - 1]?.norm ?? '')) return undefined;
  return clock(hour, hour.raw, minutes.raw, minutes.end, `${hour.raw}h${minutes.raw}`);
}

/** Words after "thirteen and fifteen" that make it two amounts, not a time ("nineteen and twenty years old"). */
const NOT_CLOCK_AFTER = new Set(['year', 'years', 'old', 'percent', 'times', 'each']);

/** A vital's label: the numbers said after it are its readings ("respirations twenty and eighteen"), not a time. */
const VITAL_LABELS = new Set([
  'resp',
  'resps',
  'respirations',
  'respiration',
  'respiratory',
  'rr',
  'breaths',
  'breathing',
  'pulse',
  'hr',
  'heart',
  'rate',
  'sats',
  'sat',
  'spo2',
  'o2',
  'bp',
  'pressure',
  'pain',
  'gcs',
  'etco2',
]);
/** Words said between a vital's label and its readings ("resps were twenty and eighteen", "pulse of"). */
const LABEL_LINKS = new Set(['is', 'was', 'were', 'are', 'of', 'now', 'still', 'about', 'around', ':']);

/**
 * True when the number at i is a vital's reading: right after its label, or after another reading in a list
 * ("pulse twenty, twenty and eighteen"); a reading said as "twenty and eighteen" is two readings, never 20:18.
 */
function isReading(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && LABEL_LINKS.has(tokens[j].norm)) j--;
  if (j >= 0 && VITAL_LABELS.has(tokens[j].norm)) return true;
  // A number before it makes it a reading only when that number is one ("Tourniquet 1, fourteen and twenty" is a time).
  const before = [',', 'and'].includes(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  return tokens[before]?.kind === 'number' && isReading(tokens, before);
}

/**
 * "thirteen and fifty five", "fourteen and zero two": a spoken hour, "and", spoken two-digit minutes, as one spoken
 * four-digit number, the way "thirteen fifty five" is read. Only an hour no amount pair is said with: past twelve, or
 * with its leading zero ("zero nine and ten"); never a range ("between fourteen and twenty"), before a unit, or a
 * vital's readings ("resps twenty and eighteen"). Run on merged number words.
 */
export function readAndClocks(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [hour, and, minutes, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    const spokenPair = hour.spoken && minutes?.spoken && hour.kind === 'number' && minutes.kind === 'number';
    const h = spokenPair && and.norm === 'and' && hour.digits?.length === 2 ? Number(hour.digits) : NaN;
    const clockHour = h <= 23 && (h >= 13 || hour.digits!.startsWith('0'));
    const m = minutes?.digits?.length === 2 ? Number(minutes.digits) : NaN;
    const amount = after !== undefined && (QUANTITY_WORDS.has(after.norm) || NOT_CLOCK_AFTER.has(after.norm));
    const range = ['between', 'from', ...NOT_CLOCK_BEFORE].includes(tokens[i - 1]?.norm ?? '');
    if (!clockHour || !(m < 60) || amount || range || isReading(tokens, i)) {
      out.push(hour);
      continue;
    }
    const digits = `${hour.digits}${minutes.digits}`;
    const raw = text.slice(hour.start, minutes.end);
    out.push({ ...hour, norm: digits, digits, value: Number(digits), end: minutes.end, raw });
    i += 2;
  }
  return out;
}
