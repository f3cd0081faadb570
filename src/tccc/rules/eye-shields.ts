/**
 * An eye shield goes over an eye, which is the face ("rigid shield over the left eye", "Eye shield R" with its side
 * alone after it): never a limb a side was carried to ("Pressure (R arm) … Eye shield R").
 */
import type { Token } from '../text/tokenize.js';
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';
import type { FoundLocation } from './locations.js';
import { SIDE_WORDS } from './lexicon/body.js';
import { isBoundary } from './switch-words.js';

/** The places read for an eye shield ending at token `end`: the face's, or the face when a side alone follows it. */
export function eyeShieldPlace(tokens: Token[], end: number, found: readonly FoundLocation[]): FoundLocation[] {
  const face = found.filter((l) => l.location === 'face');
  const side = tokens[end];
  const sideAlone = side?.kind === 'word' && Object.hasOwn(SIDE_WORDS, side.norm) && isBoundary(tokens[end + 1]);
  return face.length > 0 || !sideAlone ? face : [{ location: 'face', start: end, end: end + 1 }];
}

/** Words naming what a shield is said over after its side ("over the left eye"). */
const EYES = new Set(['eye', 'eyes']);

/**
 * True when the eye shield at mention `k` was read from a shield put over a side with no eye named after it ("placed
 * his shield over the left side"): a soldier covering the casualty with his body or a ballistic shield, no care.
 */
export function shieldsASide(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const side = doc.tokens[m.end - 1]?.norm ?? '';
  return (
    tagOf(m, 'intervention')?.value === 'eye_shield' &&
    m.end - m.start > 3 &&
    doc.tokens[m.end - 3]?.norm === 'over' &&
    (side === 'left' || side === 'right') &&
    !EYES.has(doc.tokens[m.end]?.norm ?? '')
  );
}
