/**
 * The time a weight came off the casualty: "trailer off him at 2031", "the fire department cut the joist off her at
 * 9:45". It dates the release from a crush, no care given before or after it, so no act takes it as its own time.
 */
import type { Doc } from './document.js';

/** Who the weight came off. */
const FREED = new Set(['him', 'her', 'them']);
/** Words that may stand between the release and its time ("off him at 2031", "off her around 0945"). */
const TIME_LEADS = new Set(['at', '@', 'around', 'about']);

/** Words of a crush, or of a weight that makes one: without one, "cut his pants off him at 1402" frees nothing. */
const CRUSH_WORDS = new Set([
  // Not "under": a medic is "under fire" far more often than a casualty under a weight the nouns below do not name.
  ...['pinned', 'trapped', 'crushed', 'crush', 'weight'],
  ...['trailer', 'joist', 'slab', 'beam', 'girder', 'rubble', 'debris', 'wreckage', 'concrete', 'wall', 'rock'],
  ...['boulder', 'log', 'tree', 'vehicle', 'truck', 'car', 'pallet', 'crate'],
]);

/** True when the time at token `i` is said right after "off him" (or "off her", "off them"), of a crush said in its
 * sentence or the one before. */
export function timeFreed(doc: Doc, i: number): boolean {
  let j = i - 1;
  while (j > i - 3 && TIME_LEADS.has(doc.tokens[j]?.norm ?? '')) j--;
  if (!FREED.has(doc.tokens[j]?.norm ?? '') || doc.tokens[j - 1]?.norm !== 'off') return false;
  for (let k = j; k >= 0 && doc.sentence[k] >= doc.sentence[i] - 1; k--)
    if (CRUSH_WORDS.has(doc.tokens[k].norm)) return true;
  return false;
}
