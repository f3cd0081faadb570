/**
 * A number said again another way so the listener cannot mishear it ("Tylenol thirteen hundred milligrams, that is
 * one three zero zero", "pulse one-ten, I say again one one zero") is the number just said, not a new one: read on
 * its own, four digits said one by one become a clock and date the drugs around them. The restatement is blanked
 * (blanked-text.ts, offsets kept), so only the number said first is read.
 */
import { mergeNumberWords } from '../text/numbers.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { blankRange } from './blanked-text.js';

/** Words that say the number after them again: "that is", "that's", "I say again", "I spell", "figures". */
const RESTATING: readonly (readonly string[])[] = [
  ['that', 'is'],
  ["that's"],
  ['i', 'say', 'again'],
  ['i', 'spell'],
  ['figures'],
];

/** Most tokens between the number said and the restating words: its unit and a comma ("milligrams ,"). */
const UNIT_REACH = 3;

/** The index of the first restating word when `tokens` has them ending just before `at`, or -1. */
function restatingFrom(tokens: readonly Token[], at: number): number {
  const from = tokens[at - 1]?.norm === ',' ? at - 1 : at;
  for (const words of RESTATING) {
    const start = from - words.length;
    if (start >= 0 && words.every((w, k) => tokens[start + k].norm === w)) return start;
  }
  return -1;
}

/** `text` with each number said again right after itself, by "that is" or "I say again", blanked. */
export function withoutRestatedNumbers(text: string): string {
  if (!/\b(?:that is|that's|say again|spell|figures)\b/i.test(text)) return text;
  const tokens = mergeNumberWords(tokenize(text));
  let out = text;
  for (let i = 0; i < tokens.length; i++) {
    const again = tokens[i];
    if (again.kind !== 'number' || again.value === undefined) continue;
    const lead = restatingFrom(tokens, i);
    if (lead < 0) continue;
    // The number first said, with at most its unit and a comma between it and the restating words.
    for (let j = lead - 1; j >= Math.max(0, lead - 1 - UNIT_REACH); j--) {
      const said = tokens[j];
      if (said.kind === 'number') {
        if (said.value === again.value) out = blankRange(out, tokens[lead].start, again.end);
        break;
      }
      if (said.norm === '.' || said.norm === '\n') break;
    }
  }
  return out;
}
