/**
 * How many devices a phrase places: a count said before the device ("two tourniquets", "2 large-bore IVs") or written
 * after it or its place ("TQ x2", "TQ L thigh x2"); never a number that counts something else ("A&O times four",
 * "Step 4 - O2 by mask", "IV R AC x2 attempts").
 */
import type { Doc } from './document.js';

/** Words that size a cannula between its count and its name ("two large-bore IVs"). */
const SIZE_WORDS = new Set(['large', 'wide', 'big', 'small', 'bore', '-']);

/** Words that label a numbered step or line of a list ("Step 4 -", "Item 2:", "#3"). */
const STEP_LABELS = ['step', 'item', 'no', '#', 'entry'];

/** "two tourniquets", "2 TQs", "two large-bore IVs", "TQ x2", "TQ L thigh x2" (`placed`: its place's end) → 2; else 1. */
export function readCount(doc: Doc, start: number, end: number, placed?: number): number {
  let at = start - 1;
  while (at > start - 4 && SIZE_WORDS.has(doc.tokens[at]?.norm ?? '')) at--;
  const before = doc.tokens[at];
  // "alert and oriented times four, eighteen gauge": a number said as "times" is another count, no number of lines;
  // "Step 4 - O2 by mask", "item 3: TQ": a number after a list's label numbers the step, not the devices;
  // "T+4 CAT R upper arm": a number after a plus is the minutes of an elapsed-time mark.
  if (
    !['times', 'x', '+', ...STEP_LABELS].includes(doc.tokens[at - 1]?.norm ?? '') &&
    before?.kind === 'number' &&
    before.value !== undefined &&
    before.value >= 2 &&
    before.value <= 4 &&
    Number.isInteger(before.value)
  )
    return before.value;
  for (const at of placed === undefined ? [end] : [end, placed]) {
    const n = doc.tokens[at + 1];
    // "IV R AC x2 attempts": a count after the place with a word of its own counts that word, not the devices.
    if (at === placed && doc.tokens[at + 2]?.kind === 'word') continue;
    if (
      doc.tokens[at]?.norm === 'x' &&
      n?.kind === 'number' &&
      n.value !== undefined &&
      n.value >= 2 &&
      n.value <= 4 &&
      !n.spaced
    )
      return n.value;
  }
  return 1;
}
