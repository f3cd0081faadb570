/**
 * A vehicle crash told by what the vehicle did after something else it did ("the MATV went off the canal road and
 * rolled", "the truck hit the berm and flipped"): the crash verb joined by "and" to the vehicle's own clause, with no
 * other subject between, is the vehicle's as "the MATV rolled" is. So is a crash of a vehicle named by its place in
 * a convoy ("Truck 5 rolled off the canal road", "truck 3 flipped"): the number between is the vehicle's name.
 */
import type { Doc } from './document.js';
import { VEHICLES } from './lexicon/mechanisms.js';

/** Vehicles said in one word ("matv", "truck"); "side by side" is read by the lexicon's own phrases. */
export const ONE_WORD_VEHICLES = new Set(VEHICLES.filter((v) => !/[\s-]/.test(v)));
/** What a vehicle does in a crash, said after "and". */
const CRASH_VERBS = new Set(['rolled', 'flipped', 'overturned', 'crashed']);
/** How many words after the vehicle "and" may come ("the MATV went off the canal road and rolled"). */
const CLAUSE_REACH = 8;

/** The token of the vehicle of a crash told by "and <crash verb>" after its clause, or by its number, or -1. */
export function crashAfterClause(doc: Doc): number {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!ONE_WORD_VEHICLES.has(tokens[i].norm) || doc.excluded.has(doc.sentence[i])) continue;
    if (tokens[i + 1]?.kind === 'number' && CRASH_VERBS.has(tokens[i + 2]?.norm ?? '')) return i;
    const end = Math.min(doc.sentenceEnd[i], i + 2 + CLAUSE_REACH);
    for (let j = i + 1; j + 1 < end; j++) {
      // A pause or another vehicle ends the vehicle's clause: what comes after may be said of someone else.
      if (tokens[j].kind === 'punct' || ONE_WORD_VEHICLES.has(tokens[j].norm)) break;
      if (tokens[j].norm === 'and' && CRASH_VERBS.has(tokens[j + 1].norm)) return i;
    }
  }
  return -1;
}
