/**
 * Sides said once: in running commentary a limb's side is named once ("Left leg is a mess") and then
 * left out ("open fracture of the shin", "splinting the leg", "second one on the same leg"). The side
 * carries to later mentions of that limb until the other side of it is named.
 */
import type { Doc } from './document.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { readLocations, type FoundLocation, type SideCarry } from './locations.js';

const NONE = 0;
const LEFT = 1;
const RIGHT = 2;

const cache = new WeakMap<Doc, SideCarry>();

/** The side carry of a narrative: for a limb word at a token, the side that limb was last named with before it. */
export function sideCarry(doc: Doc): SideCarry {
  const known = cache.get(doc);
  if (known) return known;
  const n = doc.tokens.length;
  // The side of each limb last named before each token.
  const arm = new Uint8Array(n);
  const leg = new Uint8Array(n);
  // Side named at the token where a sided limb phrase ends; -1 where none ends ("both legs" is NONE: no one side).
  const named = { arm: new Int8Array(n).fill(-1), leg: new Int8Array(n).fill(-1) };
  // The part words named with a side, in order ("right thigh", "left calf"), and the side each was named with.
  const parts: { at: number; word: string; side: number }[] = [];
  let start = 0;
  while (start < n) {
    const end = doc.sentenceEnd[start];
    if (!doc.excluded.has(doc.sentence[start])) {
      for (const l of readLocations(doc.tokens, start, end)) {
        const limb =
          l.location === 'left_arm' || l.location === 'right_arm'
            ? named.arm
            : l.location === 'left_leg' || l.location === 'right_leg'
              ? named.leg
              : null;
        if (!limb) continue;
        const side = l.location.startsWith('left') ? LEFT : RIGHT;
        const at = l.end - 1;
        limb[at] = limb[at] === -1 || limb[at] === side ? side : NONE;
        parts.push({ at, word: doc.tokens[at].norm, side: limb[at] });
      }
    }
    start = Math.max(end, start + 1);
  }
  let a = NONE;
  let l = NONE;
  for (let i = 0; i < n; i++) {
    arm[i] = a;
    leg[i] = l;
    if (named.arm[i] >= 0) a = named.arm[i];
    if (named.leg[i] >= 0) l = named.leg[i];
  }
  const carry: SideCarry = (limb, at) => {
    // "right thigh … left calf … packing the thigh": the part named again is the one named before with its side.
    // "the leg" names the whole limb, so it takes the side the limb was last named with.
    const word = doc.tokens[at]?.norm;
    const samePart = word === limb ? undefined : parts.findLast((p) => p.at < at && p.word === word);
    const side = samePart ? samePart.side : (limb === 'arm' ? arm : leg)[Math.min(at, n - 1)];
    return side === LEFT ? 'left' : side === RIGHT ? 'right' : null;
  };
  cache.set(doc, carry);
  return carry;
}

/**
 * "Left shin, open fracture. Splint left.": a side said alone right after a device, at its phrase's end, is the
 * limb last named with that side; none when both an arm and a leg were last named with it.
 */
export function limbOfBareSide(doc: Doc, at: number): FoundLocation | null {
  const side = SIDE_WORDS[doc.tokens[at]?.norm ?? ''];
  const after = doc.tokens[at + 1];
  if ((side !== 'left' && side !== 'right') || (after && after.kind !== 'punct')) return null;
  const carry = sideCarry(doc);
  const limbs = (['arm', 'leg'] as const).filter((limb) => carry(limb, at) === side);
  return limbs.length === 1 ? { location: `${side}_${limbs[0]}`, start: at, end: at + 1 } : null;
}

/**
 * "Humeral IO on the right", "thigh TQ, left at 0730": a limb named with no side right before a device, whose phrase
 * the side then closes, is that limb on that side, read as if the device were not said between them.
 */
export function limbAroundDevice(doc: Doc, device: { start: number; end: number }, to: number): FoundLocation | null {
  const limbAt = device.start - 1;
  const word = doc.tokens[limbAt]?.norm ?? '';
  const region = Object.hasOwn(BODY_PART_WORDS, word) ? BODY_PART_WORDS[word] : undefined;
  if ((region !== 'arm' && region !== 'leg') || Object.hasOwn(SIDE_WORDS, doc.tokens[limbAt - 1]?.norm ?? ''))
    return null;
  if (doc.sentence[limbAt] !== doc.sentence[device.start]) return null;
  const joined = [doc.tokens[limbAt], ...doc.tokens.slice(device.end, to)];
  const found = readLocations(joined, 0, joined.length)[0];
  if (found?.start !== 0) return sideAfterDevice(doc, region, device.end);
  return { location: found.location, start: limbAt, end: device.end + found.end - 1 };
}

/**
 * "Humeral IO, right side, 0125": the side set off by a comma after the device, as its own phrase, closes it; so does
 * a bare side a log writes after it ("humeral IO R.", "tibial IO L, 0212"), or the side with the limb said again.
 */
function sideAfterDevice(doc: Doc, limb: 'arm' | 'leg', at: number): FoundLocation | null {
  const from = doc.tokens[at]?.norm === ',' ? at + 1 : at;
  const side = SIDE_WORDS[doc.tokens[from]?.norm ?? ''];
  if (side !== 'left' && side !== 'right') return null;
  // "Tibial IO, right leg... in": the limb said again with its side is the same limb.
  const again = doc.tokens[from + 1]?.norm ?? '';
  const sameLimb = Object.hasOwn(BODY_PART_WORDS, again) && BODY_PART_WORDS[again] === limb;
  const end = again === 'side' || sameLimb ? from + 2 : from + 1;
  const next = doc.tokens[end];
  return !next || next.kind === 'punct' ? { location: `${side}_${limb}`, start: from, end } : null;
}
