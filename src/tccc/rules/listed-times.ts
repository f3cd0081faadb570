/**
 * Times said as a list right after a fluid counted in units ("LTOWB, two units via that IV, 0625 and 0645"): one time
 * for each unit, in order, as when each is said after its ordinal.
 */
import { findTime, type Read } from './attributes.js';
import type { Doc } from './document.js';

/** Words that join one time of the list to the next ("0625 and 0645", "0625, 0645", "0625, and 0645"). */
const JOINERS = new Set(['and', ',', '&']);

/**
 * The times of a list of two or more starting at the first time said in tokens [from, to) and going on to the end of
 * its sentence; empty if there is none.
 */
export function listedTimes(doc: Doc, from: number, to: number): Read<string>[] {
  const times: Read<string>[] = [];
  const end = doc.sentenceEnd[from] ?? doc.tokens.length;
  let time = findTime(doc, from, to);
  while (time) {
    times.push(time);
    let next = time.end;
    if (!JOINERS.has(doc.tokens[next]?.norm ?? '')) break;
    while (JOINERS.has(doc.tokens[next]?.norm ?? '')) next++;
    // Only a time said right after the joiner continues the list, never one a later phrase begins with.
    const after = findTime(doc, next, Math.min(end, next + 2));
    time = after && after.start === next ? after : null;
  }
  return times.length >= 2 ? times : [];
}
