/**
 * Times that stamp every act after them which says none of its own: the time a log line opens with ("1445Z 18ga
 * IV R AC, 1000mg TXA IV."), and a time that heads a list after a colon ("pill pack at 1640: moxifloxacin 400 mg
 * PO, meloxicam 15 mg PO").
 */
import { readClock } from '../text/clock.js';
import { leadsVitals } from './attributes.js';
import type { Doc } from './document.js';

/**
 * The time a log line opens with ("1445Z 18ga IV R AC, 1000mg TXA IV."): every treatment on that
 * line without a time of its own was given then. Not a time that opens a set of vitals.
 */
export function sentenceStamp(doc: Doc, k: number, cache: Map<number, string | null>, toiAt: number): string | null {
  const sentence = doc.sentence[doc.mentions[k].start];
  const known = cache.get(sentence);
  if (known !== undefined) return known;
  let first = doc.mentions[k].start;
  while (first > 0 && doc.sentence[first - 1] === sentence) first--;
  // "IED blast 0253." opens with the time of injury, not the time of what follows.
  const clock = first === toiAt ? null : readClock(doc.tokens, first);
  const stamp = clock && !leadsVitals(doc, clock.end) ? clock.time : null;
  cache.set(sentence, stamp);
  return stamp;
}

/**
 * The time before a colon earlier in the sentence of mention `k` ("Combat wound pill pack at 1640: moxifloxacin …"):
 * it heads the list after the colon. Not a time some fact has already taken (a time of injury, an act's own
 * time), nor one that heads a set of vitals.
 */
export function headingStamp(doc: Doc, k: number): string | null {
  const at = doc.mentions[k].start;
  for (let i = at - 1; i > 0 && doc.sentence[i] === doc.sentence[at]; i--) {
    if (doc.tokens[i].norm !== ':') continue;
    let start = i - 1;
    // A time said in several number words ("fourteen forty:") starts at the first of them.
    while (start > 0 && doc.tokens[start - 1].kind === 'number' && doc.sentence[start - 1] === doc.sentence[at])
      start--;
    const clock = readClock(doc.tokens, start);
    if (!clock || clock.end !== i || doc.claimed[start] || leadsVitals(doc, i)) return null;
    return clock.time;
  }
  return null;
}
