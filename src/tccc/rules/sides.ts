/**
 * Sides said once: in running commentary a limb's side is named once ("Left leg is a mess") and then
 * left out ("open fracture of the shin", "splinting the leg", "second one on the same leg"). The side
 * carries to later mentions of that limb until the other side of it is named.
 */
import type { Doc } from './document.js';
import { readLocations, type SideCarry } from './locations.js';

const NONE = 0;
const LEFT = 1;
const RIGHT = 2;

const cache = new WeakMap<Doc, SideCarry>();

/** The side carry of a narrative: for a limb word at a token, the side that limb was last named with before it. */
export function sideCarry(doc: Doc): SideCarry {
  const known = cache.get(doc);
  if (known) return known;
  const n = doc.tokens.length;
  // Side of each limb named at each token (set where a sided limb phrase ends), then carried forward.
  const arm = new Uint8Array(n);
  const leg = new Uint8Array(n);
  const named = { arm: new Int8Array(n).fill(-1), leg: new Int8Array(n).fill(-1) };
  let start = 0;
  while (start < n) {
    let end = start;
    while (end < n && doc.sentence[end] === doc.sentence[start]) end++;
    if (!doc.excluded.has(doc.sentence[start])) {
      const found = readLocations(doc.tokens, start, end);
      // "both legs" names no one side: later mentions of the leg stay without one.
      const sides = new Map<string, Set<number>>();
      for (const l of found) {
        const [side, limb] = l.location.split('_');
        if (limb !== 'arm' && limb !== 'leg') continue;
        const key = `${limb}@${l.end}`;
        sides.set(key, (sides.get(key) ?? new Set()).add(side === 'left' ? LEFT : RIGHT));
      }
      for (const [key, set] of sides) {
        const [limb, at] = key.split('@');
        named[limb as 'arm' | 'leg'][Number(at) - 1] = set.size === 1 ? [...set][0] : NONE;
      }
    }
    start = end;
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
    const side = (limb === 'arm' ? arm : leg)[Math.min(at, n - 1)];
    return side === LEFT ? 'left' : side === RIGHT ? 'right' : null;
  };
  cache.set(doc, carry);
  return carry;
}
