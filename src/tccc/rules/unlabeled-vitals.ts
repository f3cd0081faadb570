/**
 * Signs said without their names inside a run of named ones. A pressure is a pair said as one ("130/80", "one-thirty
 * over eighty"), so in a run of signs it needs no label: "pulse one-oh-four, one-thirty over eighty, sats
 * ninety-seven". A handover often opens the run with the rate and the pressure bare, in that order, before the first
 * named sign: "Last set? One-ten, one-thirty over eighty-two, breathing eighteen, sats ninety-six"; the bare number
 * before the pressure is then the pulse.
 */
import { readClock } from '../text/clock.js';
import { mentionAt } from './attributes.js';
import type { Doc } from './document.js';
import { inRange, observePressure, readValue, type Observation } from './vital-reading.js';
import { sentenceStart } from './sentence-ends.js';

/** Pauses between signs of one run ("HR 104, 130/80", "pulse 104... 130 over 80"). */
const PAUSES = new Set([',', '...', 'and']);
/** Dashes a transcript opens each speaker's turn with ("- One-ten, …", "— Hundred and ten, …"). */
const TURN_DASHES = new Set(['-', '—', '–']);
/** The most pause tokens between two signs of a run. */
const MAX_PAUSE = 2;

/** A free number token: not claimed by another reading, not part of a named thing (a dose, a device). */
function isFreeNumber(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.kind === 'number' && !doc.claimed[i] && mentionAt(doc, i) === undefined;
}

/** A pressure pair with both numbers at `i` ("130/80", "one-thirty over eighty"), the low one below the high one. */
function pressureAt(doc: Doc, i: number): Observation | null {
  if (!isFreeNumber(doc, i)) return null;
  const bp = observePressure(doc, i, readValue(doc, i, 'systolic'));
  const { systolic, diastolic } = bp?.values ?? {};
  if (!bp || typeof diastolic !== 'number' || typeof systolic !== 'number' || diastolic >= systolic) return null;
  // "130/80 mmHg" still is one; any other word naming the pair ("2/3 of the dose") is not.
  const after = doc.tokens[bp.end];
  if (after?.kind === 'word' && after.norm !== 'mmhg' && mentionAt(doc, bp.end) === undefined) return null;
  return bp;
}

/** The first token past the pauses from `i` in the sentence of `i - 1`, or -1 when no pause or too many. */
function pastPause(doc: Doc, i: number): number {
  let j = i;
  while (j < i + MAX_PAUSE && PAUSES.has(doc.tokens[j]?.norm ?? '')) j++;
  return j > i && doc.sentence[j] === doc.sentence[i - 1] ? j : -1;
}

/** An unnamed pressure right after a sign's value ending at `end`, set off by a pause ("pulse 104, 130/80"). */
export function pressureAfter(doc: Doc, end: number): Observation | null {
  const at = pastPause(doc, end);
  return at < 0 ? null : pressureAt(doc, at);
}

/**
 * The unnamed signs a run opens with before its first named sign at `start`: a pressure set off by a pause just
 * before it, and the bare rate before that pressure when the rate opens its sentence or comes right after the
 * set's time ("One-ten, one-thirty over eighty-two, breathing eighteen"; "0630, 128, 88/50, sats 93"), in
 * narrative order; none when the run opens on its named sign.
 */
export function unlabeledLead(doc: Doc, start: number): Observation[] {
  const bp = endingAt(doc, start, pressureAt);
  if (!bp) return [];
  const rate = endingAt(doc, bp.start, (d, i) => {
    if (!isFreeNumber(d, i)) return null;
    const value = readValue(d, i, 'pulse');
    return inRange('pulse', value.value) && opensSet(d, i)
      ? { sign: 'pulse', values: { pulse: value.value }, start: i, end: value.end }
      : null;
  });
  return rate ? [rate, bp] : [bp];
}

/** The reading `read` finds ending, past a pause, right before token `next`, in the same sentence. */
function endingAt(doc: Doc, next: number, read: (doc: Doc, i: number) => Observation | null): Observation | null {
  for (let pause = next - 1; pause >= next - MAX_PAUSE && PAUSES.has(doc.tokens[pause]?.norm ?? ''); pause--) {
    for (let i = pause - 1; i >= Math.max(0, pause - 6) && doc.sentence[i] === doc.sentence[next]; i--) {
      const found = read(doc, i);
      if (found && found.end === pause) return found;
    }
  }
  return null;
}

/** Tags a heading before a run of signs may carry ("Last vitals:", "Repeat set:"). */
const HEADING_TAGS = new Set(['vital', 'recheck', 'repeat']);
/** The most words of a heading before a run of signs. */
const HEADING_WORDS = 3;

/**
 * True when token `i` opens the words of a set: nothing before it in its sentence but, in this order, a speaker's
 * label or a turn's dash, a short heading of plain words ended by a colon, and the set's time ("- One-ten, …",
 * "MEDIC: Oh-six-thirty, one-twenty-eight, …", "Last set: 0530, 110, 130/82", "0630, 128, 88/50").
 */
function opensSet(doc: Doc, i: number): boolean {
  let start = sentenceStart(doc, i);
  if (doc.tokens[start]?.kind === 'word' && doc.tokens[start + 1]?.norm === ':') start += 2;
  while (TURN_DASHES.has(doc.tokens[start]?.norm ?? '') && start < i) start++;
  let end = i;
  if ([',', ':'].includes(doc.tokens[end - 1]?.norm ?? '') && end - 1 > start) {
    const clock = clockEndingAt(doc, start, end - 1);
    if (clock >= 0) end = clock;
  }
  if (doc.tokens[end - 1]?.norm === ':') end--;
  if (end - start > HEADING_WORDS) return false;
  for (let j = start; j < end; j++) {
    const m = mentionAt(doc, j);
    if (doc.tokens[j].kind !== 'word' || (m && !m.tags.every((t) => HEADING_TAGS.has(t.cat)))) return false;
  }
  return true;
}

/** The first token of a clock from `from` that ends right before token `end`, or -1. */
function clockEndingAt(doc: Doc, from: number, end: number): number {
  for (let j = Math.max(from, end - 4); j < end; j++) if (readClock(doc.tokens, j)?.end === end) return j;
  return -1;
}
