/**
 * A sentence headed by the place it is about, a colon after it, as a medic writes a wound up site by site ("Abdomen,
 * right lower part: small wound, no evisceration, covered with a compressive dressing."): a device in it that names
 * no place of its own goes on the place of the heading. A heading of two places, or one with anything but a place in
 * it, gives none.
 */
import type { Doc } from './document.js';
import { isLocationWord, LOCATION_FILLERS } from './lexicon/body.js';
import { readLocations, type FoundLocation } from './locations.js';
import type { Mention } from './matcher.js';
import { sentenceStart } from './sentence-ends.js';
import { sideCarry } from './sides.js';

/** Most tokens a heading runs to before its colon ("Left upper arm, outer side:"). */
const MAX_HEADING = 8;
/** Words a heading may hold besides the place ("Abdomen, right lower part:", "Left thigh, front:"). */
const HEADING_WORDS = new Set([',', 'part', 'area', 'region', 'front', 'aspect']);

/** The place heading the sentence of `m`, when the device comes after its colon, as a list of none or one. */
export function placeOfHeading(doc: Doc, m: Mention): FoundLocation[] {
  const start = sentenceStart(doc, m.start);
  const colon = doc.tokens.findIndex((t, i) => i >= start && i < m.start && t.norm === ':');
  if (colon <= start || colon - start > MAX_HEADING) return [];
  const heading = doc.tokens.slice(start, colon);
  if (!heading.every((t) => isLocationWord(t.norm) || LOCATION_FILLERS.has(t.norm) || HEADING_WORDS.has(t.norm)))
    return [];
  const found = readLocations(doc.tokens, start, colon, sideCarry(doc));
  if (new Set(found.map((l) => l.location)).size !== 1) return [];
  // A place said between the heading and the device is the one the device is nearer.
  return readLocations(doc.tokens, colon + 1, m.start).length === 0 ? found.slice(0, 1) : [];
}
