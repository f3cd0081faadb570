/**
 * "I strapped the arm to his chest with a SAM splint": a limb bound to the body for a splint or a sling is where the
 * device is; the part it is bound to ("to his chest") only holds it there.
 */
import type { Token } from '../text/tokenize.js';
import type { FoundLocation } from './locations.js';

/** Verbs of binding a limb to something ("strapped", "taped", "bound", "tied", "secured"). */
const BINDING = new Set(['strapped', 'taped', 'bound', 'tied', 'secured', 'strapping', 'taping', 'binding']);
/** Owners between "to" and the part bound to ("to his chest", "to the torso"). */
const OWNERS = new Set(['his', 'her', 'their', 'the']);
/** How far back from "to" the binding verb may be ("strapped the left arm to …"). */
const BINDING_REACH = 5;

/** The places read before a device, less any a limb was bound to ("to his chest" after "strapped the arm"). */
export function withoutBoundTo(tokens: Token[], locations: FoundLocation[]): FoundLocation[] {
  const kept = locations.filter((l) => !boundTo(tokens, l.start));
  return kept.length > 0 ? kept : locations;
}

/** True when the place at token `start` is what something was bound to: "to" and a binding verb before it. */
function boundTo(tokens: Token[], start: number): boolean {
  const to = OWNERS.has(tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  if (tokens[to]?.norm !== 'to') return false;
  for (let j = to - 1; j >= Math.max(0, to - BINDING_REACH); j--) if (BINDING.has(tokens[j].norm)) return true;
  return false;
}
