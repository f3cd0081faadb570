/**
 * A record's entry called wrong in a note after it, the value the record shows said first and the right one after:
 * "TXA above shows 1 g, tablet default, I pushed the full 2 g", "the card says 1420 for the TQ, wrong, it went on at
 * 1402". The right value takes the shown one's place where the record said it with the same thing, and the note's
 * words up to it are no fact of their own. A sentence is read so only when it points back at the record ("above") or
 * calls the entry wrong, and the right value is of the shown one's kind (a time for a time, an amount in its unit).
 * The other orders are not-old-values.ts's ("at 1402, not 1420") and denied-times.ts's ("not 1420, it was 1402").
 */
import type { Token } from '../text/tokenize.js';
import { WRONG_WORDS } from './disowned-times.js';
import type { Mention } from './matcher.js';
import { sameThing } from './moved-numbers.js';
import { valueAt, type Value } from './not-old-values.js';
import { sentenceEndFrom, sentenceStartFrom } from './sentence-ends.js';

/** Verbs a note reads a record's entry by ("TXA above shows 1 g", "the tag says 1420"). */
const SHOWS = new Set(['shows', 'says', 'reads', 'showed', 'read']);
/** Words that say the entry is wrong, or that it was the record's doing ("tablet default"). */
const CALLED_WRONG = new Set([...WRONG_WORDS, 'typo', 'default']);
/** Words naming the record whose entry a note calls wrong ("slide 2 is wrong", "per the card"). */
const RECORDS = new Set(['card', 'slide', 'entry', 'chart', 'log', 'above']);
/** The kinds of thing an entry dates or doses. */
const DATED = new Set(['intervention', 'medication', 'fluid', 'access']);

const namedIn = (mentionAt: ReadonlyMap<number, Mention>, from: number, to: number): Mention[] =>
  [...mentionAt.entries()].filter(([k, m]) => k >= from && k < to && DATED.has(m.tags[0].cat)).map(([, m]) => m);

/** Marks, in `drop` and `moved`, each shown value a note puts right: the right value takes its place. */
export function moveShownValues(
  tokens: Token[],
  drop: Uint8Array,
  moved: Map<number, Token[]>,
  mentionAt: ReadonlyMap<number, Mention>,
): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!SHOWS.has(tokens[i].norm)) continue;
    const shown = valueAt(tokens, i + 1);
    // A reading of two numbers may change by itself ("monitor above shows 88/50, now 110/70"): only a time or a dose.
    if (!shown || shown.kind === 'bare' || shown.kind === 'pair') continue;
    const [opens, closes] = [sentenceStartFrom(tokens, i), sentenceEndFrom(tokens, i)];
    const words = tokens.slice(opens, closes).map((t) => t.norm);
    if (!words.includes('above') && !words.some((w) => CALLED_WRONG.has(w))) continue;
    const right = nextOfKind(tokens, shown, closes);
    const things = namedIn(mentionAt, opens, i);
    const entry = right && entryBefore(tokens, opens, (v) => v.said === shown.said, things, mentionAt);
    if (!right || !entry || drop.subarray(opens, right.end).includes(1)) continue;
    putRight(tokens, drop, moved, [opens, right.end], entry, right);
  }
}

/**
 * "Ketamine per the TCCC card was 30 mg IO 0635 – slide 2 is wrong": a note that calls an earlier entry wrong and says
 * the thing's right amount in its unit. The amount takes the place of the one said last before with that thing in
 * another amount of the unit, and the note is no fact of its own.
 */
export function moveRightAmounts(
  tokens: Token[],
  drop: Uint8Array,
  moved: Map<number, Token[]>,
  mentionAt: ReadonlyMap<number, Mention>,
): void {
  for (let i = 1; i < tokens.length; i++) {
    const right = CALLED_WRONG.has(tokens[i].norm) ? amountBefore(tokens, i) : null;
    if (!right) continue;
    const [opens, closes] = [sentenceStartFrom(tokens, i), sentenceEndFrom(tokens, i)];
    // A wrong word alone may be about anything ("grabbing at the wrong dressing"): a record must be the wrong one.
    if (!namesRecord(tokens, opens, closes)) continue;
    const things = namedIn(mentionAt, opens, right.start);
    if (things.length !== 1 || drop.subarray(opens, closes).includes(1)) continue;
    // The last amount of the thing in the right one's unit; none to move when it is the right one already.
    const entry = entryBefore(tokens, opens, (v) => v.kind === right.kind, things, mentionAt);
    if (!entry || entry.said === right.said || drop.subarray(entry.start, entry.end).includes(1)) continue;
    // A note at another clock than the entry's is a dose of its own.
    const clock = timesIn(tokens, opens, closes)[0];
    const entryOpens = sentenceStartFrom(tokens, entry.start);
    if (clock && !timesIn(tokens, entryOpens, sentenceEndFrom(tokens, entry.start)).includes(clock)) continue;
    putRight(tokens, drop, moved, [opens, closes], entry, right);
  }
}

/** Drops the note (tokens `from` to `to`) and the entry's value, and moves the right value into the entry's place. */
function putRight(
  tokens: Token[],
  drop: Uint8Array,
  moved: Map<number, Token[]>,
  [from, to]: [number, number],
  entry: Value,
  right: Value,
): void {
  drop.fill(1, from, to);
  drop.fill(1, entry.start, entry.end);
  moved.set(entry.start, tokens.slice(right.start, right.end));
}

/** Whether tokens `from` to `to` name a record ("card", "above", "per the"). */
function namesRecord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (RECORDS.has(tokens[k].norm) || (tokens[k].norm === 'per' && tokens[k + 1]?.norm === 'the')) return true;
  }
  return false;
}

/** The times said from token `from` to `to`, as said. */
function timesIn(tokens: Token[], from: number, to: number): string[] {
  const times: string[] = [];
  for (let k = from; k < to; k++) {
    const v = valueAt(tokens, k);
    if (v?.kind === 'time') times.push(v.said);
  }
  return times;
}

/** The one amount in its unit said in the sentence of token `at` before it, or null (none, or two). */
function amountBefore(tokens: Token[], at: number): Value | null {
  const amounts: Value[] = [];
  for (let k = sentenceStartFrom(tokens, at); k < at; k++) {
    const v = valueAt(tokens, k);
    if (v && !['bare', 'pair', 'time'].includes(v.kind)) amounts.push(v);
  }
  return amounts.length === 1 ? amounts[0] : null;
}

/** The first value after `shown` in its sentence of the same kind and another value, or null. */
function nextOfKind(tokens: Token[], shown: Value, closes: number): Value | null {
  for (let k = shown.end; k < closes; k++) {
    const v = valueAt(tokens, k);
    if (v && v.kind === shown.kind) return v.said === shown.said ? null : v;
  }
  return null;
}

/**
 * Where the record said a value that `fits` last before the note, in a sentence naming the thing the note names ("1 g"
 * of the TXA's line, not of the ertapenem's after it); any saying when the note names no thing. Null when none.
 */
function entryBefore(
  tokens: Token[],
  to: number,
  fits: (v: Value) => boolean,
  things: Mention[],
  mentionAt: ReadonlyMap<number, Mention>,
): Value | null {
  for (let k = to - 1; k >= 0; k--) {
    const v = valueAt(tokens, k);
    if (!v || !fits(v) || v.end > to) continue;
    const around = namedIn(mentionAt, sentenceStartFrom(tokens, k), sentenceEndFrom(tokens, k));
    if (things.length === 0 || around.some((m) => things.some((t) => sameThing(m, t)))) return v;
  }
  return null;
}
