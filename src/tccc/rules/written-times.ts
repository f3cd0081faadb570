/**
 * The time written on a tourniquet: "Time's 2147, write it on the tab", "Write the time on it, zero-seven-thirty-eight".
 * A medic marks the time a tourniquet went on on its strap (or the casualty's forehead), so a sentence that says "time",
 * a clock time and that it is being written, and names nothing else, gives that time to the last tourniquet put on
 * before it, though urging and checks ("Tighter!", "Bleeding's stopped.") stand between. A bare number written
 * ("write 1347 on it") is left: what it is written on is not said to be the time.
 */
import type { Intervention } from '../record.js';
import { claim, findTime } from './attributes.js';
import { namesThing, type Act } from './completions.js';
import type { Doc } from './document.js';
import { join, spanOf } from './found.js';

const WRITING = new Set(['write', 'writing', 'wrote', 'written', 'writes']);
const TIME_WORDS = new Set(['time', "time's"]);
const TOURNIQUETS = new Set(['tourniquet', 'junctional_tourniquet']);
/** How many sentences after the tourniquet the time may be written. */
const REACH = 6;

/** Gives the last timeless tourniquet before each sentence that writes a time down that time. */
export function completeWrittenTimes(doc: Doc, acts: readonly Act[]): void {
  for (let i = 0; i < doc.tokens.length; i = doc.sentenceEnd[i]) {
    const [start, end, sentence] = [i, doc.sentenceEnd[i], doc.sentence[i]];
    if (doc.excluded.has(sentence) || !says(doc, start, end, WRITING) || !says(doc, start, end, TIME_WORDS)) continue;
    if (namesThing(doc, start, end)) continue;
    const time = findTime(doc, start, end);
    // One time only: "write 100/60, pulse 108" or a correction of the time leaves it unclear.
    if (!time || findTime(doc, time.end, end)) continue;
    const before = acts.filter((a) => a.sentence < sentence && sentence - a.sentence <= REACH);
    const last = before.filter((a) => TOURNIQUETS.has((a.found.value as Partial<Intervention>).type ?? '')).at(-1);
    if (!last || last.found.value.time !== undefined) continue;
    claim(doc, time);
    last.found.value.time = time.value;
    last.found.span = join(last.found.span, spanOf(doc, time.start, time.end));
  }
}

function says(doc: Doc, start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) if (words.has(doc.tokens[i].norm)) return true;
  return false;
}
