/**
 * Clock times said the way people tell the time in talk, not on the 24-hour clock: "twenty past two", "quarter to
 * eight", "half seven" (half past), "eight o'clock", and once an hour is known, "at half past". They are 12-hour
 * times, so one is read only once the part of the day is known: said with it ("twenty-five past seven this evening",
 * "ten past twelve, midday", "2:10 pm"), or carried from the time told just before, within a few hours of it, as a
 * running commentary's clock moves on ("… twenty to three … ten to three"). Each is written as the 24-hour time it is
 * ("1440"), same length, so every reader reads it alike and offsets hold. With no part of the day said anywhere before
 * it ("at about half past two"), a time is left as said: morning or afternoon is not guessed.
 */
import { QUANTITY_WORDS } from '../text/clock.js';

const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Minutes said before "past" or "to", longest first so "twenty-five" is not read as "five". */
const MINUTES: Readonly<Record<string, number>> = {
  'twenty-five': 25,
  'twenty five': 25,
  twenty: 20,
  'a quarter': 15,
  quarter: 15,
  half: 30,
  ten: 10,
  five: 5,
};
const MINUTE_WORDS = Object.keys(MINUTES).join('|');
const HOUR_WORDS = HOURS.join('|');
/** The part of the day said after a time, with the comma some put before it ("ten past twelve, midday"). */
const DAY_PART = String.raw`(,?\s+(this morning|this afternoon|this evening|in the morning|in the afternoon|in the evening|a\.?m\b|p\.?m\b|midday|noon|midnight))?`;

/**
 * "twenty past two", "quarter to eight", "ten after three" (groups 1-3); "half seven" (group 4); "eight o'clock"
 * (group 5); "half past" said with no hour (group 6); then the part of the day, if said (group 8, with its comma and
 * space group 7).
 */
const SAID = new RegExp(
  String.raw`\b(?:(${MINUTE_WORDS})\s+(past|after|to)\s+(${HOUR_WORDS})\b|half\s+(${HOUR_WORDS})\b|(${HOUR_WORDS})\s+o'clock\b|(${MINUTE_WORDS})\s+past\b(?!\s+(?:${HOUR_WORDS})\b))${DAY_PART}`,
  'gi',
);
/** "nine this morning", "2:10 pm", "3 p.m.": an hour said with its part of the day, that tells the clock's half. */
const KNOWN = new RegExp(
  String.raw`\b(?:(${HOUR_WORDS})|(\d{1,2})(?::([0-5]\d))?)\s+(this morning|this afternoon|this evening|in the morning|in the afternoon|in the evening|a\.?m\b|p\.?m\b)`,
  'gi',
);

/**
 * How far, in minutes, a time may lie after the one told before it, or before it, to be read on the same half of the
 * clock: a running commentary's clock moves on, and looks back only a little ("TQ went on at ten to").
 */
const AHEAD = 180;
const BEHIND = 60;
/** Words before "o'clock" that make it a bearing, not a time ("contact, your two o'clock"). */
const BEARING_BEFORE = /\b(?:your|my|our|his|her|their|the)\s+$/i;

/** Words after "o'clock" that make it a place on a body or a bearing ("at three o'clock on the left thigh", "two o'clock, 300 metres"). */
const POSITION_AFTER = /^\s*(?:position\b|on\s+the\b|of\s+the\b|,?\s*\d+\s*(?:m|metres|meters|mikes|yards|km)\b)/i;
/** Words before "ten to four" that make it a range ("from ten to four", "between five to three"). */
const RANGE_BEFORE = /\b(?:from|between)\s+$/i;

/** Lengths of time a number may count ("ten past two hours"). */
const SPANS = new Set(['hour', 'hours', 'hrs', 'days', 'weeks']);
/** Words that put a time after them ("at half past", "about quarter past"). */
const AT_BEFORE = /\b(?:at|by|about|around)\s+$/i;

const hourOf = (word: string): number => HOURS.indexOf(word.toLowerCase()) + 1;
const isAfternoon = (part: string): boolean => /afternoon|evening|p\.?m|midday|noon/i.test(part);
/**
 * Whether a time said with `part` of the day is after noon. Midnight starts the morning, but a time before twelve
 * (`beforeTwelve`, "ten to twelve") said with midday is in the morning, and with midnight at night.
 */
const afternoonOf = (part: string, beforeTwelve: boolean): boolean =>
  /^(?:midday|noon|midnight)$/i.test(part) ? /midnight/i.test(part) === beforeTwelve : isAfternoon(part);

interface Said {
  at: number;
  length: number;
  /** Minutes after midnight on the morning half of the clock; undefined for "half past" said with no hour. */
  morning?: number;
  /** Minutes past the hour, for a time said with no hour. */
  past?: number;
  /** True after noon, false before; undefined when not said. */
  afternoon?: boolean;
}

/** The text with each word clock whose half of the day is known written as its 24-hour time, same length. */
export function withWordClocks(text: string): string {
  const words = readSaid(text);
  const known = readKnown(text).filter((k) => !words.some((w) => k.at >= w.at && k.at < w.at + w.length));
  const said = [...words, ...known].sort((a, b) => a.at - b.at);
  if (!said.some((s) => s.afternoon !== undefined)) return text;
  let out = text;
  let last: number | undefined;
  for (const s of said) {
    const time = timeOf(s, last);
    if (time === undefined) continue;
    last = time;
    if (s.length === 0) continue;
    const digits = `${String(Math.floor(time / 60)).padStart(2, '0')}${String(time % 60).padStart(2, '0')}`;
    out = out.slice(0, s.at) + digits.padStart(s.length, ' ') + out.slice(s.at + s.length);
  }
  return out;
}

/** Minutes after midnight of a said time, given the time told before it; undefined when it cannot be told. */
function timeOf(s: Said, last: number | undefined): number | undefined {
  if (s.morning === undefined) {
    if (last === undefined || s.past === undefined) return undefined;
    // "at half past": the hour of the time told before, or the next one when that is already past.
    const hour = last - (last % 60);
    const time = hour + s.past >= last ? hour + s.past : hour + 60 + s.past;
    return time - last <= 60 ? time % 1440 : undefined;
  }
  if (s.afternoon !== undefined) return (s.morning + (s.afternoon ? 720 : 0)) % 1440;
  if (last === undefined) return undefined;
  // Minutes from the time before, forward round the clock, then read as behind it when more than half a day on.
  const ahead = (t: number): number => {
    const on = (t - last + 1440) % 1440;
    return on > 720 ? on - 1440 : on;
  };
  return [s.morning, (s.morning + 720) % 1440].find((t) => ahead(t) <= AHEAD && ahead(t) >= -BEHIND);
}

function readSaid(text: string): Said[] {
  const out: Said[] = [];
  for (const m of text.matchAll(SAID)) {
    const [whole, minutes, way, hour, halfHour, oclock, minutesOnly, saidPart, part] = m;
    // "five to eight minutes", "ten past two hours": a span or an amount, not a time.
    const after = /^\s*([a-z%]+)/i.exec(text.slice(m.index + whole.length))?.[1]?.toLowerCase();
    if (after !== undefined && (QUANTITY_WORDS.has(after) || SPANS.has(after))) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (oclock && (BEARING_BEFORE.test(before) || POSITION_AFTER.test(text.slice(m.index + whole.length)))) continue;
    // "Pain down from ten to four", "between five to three": a range of readings, not a time.
    if (way && RANGE_BEFORE.test(before)) continue;
    // "at half past", "done at quarter past": minutes with no hour are a time only where a time is said.
    if (minutesOnly && !AT_BEFORE.test(before)) continue;
    const twelve = (h: number): number => (h % 12) * 60;
    let morning: number | undefined;
    if (hour) {
      const by = MINUTES[minutes.toLowerCase().replace(/\s+/, ' ')];
      // "ten to twelve": minutes before the hour, on the half of the clock of the hour before it (11:50, not 23:50).
      morning = way.toLowerCase() === 'to' ? twelve(hourOf(hour) - 1) + 60 - by : twelve(hourOf(hour)) + by;
    } else if (halfHour) morning = twelve(hourOf(halfHour)) + 30;
    else if (oclock) morning = twelve(hourOf(oclock));
    // Midday and midnight tell the half of the clock only of a time said about twelve.
    const twelveOnly =
      part && /^(?:midday|noon|midnight)$/i.test(part) && ![hour, halfHour, oclock].some((h) => h && hourOf(h) === 12);
    const day = part && !twelveOnly ? part : undefined;
    out.push({
      at: m.index,
      // The part of the day is written over with the time it tells; midday said of another hour is left.
      length: day ? whole.length : whole.length - (saidPart?.length ?? 0),
      morning,
      past: minutesOnly ? MINUTES[minutesOnly.toLowerCase().replace(/\s+/, ' ')] : undefined,
      afternoon: day ? afternoonOf(day, way?.toLowerCase() === 'to' && hourOf(hour) === 12) : undefined,
    });
  }
  return out;
}

/** Hours said with their part of the day that no word clock is: they tell the half of the clock, and stay as said. */
function readKnown(text: string): Said[] {
  const out: Said[] = [];
  for (const m of text.matchAll(KNOWN)) {
    const hour = m[1] ? hourOf(m[1]) : Number(m[2]);
    if (hour < 1 || hour > 12) continue;
    out.push({ at: m.index, length: 0, morning: (hour % 12) * 60 + Number(m[3] ?? 0), afternoon: isAfternoon(m[4]) });
  }
  return out;
}
