/**
 * A word of repeating said after a drug ("Epi 1 mg IO 2241 and again 2244", "Ketamine 30 mg IV repeated at 0042"):
 * whether it gives the drug once more, or only says the giving it follows was the drug again.
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';

/**
 * True when the mention before `k` in its sentence, past routes, is a drug's ("Epi 1 mg IO 2241 and again 2244"):
 * "and again" after a check or a reading ("TQ checked 1410 and again 1425") gives no drug again.
 */
export function givenJustBefore(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && doc.sentence[doc.mentions[j].start] === doc.sentence[doc.mentions[k].start]; j--) {
    if (tagOf(doc.mentions[j], 'medication')) return true;
    if (!tagOf(doc.mentions[j], 'route') && !tagOf(doc.mentions[j], 'access')) return false;
  }
  return false;
}

/**
 * "Ketamine 30 mg IV repeated at 0042": a word of repeating straight after a drug's dose and route, with no pause,
 * says that giving was the drug again, at the time said after it; it is no other dose.
 */
export function namesGivingARepeat(doc: Doc, k: number): boolean {
  if (!doc.mentions[k] || !tagOf(doc.mentions[k], 'repeat') || !givenJustBefore(doc, k)) return false;
  let j = k - 1;
  while (!tagOf(doc.mentions[j], 'medication')) j--;
  const between = doc.tokens.slice(doc.mentions[j].end, doc.mentions[k].start);
  // "Fentanyl repeated, 25 mcg IV": a word of repeating before the dose gives the dose after it, once more.
  const dosed = between.some((t) => t.kind === 'number');
  // Only a time said after it dates the repeat as that giving ("repeated at 0042"); "repeated x2", "repeated 10 min
  // later" say more doses.
  const after = doc.mentions[k].end + (doc.tokens[doc.mentions[k].end]?.norm === 'at' ? 1 : 0);
  const timed = readClock(doc.tokens, after) !== null;
  return dosed && timed && between.every((t) => t.kind !== 'punct' && readClock([t], 0) === null);
}

/** The repeat word said of the giving of the drug at mention `k`, past its route: its index, or -1. */
export function repeatOfGiving(doc: Doc, k: number): number {
  let j = k + 1;
  while (doc.mentions[j] && (tagOf(doc.mentions[j], 'route') || tagOf(doc.mentions[j], 'access'))) j++;
  return namesGivingARepeat(doc, j) ? j : -1;
}
