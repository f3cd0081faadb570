/**
 * A device's place said by pointing back rather than named: "pressure dressing over it", "packing the wound with
 * Celox", "second TQ just below the first". Also whether a device's own phrase names a part without placing it.
 */
import type { InterventionType } from '../record.js';
import type { Doc } from './document.js';
import { isLocationWord, UNMAPPED_PARTS } from './lexicon/body.js';
import { nextThingStart } from './attributes.js';
import { NO_LOCATION } from './interventions.js';

const REFERRING_PREPOSITIONS = new Set(['on', 'over', 'to', 'into', 'in', 'of', 'below', 'above', 'under']);
/**
 * True when the device's own phrase names a body part without placing it ("pressure dressing on the leg"
 * with no side known): its place is unclear, not unsaid, so it takes no wound's place.
 */
export function namesPartUnplaced(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const end = Math.min(doc.chunkEnd[m.start], nextThingStart(doc, k));
  for (let i = m.end; i < end; i++) {
    const w = doc.tokens[i].norm;
    if (isLocationWord(w) || UNMAPPED_PARTS.has(w)) return true;
  }
  return false;
}

/** Words that point back at the wound just named ("over it", "over the top of that"). */
const REFERENTS = new Set(['it', 'that']);

/** How far before a device "it" may stand as what the device goes on ("covering it with a pressure dressing"). */
const IT_BEHIND = 3;

/**
 * True when a device that has a place is put "on it" / "over it", or the act is done to "it" ("splinting
 * it", "covering it with a pressure dressing"): on the wound just named.
 */
export function refersBack(doc: Doc, k: number, type: InterventionType): boolean {
  if (NO_LOCATION.has(type)) return false;
  const m = doc.mentions[k];
  if (doc.tokens[m.end]?.norm === 'it') return true;
  for (let i = m.start - 1; i >= 0 && i >= m.start - IT_BEHIND && doc.sentence[i] === doc.sentence[m.start]; i--)
    if (doc.tokens[i].norm === 'it') return true;
  const end = Math.min(doc.chunkEnd[m.start], m.end + 6);
  for (let i = m.end; i + 1 < end; i++) {
    if (REFERRING_PREPOSITIONS.has(doc.tokens[i].norm) && REFERENTS.has(doc.tokens[i + 1].norm)) return true;
  }
  // "Packing the wound with Celox", "packing the biggest hole with combat gauze": the wound already named.
  const from = Math.max(0, m.start - IT_BEHIND - 1);
  for (let i = from; i < end; i++) if (namesTheWound(doc, i, m.start)) return true;
  return false;
}

/** Nouns for a wound that "the" points back at. */
const WOUND_NOUNS = new Set(['wound', 'wounds', 'hole', 'holes']);

/** True when "the wound" or "the <one word> wound" starts at token `i`, in the sentence of token `at`. */
function namesTheWound(doc: Doc, i: number, at: number): boolean {
  if (doc.tokens[i].norm !== 'the' || doc.sentence[i] !== doc.sentence[at]) return false;
  const next = doc.tokens[i + 1]?.norm ?? '';
  return WOUND_NOUNS.has(next) || (!isLocationWord(next) && WOUND_NOUNS.has(doc.tokens[i + 2]?.norm ?? ''));
}

/** Words before a device that make it one more of the kind just placed ("second TQ", "another tourniquet"). */
const ANOTHER = new Set(['second', 'another', 'third', '2nd', '3rd', 'additional', 'extra']);
/** Of those, the words that make it a device more, never one the record already holds ("another TQ at 0340"). */
const ONE_MORE = new Set(['another', 'additional', 'extra']);
/** Whether the device at mention `k` is said as one more ("another TQ"), not by its number ("second TQ"). */
export const saysOneMore = (doc: Doc, k: number): boolean =>
  ONE_MORE.has(doc.tokens[doc.mentions[k].start - 1]?.norm ?? '');
/** Words that place a device against the one before it ("just below the first", "above the other one"). */
const AGAINST = new Set(['above', 'below', 'proximal', 'distal', 'next', 'beside']);
const PREVIOUS_DEVICE = new Set(['first', 'other', 'old', 'original', 'previous', 'it', 'that', 'one']);

/**
 * True when the device at mention `k` is one more of its kind, placed where the last one went: "Second TQ
 * just below the first", "another tourniquet above it". Its place is then the last one's.
 */
export function isAnotherOfSame(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  for (let i = m.start - 1; i >= m.start - 2 && i >= 0 && doc.sentence[i] === doc.sentence[m.start]; i--)
    if (ANOTHER.has(doc.tokens[i].norm)) return true;
  const end = Math.min(doc.chunkEnd[m.start], m.end + 5);
  for (let i = m.end; i + 1 < end; i++) {
    if (!AGAINST.has(doc.tokens[i].norm)) continue;
    const next =
      doc.tokens[i + 1].norm === 'the' || doc.tokens[i + 1].norm === 'to' ? doc.tokens[i + 2] : doc.tokens[i + 1];
    if (next && PREVIOUS_DEVICE.has(next.norm)) return true;
  }
  return false;
}
