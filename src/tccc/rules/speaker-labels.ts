/**
 * A transcript of who said what, its turns headed by speakers' labels ("Medic: … Soldier: That's Lindqvist! Medic:
 * …"): a word heading a turn with a colon there is who speaks, not a casualty's entry ("Kowalczyk: burns face").
 */
import type { Token } from '../text/tokenize.js';
import { afterTurnMark } from './handover-turns.js';

const turnsOf = new WeakMap<Token[], number>();

/** How many turns a medic's or nurse's label heads ("Medic:", "FLIGHT MEDIC:", "RN:"). */
export function speakerTurns(tokens: Token[]): number {
  let turns = turnsOf.get(tokens);
  if (turns === undefined) {
    turns = 0;
    for (let i = 0; i < tokens.length; i++) if (afterTurnMark(tokens, i) > i) turns++;
    turnsOf.set(tokens, turns);
  }
  return turns;
}
