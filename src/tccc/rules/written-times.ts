/**
 * The time written on a tourniquet: "Time's 2147, write it on the tab", "Write the time on it, zero-seven-thirty-eight".
 * A medic marks the time a tourniquet went on on its strap (or the casualty's forehead), so a sentence that says "time",
 * a clock time and that it is being written, and names nothing else, gives that time to the last tourniquet put on
 * before it, though urging and checks ("Tighter!", "Bleeding's stopped.") stand between. So does a clock time written
 * straight onto the tourniquet or the casualty ("write 1347 on it"); one written on the card is left.
 * A time said of a device called by its plain word ("0351 for the dressing") dates it too (completeCalledTimes).
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
    if (doc.excluded.has(sentence) || !says(doc, start, end, WRITING)) continue;
    if (!says(doc, start, end, TIME_WORDS) && !writtenOnIt(doc, start, end)) continue;
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

/** What a time is written on that is the tourniquet or the casualty ("on it", "on the strap", "on his forehead"). */
const WRITTEN_ON = new Set(['it', 'him', 'her', 'strap', 'tab', 'band', 'tq', 'tourniquet', 'forehead', 'head']);

/**
 * "write 1347 on it", "Writing fourteen oh six on his forehead": a clock time written straight onto the tourniquet
 * or the casualty is the tourniquet's time ("Write 1512 on the card" is not said to be on either).
 */
function writtenOnIt(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!WRITING.has(doc.tokens[i].norm)) continue;
    const time = findTime(doc, i + 1, Math.min(end, i + 6));
    if (!time || time.start !== i + 1 || doc.tokens[time.end]?.norm !== 'on') return false;
    let on = time.end + 1;
    if (['the', 'his', 'her'].includes(doc.tokens[on]?.norm ?? '')) on++;
    return WRITTEN_ON.has(doc.tokens[on]?.norm ?? '');
  }
  return false;
}

function says(doc: Doc, start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) if (words.has(doc.tokens[i].norm)) return true;
  return false;
}

/**
 * Devices a medic calls by a plain word once they are on ("the dressing", "packing's done", "the line"): the word
 * names the last device of these kinds, no new one.
 */
const CALLED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['dressing', new Set(['pressure_dressing', 'hemostatic_dressing'])],
  ['bandage', new Set(['pressure_dressing'])],
  ['packing', new Set(['hemostatic_dressing'])],
  ['line', new Set(['iv', 'io'])],
]);
/** Words after the plain word that say the device is in place ("packing's done", "line is in"). */
const IN_PLACE = new Set(['done', 'on', 'in', 'placed']);

/**
 * "Zero three fifty-one for the dressing.", "Clock says 2142, packing's done.": a sentence that gives one clock time
 * and calls a device by its plain word, naming nothing else, gives that time to the last act said before it when
 * that act is a device of that kind with no time.
 */
export function completeCalledTimes(doc: Doc, acts: readonly Act[]): void {
  for (let i = 0; i < doc.tokens.length; i = doc.sentenceEnd[i]) {
    const [start, end, sentence] = [i, doc.sentenceEnd[i], doc.sentence[i]];
    if (doc.excluded.has(sentence) || namesThing(doc, start, end)) continue;
    const kinds = calledDevice(doc, start, end);
    if (!kinds) continue;
    const time = findTime(doc, start, end);
    if (!time || findTime(doc, time.end, end)) continue;
    // The device must be the last act said before, though counting and urging stand between ("Two. Three minutes.").
    const last = acts.filter((a) => a.sentence < sentence).at(-1);
    if (!last || sentence - last.sentence > CALLED_REACH || last.found.value.time !== undefined) continue;
    if (!kinds.has((last.found.value as Partial<Intervention>).type ?? '')) continue;
    // A dressing whose place was not read is left: the card would date a dressing without saying which wound.
    if (last.takesPlace && !last.found.value.location) continue;
    claim(doc, time);
    last.found.value.time = time.value;
    last.found.span = join(last.found.span, spanOf(doc, time.start, time.end));
  }
}

/** How many sentences after the device its plain word may give it a time. */
const CALLED_REACH = 12;

/** The kinds of device a plain word in `[start, end)` calls: "for the dressing", "packing's done"; null when none. */
function calledDevice(doc: Doc, start: number, end: number): ReadonlySet<string> | null {
  const norm = (k: number): string => (k >= start && k < end ? (doc.tokens[k]?.norm ?? '') : '');
  for (let i = start; i < end; i++) {
    const kinds = CALLED.get(norm(i).replace(/'s$/, ''));
    if (!kinds) continue;
    if (norm(i - 2) === 'for' && ['the', 'his', 'her', 'that'].includes(norm(i - 1))) return kinds;
    const verb = norm(i).endsWith("'s") ? i + 1 : ['is', 'was'].includes(norm(i + 1)) ? i + 2 : -1;
    if (verb > 0 && IN_PLACE.has(norm(verb))) return kinds;
  }
  return null;
}
