/**
 * A speech recogniser's transcript stamps each segment with how far into the recording it was said ("[00:01:12]
 * tourniquet going on left leg", "00:00:04,000 --> 00:00:07,500"): an offset, never a time of day. Read as a clock,
 * "[00:02:41] first set pulse 108" would date the set 00:02. The stamps are blanked (blanked-text.ts, offsets kept),
 * so only the clock times the medic reads aloud ("time is zero six four two") date anything.
 */
import { blank } from './blanked-text.js';

/** A stamp opening a line: hours, minutes and seconds, fractions of a second, bracketed or not, or a cue's range. */
const STAMP =
  /^([ \t]*)([[(]?)(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,]\d{1,3})?([\])]?)(?:[ \t]*-->[ \t]*\d{1,2}:[0-5]\d:[0-5]\d(?:[.,]\d{1,3})?)?/;

/** Fewest stamped lines that make a transcript: one stamp may be anything. */
const MIN_STAMPS = 2;

/** A recording's stamps start near its beginning: the first within ten minutes of it. */
const FIRST_WITHIN_S = 600;

const secondsOf = (m: RegExpExecArray) => Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5]);

/**
 * `text` without its segments' recording offsets, when at least two lines open with an h:mm:ss stamp, the first
 * within ten minutes of the recording's start and none earlier than the one before it; any other text unchanged.
 * A clock with seconds ("14:02:33 Doc: TQ on") stays: a recording does not start at two in the afternoon.
 */
export function withoutRecordingOffsets(text: string): string {
  if (!/\d:[0-5]\d:[0-5]\d/.test(text)) return text;
  const lines = text.split('\n');
  const stamps = lines.map((line) => STAMP.exec(line));
  const found = stamps.filter((m): m is RegExpExecArray => m !== null);
  if (found.length < MIN_STAMPS || secondsOf(found[0]) > FIRST_WITHIN_S) return text;
  if (found.some((m, i) => i > 0 && secondsOf(m) < secondsOf(found[i - 1]))) return text;
  return lines.map((line, i) => (stamps[i] ? blank(stamps[i][0]) + line.slice(stamps[i][0].length) : line)).join('\n');
}
