/**
 * Clock times in the forms medics use: "1432", "14:32", "2:32 pm", "fourteen thirty-two",
 * "oh-nine-fifteen", "zero nine one five", "at nine fifteen", "fourteen hundred hours".
 */
import type { Token } from './tokenize.js';
import { MEASURE_UNITS } from './units.js';

/** Words after a number that make it a quantity, not a time ("1300 mg", "1000 ml"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  ...MEASURE_UNITS,
  'gm',
  'ug',
  'mil',
  'mils',
  'l',
  'litre',
  'litres',
  'unit',
  'cm',
  'mm',
  'm',
  'meter',
  'meters',
  'metre',
  'metres',
  'kg',
  'lb',
  'lbs',
  'pounds',
  '%',
  'x',
  'min',
  'mins',
  'minute',
  'minutes',
  'sec',
  'seconds',
  'degrees',
  'over',
  '/',
  'by',
  'feet',
  'ft',
  'km',
  'k',
  'klicks',
  'meters',
  'rounds',
  'bpm',
  'mmhg',
]);
/** "hr" is left out: "0305 HR 132" is a time and then a heart rate. "1432Z", "1202hrs" keep their suffix. */
export const HOUR_WORDS: ReadonlySet<string> = new Set(['hours', 'hrs', 'zulu', 'local', 'z']);

export interface ClockMatch {
  /** "HH:MM", 24-hour. */
  time: string;
  /** Index of the first token after the time (and its am/pm or "hours"). */
  end: number;
}

/**
 * Reads a clock time starting at token `i`. Four digits ("1432", "fourteen thirty two") are a time
 * unless a unit follows; three or fewer need "at" before or am/pm after ("at nine fifteen", "2 pm").
 */
export function readClock(tokens: Token[], i: number): ClockMatch | null {
  const t = tokens[i];
  // "Recheck at noon": the hour named by its word, said after "at" ("noon chow" is no time), or as a sentence of its
  // own heading an entry ("Midnight. Eklund pulse one hundred").
  const named = t?.norm === 'noon' ? '12:00' : t?.norm === 'midnight' ? '00:00' : undefined;
  if (named && (tokens[i - 1]?.norm === 'at' || saidAlone(tokens, i))) return { time: named, end: i + 1 };
  if (!t || (t.kind !== 'number' && t.kind !== 'clock') || t.digits === undefined) return null;
  if (namesPlace(tokens, i) || partOfCode(tokens, i)) return null;
  // "LR, one thousand, IO": a number said with thousands is a quantity; ten o'clock is said "ten hundred".
  if (t.spoken && /\bth?ousand\b/.test(t.raw.toLowerCase())) return null;
  const split = readSpacedHourMinute(tokens, i) ?? readStoppedHourMinute(tokens, i);
  if (split) return split;
  let end = i + 1;
  const next = tokens[end]?.norm;
  const said = readMeridiem(tokens, end);
  // The part of the day dates only an hour and its minutes ("nine twenty-five this morning"): "half past two this
  // afternoon" is read whole elsewhere, and "fourteen twenty this afternoon" is on the 24-hour clock already.
  const bare = t.digits.length < 3 || (t.digits.length === 4 && Number(t.digits.slice(0, 2)) > 12);
  const meridiem = said?.dayPart && bare ? null : said;
  if (meridiem) end = meridiem.end;
  else if (next !== undefined && HOUR_WORDS.has(next)) end++;
  // "0240L": local time, the letter written onto four digits (a spaced "1000 L" is a volume).
  else if (next === 'l' && !tokens[end].spaced && t.digits?.length === 4) end++;
  // A spaced slash separates log entries ("TQ R thigh 0902 / HR 150"); only "120/80" is a quantity.
  // "by" makes a size only before another number ("10 by 10 cm"); "given at 1105 by the platoon CLS" is a time.
  else if (
    next !== undefined &&
    QUANTITY_WORDS.has(next) &&
    !(next === '/' && tokens[end].spaced) &&
    !(next === 'by' && tokens[end + 1]?.kind === 'word') &&
    !leftSideAfter(tokens, i)
  )
    return null;

  const digits = t.digits;
  const afterAt = i > 0 && (tokens[i - 1].norm === 'at' || tokens[i - 1].norm === '@' || tokens[i - 1].norm === 'time');
  let hours: number;
  let minutes: number;
  if (t.kind === 'clock' || digits.length === 4 || (digits.length === 3 && (afterAt || meridiem))) {
    hours = Number(digits.slice(0, digits.length - 2));
    minutes = Number(digits.slice(digits.length - 2));
  } else if (digits.length <= 2 && meridiem) {
    hours = Number(digits);
    minutes = 0;
  } else return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = meridiem.pm ? (hours % 12) + 12 : hours % 12;
  }
  if (hours > 23 || minutes > 59) return null;
  return { time: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, end };
}

/** Letters written onto a time's digits: "1432Z", "0240L", "1420hrs", "2:20pm", "1420ish". */
const CLOCK_SUFFIXES: ReadonlySet<string> = new Set([...HOUR_WORDS, 'l', 'h', 'hr', 'j', 'am', 'pm', 'ish']);

/**
 * "unit W0412", "lot 2309C": digits written onto a letter before them, or onto letters no time is written with, are a
 * blood unit's, a lot's or a serial's number, not a time (so are the groups of digits after them).
 */
function partOfCode(tokens: Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (t.spoken) return false;
  // Not "T1420", a time's own "T".
  if (!t.spaced && before?.kind === 'word' && before.norm.length === 1 && before.norm !== 't') return true;
  // "unit W0412 2302 5561": the groups after it are the same code's.
  if (before?.kind === 'number' && before.digits?.length === 4 && partOfCode(tokens, i - 1)) return true;
  // One letter only ("2309C"): a time zone's letters written on ("1420MST", "1425EST") keep the time, and so does the
  // "p" of "2:20p", the am/pm of a time written with its colon.
  if (t.raw.includes(':') && (after?.norm === 'a' || after?.norm === 'p')) return false;
  return after?.kind === 'word' && !after.spaced && after.norm.length === 1 && !CLOCK_SUFFIXES.has(after.norm);
}

/** True when the word at `i` is a sentence of its own, opening a line or after a full stop. */
const saidAlone = (tokens: Token[], i: number): boolean =>
  ['.', '\n', undefined].includes(tokens[i - 1]?.norm) && tokens[i + 1]?.norm === '.';

/** Words that name a place by a number after them ("Route 7", "Checkpoint 1130"). */
const NUMBERED_PLACES: ReadonlySet<string> = new Set(['route', 'highway', 'checkpoint', 'objective']);

/** Words that put a place after them ("below Hill 1104", "off Hill 1141"); never "to" or "on", said of a man too. */
const PLACE_LEADS: ReadonlySet<string> = new Set(
  'below above beneath under off near behind beyond past toward towards across around up down from of over'.split(' '),
);

/**
 * "below Hill eleven oh four", "3 pts off Hill 1141", "on Route 1130": the number is the place's name (a hill is named
 * by its height), not a time. "Hill" is a surname too, so it names a place only after a word that leads to a place
 * ("SGT Hill 1430", "Back to Hill 1450, HR 96" and "TQ on Hill 1432" stay times).
 */
function namesPlace(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || before.raw[0] === before.raw[0].toLowerCase()) return false;
  if (NUMBERED_PLACES.has(before.norm)) return true;
  return before.norm === 'hill' && PLACE_LEADS.has(tokens[i - 2]?.norm ?? '');
}

/**
 * "0556 L tibial IO", "1405 L thigh TQ": a capital L between four digits and a word is the left side, not litres, when
 * the digits are no amount anyone writes in litres: a leading zero, or not a round number ("1000 L", "1500 L" stay).
 */
function leftSideAfter(tokens: Token[], i: number): boolean {
  const [t, l, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (t.digits?.length !== 4 || l?.raw !== 'L' || after?.kind !== 'word') return false;
  return t.digits.startsWith('0') || Number(t.digits) % 50 !== 0;
}

/**
 * "at 15 40": hours and minutes typed as two numbers after "at", as a recogniser may print "fifteen forty"; the hour
 * typed digit by digit too ("at 0 5 40", "at 0 6 hundred", "at 1 1 30" for "oh five forty", "zero six hundred").
 */
function readSpacedHourMinute(tokens: Token[], i: number): ClockMatch | null {
  const [h, typed] = [tokens[i], tokens[i + 1]];
  const at = tokens[i - 1]?.norm;
  const digitByDigit = /^\d \d$/.test(h.raw);
  const m = digitByDigit && typed?.norm === 'hundred' ? { ...typed, kind: 'number' as const, digits: '00' } : typed;
  if ((at !== 'at' && at !== '@') || h.kind !== 'number' || (h.spoken && !digitByDigit)) return null;
  if (m?.kind !== 'number' || (m.spoken && m !== typed)) return null;
  if (!m.spaced || h.digits!.length > 2 || m.digits?.length !== 2) return null;
  const next = tokens[i + 2]?.norm;
  if (next !== undefined && QUANTITY_WORDS.has(next)) return null;
  const [hours, minutes] = [Number(h.digits), Number(m.digits)];
  if (hours > 23 || minutes > 59) return null;
  return { time: `${String(hours).padStart(2, '0')}:${m.digits}`, end: i + 2 };
}

/**
 * "at zero three. Fourteen.", "at fourteen. Oh five.", "at zero four. Hundred.": an hour said after "at", and its
 * minutes said alone as the next sentence, as a recogniser writes a pause in a spoken time. Both in words; the minutes
 * must end their sentence, so "at fourteen. Twenty guys..." is no time.
 */
function readStoppedHourMinute(tokens: Token[], i: number): ClockMatch | null {
  const [h, stop, m, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  const at = tokens[i - 1]?.norm;
  if ((at !== 'at' && at !== '@') || !h.spoken || h.digits?.length !== 2 || stop?.norm !== '.') return null;
  if (after !== undefined && after.norm !== '.' && after.norm !== '\n') return null;
  const minutes = m?.norm === 'hundred' ? '00' : m?.kind === 'number' && m.spoken ? m.digits : undefined;
  if (minutes?.length !== 2 || Number(h.digits) > 23 || Number(minutes) > 59) return null;
  return { time: `${h.digits}:${minutes}`, end: i + 3 };
}

/** The part of the day said after a time ("nine twenty-five this morning"), and whether it is after noon. */
const DAY_PARTS = new Map([
  ['morning', false],
  ['afternoon', true],
  ['evening', true],
]);

function readMeridiem(tokens: Token[], i: number): { pm: boolean; end: number; dayPart?: true } | null {
  const w = tokens[i]?.norm;
  if (w === 'am' || w === 'pm') return { pm: w === 'pm', end: i + 1 };
  // "about nine twenty-five this morning": the raw word, as the normalizer hears "morning" as "moaning".
  const part = w === 'this' ? DAY_PARTS.get(tokens[i + 1]?.raw.toLowerCase() ?? '') : undefined;
  if (part !== undefined) return { pm: part, end: i + 2, dayPart: true };
  // "1:40 in the afternoon": the same part of the day said with "in the".
  const inThe = w === 'in' && tokens[i + 1]?.norm === 'the';
  const partInThe = inThe ? DAY_PARTS.get(tokens[i + 2]?.raw.toLowerCase() ?? '') : undefined;
  if (partInThe !== undefined) return { pm: partInThe, end: i + 3, dayPart: true };
  // "p.m." / "a.m." arrive as letter, dot, letter, dot.
  if ((w === 'a' || w === 'p') && tokens[i + 1]?.norm === '.' && tokens[i + 2]?.norm === 'm') {
    return { pm: w === 'p', end: tokens[i + 3]?.norm === '.' ? i + 4 : i + 3 };
  }
  // "2:20p": a lone letter written onto a time with its colon.
  if ((w === 'a' || w === 'p') && !tokens[i].spaced && tokens[i - 1]?.raw.includes(':'))
    return { pm: w === 'p', end: i + 1 };
  return null;
}

/** True when token `i` is the dot inside an "a.m." or "p.m.", which ends no sentence. */
export const meridiemDotAt = (tokens: Token[], i: number): boolean =>
  tokens[i]?.norm === '.' && ['a', 'p'].includes(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm === 'm';

/** The time of `time`'s hour with `minutes` said alone ("23:42" and "44" → "23:44"); null when they are no minutes. */
export const minutesOntoHour = (time: string, minutes: string | undefined): string | null =>
  minutes?.length === 2 && Number(minutes) < 60 ? `${time.slice(0, 3)}${minutes}` : null;

/**
 * "at 14 13, correction, 14 15": true when the time at `typed` is read from two tokens (its hour and its minutes typed
 * apart, "2 pm") and the correction at `again` is two numbers typed apart, the whole time said again: it takes back
 * the whole time, its hour with its minutes. No word before the first time: it was not typed after "at".
 */
export function typedAgain(tokens: Token[], typed: number, again: number): boolean {
  const [hour, minutes] = [tokens[again], tokens[again + 1]];
  return (
    typed > 0 &&
    readClock(tokens, typed)?.end === typed + 2 &&
    hour?.kind === 'number' &&
    minutes?.kind === 'number' &&
    minutes.spaced
  );
}

/** The time a correction {@link typedAgain} says, read after the word the first time had ("at"); else null. */
export function timeTypedAgain(tokens: Token[], typed: number, again: number): string | null {
  if (!typedAgain(tokens, typed, again)) return null;
  const retyped = readClock([tokens[typed - 1], tokens[again], tokens[again + 1]], 1);
  return retyped?.end === 3 ? retyped.time : null;
}

/**
 * True when the number at `i` is said as a time, or written like one (four digits, "1300"): never a bare amount
 * ("fentanyl OTFC 1435", "at 1750, no, 1805").
 */
export const readsAsTime = (tokens: Token[], i: number): boolean =>
  tokens[i]?.digits?.length === 4 || readClock(tokens, i) !== null;
