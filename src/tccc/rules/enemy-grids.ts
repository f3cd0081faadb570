/**
 * A grid said for where the enemy was, not where a casualty lies: a commander's contact or SPOT report gives the
 * place fire came from ("took PKM and RPG fire from a compound at grid 41R PQ …") and, later, the casualty
 * collection point; only the second is the casualties' grid.
 */
import type { Token } from '../text/tokenize.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Words naming the enemy or where his fire began, said before the grid in its sentence. */
const ENEMY_PLACES = new Set(['enemy', 'poo', 'insurgents', 'fighters', 'sniper']);

/** How many words back from the grid's trigger "from" or the enemy may be. */
const REACH = 6;

/**
 * True when the grid trigger at `i` closes a phrase on the enemy's place: "fire from a compound at grid …", "enemy
 * position grid …"; never past a comma or the sentence's end, so "took fire from the north, casualty at grid …" is
 * still the casualty's.
 */
export function marksEnemy(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    const w = tokens[k].norm;
    if (w === ',' || SENTENCE_ENDS.has(w)) return false;
    if (ENEMY_PLACES.has(w)) return true;
    if (w === 'from' && tokens[k - 1]?.norm === 'fire') return true;
  }
  return false;
}
