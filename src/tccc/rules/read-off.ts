/**
 * A wait and a record read off, said between a number and the one that settles it: "zero one fifty. Actually, hang
 * on, the card says zero one forty-eight". They say where the settled number comes from, not a reading of their own.
 */
import type { Token } from '../text/tokenize.js';

/** What a record shows, named after a settling word ("actually, the tag says 0148"), and a wait said with it. */
const RECORD_NAMES = ['card', 'tag', 'watch', 'clock', 'log', 'sheet', 'tape'];
const READ_VERBS = ['says', 'reads', 'shows'];
export const READ_OFF = `(?:hang on|hold on|(?:the|my) (?:${RECORD_NAMES.join('|')}) (?:${READ_VERBS.join('|')}))`;
/**
 * How many tokens a wait or a record read off span at `j` ("hang on", "the card says"); 0 if none. Skipped like
 * settling words; number-repairs.ts keeps them only after one ("actually, hang on, the card says zero one forty-eight").
 */
export function readOffWidth(tokens: Token[], j: number): number {
  const [w, next, verb] = [tokens[j]?.norm ?? '', tokens[j + 1]?.norm ?? '', tokens[j + 2]?.norm ?? ''];
  if ((w === 'hang' || w === 'hold') && next === 'on') return 2;
  const owner = w === 'the' || w === 'my';
  return owner && RECORD_NAMES.includes(next) && READ_VERBS.includes(verb) ? 3 : 0;
}
