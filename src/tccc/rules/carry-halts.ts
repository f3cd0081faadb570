/**
 * A litter carry told as it goes, stopping to reassess at each halt: "Halt two. Seventeen thirty-one. Pulse one
 * thirty-four", "Halt one, twenty-one fifty-two. Put him down. Pulse one-fourteen", "At the HLZ, 2225. Pulse 120". The
 * team sets the casualty down, the medic says the time and takes the signs: the time said at the halt dates the first
 * signs taken there, though checks of the dressings and urging stand between ("Checking the TQs... okay, dry."). Once
 * the carry moves on ("Up. Moving.") or another time is said, the halt's time dates nothing more.
 */
import { readClock } from '../text/clock.js';
import type { Token } from '../text/tokenize.js';
import { claim } from './attributes.js';
import type { Doc } from './document.js';
import { spanOf, type Span } from './found.js';
import { SENTENCE_ENDS, sentenceStartFrom } from './sentence-ends.js';

/** Words that number a halt ("Halt two", "Stop 3"): a count, never a verb's object. */
const HALT_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'first', 'second', 'third', 'next', 'last']);
/** Places a carry ends at ("At the HLZ, 2225."). */
const CARRY_ENDS = new Set(['lz', 'hlz', 'pz', 'ccp']);
/** Words said as a sentence of their own when the carry moves on ("Up.", "Moving.", "Lift."). */
const MOVING = new Set(['up', 'moving', 'move', 'lift', 'go', 'going', 'onward']);
/** How many sentences before the signs the halt may be said. */
const REACH = 6;

/** The time said at the halt the signs at `signStart` were taken at; claims it. Null when none, or it is unclear. */
export function readHaltTime(doc: Doc, signStart: number, lastEnd: number): { value: string; span: Span } | null {
  let clock: { time: string; start: number; end: number } | null = null;
  let start = sentenceStartFrom(doc.tokens, signStart);
  for (let n = 0; n < REACH && start > lastEnd; n++) {
    const end = start - 1;
    start = sentenceStartFrom(doc.tokens, end);
    if (start < lastEnd) return null;
    for (let i = start; i < end; i++) {
      const read = readClock(doc.tokens, i);
      if (!read) continue;
      // Two times, or one another fact took: which time the signs were taken at is unclear.
      if (clock || doc.claimed[i] || read.end > end) return null;
      clock = { time: read.time, start: i, end: read.end };
      i = read.end - 1;
    }
    if (opensHalt(doc, start, end)) {
      if (!clock) return null;
      claim(doc, clock);
      return { value: clock.time, span: spanOf(doc, clock.start, clock.end) };
    }
    if (movesOn(doc, start, end)) return null;
  }
  return null;
}

/**
 * True when a set dated `time` was taken at a halt and the carry has not moved on by token `at`, nor another time
 * been said: a sign said there is of the same set, though said in a sentence of its own ("Halt one, 0352. Pulse 114,
 * alert. Seal's holding. Pain six.").
 */
export function haltGoesOn(doc: Doc, time: Span | undefined, at: number): boolean {
  const t = time ? tokenStartingAt(doc.tokens, time.start) : -1;
  const clock = t >= 0 ? readClock(doc.tokens, t) : null;
  if (!clock) return false;
  for (let i = clock.end; i < at; i++) {
    if (readClock(doc.tokens, i)) return false;
    if (i > 0 && SENTENCE_ENDS.has(doc.tokens[i - 1].norm) && movesOn(doc, i, wordsEnd(doc, i))) return false;
  }
  let start = sentenceStartFrom(doc.tokens, t);
  for (let n = 0; n < REACH; n++) {
    const end = wordsEnd(doc, start);
    if (opensHalt(doc, start, end)) return true;
    if (start === 0 || movesOn(doc, start, end)) return false;
    start = sentenceStartFrom(doc.tokens, start - 1);
  }
  return false;
}

/** Each narrative's tokens by the offset each starts at (the first, where two start at one), indexed once for all its signs. */
const TOKEN_STARTS = new WeakMap<readonly Token[], Map<number, number>>();

/** The index of the first token starting at `offset`, or -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let starts = TOKEN_STARTS.get(tokens);
  if (!starts) {
    starts = new Map();
    for (const [i, token] of tokens.entries()) if (!starts.has(token.start)) starts.set(token.start, i);
    TOKEN_STARTS.set(tokens, starts);
  }
  return starts.get(offset) ?? -1;
}

/** True when the sentence `[start, end)` is a word of moving on alone ("Up.", "Moving."). */
const movesOn = (doc: Doc, start: number, end: number): boolean =>
  end - start === 1 && MOVING.has(doc.tokens[start].norm);

/** The end of the words of the sentence that token `i` is in: its closing mark, or the end of the text. */
function wordsEnd(doc: Doc, i: number): number {
  const end = doc.sentenceEnd[i];
  return SENTENCE_ENDS.has(doc.tokens[end - 1]?.norm ?? '') ? end - 1 : end;
}

/** True when the sentence `[start, end)` opens with a halt ("Halt.", "Halt two, …", "Stop 3.") or the carry's end. */
function opensHalt(doc: Doc, start: number, end: number): boolean {
  const [first, second, third] = [start, start + 1, start + 2].map((k) => (k < end ? doc.tokens[k].norm : ''));
  const counted = HALT_COUNTS.has(second) || doc.tokens[start + 1]?.kind === 'number';
  if (first === 'halt') return second === '' || second === ',' || counted;
  if (first === 'stop') return counted;
  return first === 'at' && second === 'the' && CARRY_ENDS.has(third);
}
