/**
 * An eye shield goes over an eye, which is the face ("rigid shield over the left eye", "Eye shield R" with its side
 * alone after it): never a limb a side was carried to ("Pressure (R arm) … Eye shield R").
 */
import type { Token } from '../text/tokenize.js';
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
