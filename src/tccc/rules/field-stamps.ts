/**
 * The time a card's drug field opens with dates every drug in the field that says no time of its own: "Meds, oh-two-
 * twelve, the pill pack... Mobic fifteen, Tylenol thirteen hundred, moxi four hundred, all PO", "meds 1145 Tylenol
 * 1300 mg moxi 400 mg both PO".
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';
import { isHeadingWord } from './list-cues.js';
import { tagOf } from './matcher.js';

/** The labels of a card's drug field. */
const DRUG_FIELDS = new Set(['meds', 'medications', 'drugs']);
/** Marks between a field's label and its time ("Meds: 1145", "Meds, oh-two-twelve,"). */
const LABEL_MARKS = new Set([':', ',', '-']);

/** The time right after the drug field's label that mention `k`, a drug, is said in; else null. */
export function fieldStamp(doc: Doc, k: number): string | null {
  const at = doc.mentions[k].start;
  if (!tagOf(doc.mentions[k], 'medication')) return null;
  for (let i = at - 1; i >= 0 && doc.sentence[i] === doc.sentence[at]; i--) {
    const w = doc.tokens[i].norm;
    // Another field between: the drug is not in this field's list. Only a label with its colon is one; a heading word
    // said in passing ("for pain Tylenol") is not.
    if (isHeadingWord(w) && !DRUG_FIELDS.has(w) && doc.tokens[i + 1]?.norm === ':') return null;
    if (!DRUG_FIELDS.has(w)) continue;
    let j = i + 1;
    while (LABEL_MARKS.has(doc.tokens[j]?.norm ?? '')) j++;
    const clock = readClock(doc.tokens, j);
    if (!clock) return null;
    // A time said after the label's own between it and the drug dates what follows it, not this drug; a number
    // already read as a dose is none ("Tylenol thirteen hundred, moxi four hundred").
    for (let n = clock.end; n < at; n++) if (!doc.claimed[n] && readClock(doc.tokens, n)) return null;
    return clock.time;
  }
  return null;
}
