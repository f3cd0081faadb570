/** Device words that are not devices where they stand: labels of a line of the card. */
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';

/**
 * A device word used as a label: "Cat: routine" (the evacuation category, not a CAT tourniquet), or "TQ: SAM
 * junctional tourniquet R groin" (a heading, the device said after it).
 */
export function isLabel(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const gap = doc.tokens[m.end]?.norm;
  if (gap !== ':' && gap !== '-') return false;
  // "Cat: routine", "Cats: Alvarez urgent surg, Moss priority": the categories said after the label.
  if (gap === ':' && ['cat', 'cats'].includes(doc.tokens[m.start].norm) && evacFollows(doc, k)) return true;
  let n = m.end + 1;
  // "TQ: SAM junctional tourniquet": a brand word may come before the device it names.
  if (doc.mentionIndex[n] < 0 && doc.tokens[n]?.kind === 'word' && /^[A-Z]+$/.test(doc.tokens[n].raw)) n++;
  const next = doc.mentionIndex[n] ?? -1;
  if (next < 0) return false;
  if (m.end - m.start === 1 && doc.tokens[m.start].norm === 'cat' && tagOf(doc.mentions[next], 'evac')) return true;
  return gap === ':' && tagOf(doc.mentions[next], 'intervention') !== undefined;
}

/** True when an evacuation category is said after mention `k` in its sentence. */
function evacFollows(doc: Doc, k: number): boolean {
  const end = doc.sentenceEnd[doc.mentions[k].start];
  for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < end; j++)
    if (tagOf(doc.mentions[j], 'evac')) return true;
  return false;
}
