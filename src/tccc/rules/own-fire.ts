/**
 * The unit's own fire ("suppressive fire", "returned fire", "support by fire"): it hurt none of them, so its time is
 * the fight's, never a time of injury (time-of-injury.ts).
 */
import type { Doc } from './document.js';

/** Words before "fire" that make it the unit's own ("suppressive fire", "returned fire"): it hurt none of them. */
const OWN_FIRE_BEFORE = new Set(['suppressive', 'suppressing', 'covering', 'return', 'returned', 'returning']);
/** The unit's own fire said as its drill: "support by fire", "base of fire". */
const OWN_FIRE_DRILLS = [
  ['support', 'by'],
  ['base', 'of'],
];

/**
 * True when "fire" at `i` is the unit's own ("established support by fire and broke contact at 1609"): its time is
 * the fight's, not when anyone was hurt.
 */
export function isOwnFire(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (t[i].norm !== 'fire') return false;
  if (OWN_FIRE_BEFORE.has(t[i - 1]?.norm ?? '')) return true;
  return OWN_FIRE_DRILLS.some(([a, b]) => t[i - 2]?.norm === a && t[i - 1]?.norm === b);
}
