/**
 * "The second set, charted at 2250 (HR 120, …), was taken at 2300 per the monitor download": in one sentence, the
 * time a thing was written down and the time it was done. Read on every text, so only words that say writing down,
 * not seeing ("bleeding noted at 1400"), open it, and the clause saying when it was done has no subject of its own
 * ("tourniquet was placed at 1402" is another thing done).
 */
import { readClock } from '../text/clock.js';
import type { Token } from '../text/tokenize.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Words saying where a time was written down ("charted at 2250"), not when the thing was done. */
const WRITTEN = new Set(['charted', 'recorded', 'documented', 'logged', 'written', 'entered']);
/** Words saying what was truly done at a time ("was taken at 2300"), as normalized ("taken" is "take"). */
const DONE = new Set(['take', 'given', 'done', 'performed', 'placed', 'applied', 'started', 'drawn', 'measured']);
const BEING = new Set(['was', 'were', 'actually', 'really', 'in', 'fact']);
/** What may stand between the written time and the time done without naming another thing. */
const LINKS = new Set([',', 'but', 'and', ...BEING]);

/** True when the tokens [from, to) are an aside in brackets and linking words only: no subject of their own. */
function onlyLinks(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.norm === '(') while (k < to && tokens[k].norm !== ')') k++;
  if (tokens[k]?.norm === ')') k++;
  return tokens.slice(k, to).every((t) => LINKS.has(t.norm));
}

/** The time done takes the written one's place, and the words saying so are dropped, from the verb to the sentence's end. */
export function moveChartedTimes(tokens: Token[], drop: Uint8Array, moved: Map<number, Token[]>): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!WRITTEN.has(tokens[i].norm) || tokens[i + 1].norm !== 'at') continue;
    const written = readClock(tokens, i + 2);
    if (!written || drop[i + 2]) continue;
    for (let j = written.end; j + 2 < tokens.length && !SENTENCE_ENDS.has(tokens[j].norm); j++) {
      if (!BEING.has(tokens[j].norm) || !DONE.has(tokens[j + 1].norm) || tokens[j + 2].norm !== 'at') continue;
      const done = readClock(tokens, j + 3);
      if (!done || done.time === written.time || !onlyLinks(tokens, written.end, j)) break;
      moved.set(i + 2, tokens.slice(j + 3, done.end));
      drop.fill(1, i + 2, written.end);
      let end = done.end;
      while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end].norm)) end++;
      drop.fill(1, tokens[j - 1]?.norm === ',' ? j - 1 : j, end);
      break;
    }
  }
}
