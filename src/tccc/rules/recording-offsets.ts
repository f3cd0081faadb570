/**
 * A speech recogniser's transcript stamps each segment with how far into the recording it was said ("[00:01:12]
 * tourniquet going on left leg", "00:00:04,000 --> 00:00:07,500"): an offset, never a time of day. Read as a clock,
 * "[00:02:41] first set pulse 108" would date the set 00:02. The stamps are blanked (blanked-text.ts, offsets kept),
 * so only the clock times the medic reads aloud ("time is zero six four two") date anything. A transcript run on as
 * one paragraph ("[00:00:04] okay I'm with him. [00:00:12] one round, left chest …") stamps its segments in brackets
 * mid-line: bracketed, a stamp is one wherever it stands.
 */
import { blankRange } from './blanked-text.js';

/** One h:mm:ss offset, fractions of a second allowed. */
const OFFSET = String.raw`(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,]\d{1,3})?`;

/** A stamp opening a line, bracketed or not, or a cue's range. */
const LINE_STAMP = new RegExp(
  String.raw`^([ \t]*)([[(]?)${OFFSET}([\])]?)(?:[ \t]*-->[ \t]*\d{1,2}:[0-5]\d:[0-5]\d(?:[.,]\d{1,3})?)?`,
  'gm',
);

/** A bracketed stamp anywhere in a line. */
const BRACKETED_STAMP = new RegExp(String.raw`\[${OFFSET}\]`, 'g');

/** Fewest stamps that make a transcript: one stamp may be anything. */
const MIN_STAMPS = 2;

/** A recording's stamps start near its beginning: the first within ten minutes of it. */
const FIRST_WITHIN_S = 600;

interface Stamp {
  start: number;
  end: number;
  seconds: number;
}

/** Every stamp in `text`, in the order written, hours/minutes/seconds in groups `hours`, `hours + 1`, `hours + 2`. */
function stampsIn(text: string): Stamp[] {
  const found = new Map<number, Stamp>();
  const collect = (pattern: RegExp, hours: number) => {
    for (const m of text.matchAll(pattern)) {
      if (m[0].trim() === '') continue;
      const seconds = Number(m[hours]) * 3600 + Number(m[hours + 1]) * 60 + Number(m[hours + 2]);
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (!found.has(start)) found.set(start, { start, end: m.index + m[0].length, seconds });
    }
  };
  collect(LINE_STAMP, 3);
  collect(BRACKETED_STAMP, 1);
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/**
 * `text` without its segments' recording offsets, when at least two stamps open a line or stand in brackets, the
 * first within ten minutes of the recording's start and none earlier than the one before it; any other text
 * unchanged. A clock with seconds ("14:02:33 Doc: TQ on") stays: a recording does not start at two in the afternoon.
 */
export function withoutRecordingOffsets(text: string): string {
  if (!/\d:[0-5]\d:[0-5]\d/.test(text)) return text;
  const stamps = stampsIn(text);
  if (stamps.length < MIN_STAMPS || stamps[0].seconds > FIRST_WITHIN_S) return text;
  if (stamps.some((s, i) => i > 0 && s.seconds < stamps[i - 1].seconds)) return text;
  return stamps.reduce((out, s) => blankRange(out, s.start, s.end), text);
}
