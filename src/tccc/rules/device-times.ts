/** The time of each of several devices said together ("CAT x2 L thigh 0728 / 0731"). */
import { readClock } from '../text/clock.js';
import { claim, findTime, isThing, type Read } from './attributes.js';
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';

/**
 * The time of each of `count` devices said together, when the sentence gives one each: "two TQs left
 * thigh, first at 0515, second one 0518", "CAT x2 L thigh 0630/0633". Empty when it does not.
 */
export function timesOfEach(doc: Doc, k: number, first: Read<string>, count: number): string[] {
  const m = doc.mentions[k];
  // "0630/0633": the slash made the first a quantity, so the first time read is the second one.
  const before = doc.tokens[first.start - 2];
  if (doc.tokens[first.start - 1]?.norm === '/' && before?.digits?.length === 4 && count === 2) {
    const clock = readClock([before], 0);
    if (clock) return [clock.time, first.value];
  }
  // "0728 / 0731": spaced, the slash closes the first time's sentence, so the second is read past it.
  const after = doc.tokens[first.end + 1];
  if (doc.tokens[first.end]?.norm === '/' && after?.digits?.length === 4 && count === 2) {
    const clock = readClock([after], 0);
    if (clock) {
      claim(doc, { start: first.end + 1, end: first.end + 2 });
      return [first.value, clock.time];
    }
  }
  let end = doc.sentenceEnd[m.start];
  for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < end; j++)
    if (isThing(doc.mentions[j]) && !tagOf(doc.mentions[j], 'repeat')) end = doc.mentions[j].start;
  const times = [first];
  while (times.length < count) {
    const next = findTime(doc, times[times.length - 1].end, end);
    if (!next) break;
    times.push(next);
  }
  if (times.length !== count) return [];
  for (const t of times.slice(1)) claim(doc, t);
  return times.map((t) => t.value);
}
