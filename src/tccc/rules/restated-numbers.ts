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

/** `text` with each number said again right after itself, by "that is" or "I say again", or across a pause, blanked. */
export function withoutRestatedNumbers(text: string): string {
  const tokens = mergeNumberWords(tokenize(text));
  const out = withoutRepeatsAcrossPauses(text, tokens);
  if (!/\b(?:that is|that's|say again|spell|figures)\b/i.test(text)) return out;
  return withoutSaidAgain(out, tokens);
}

/** `text` with each number said again by restating words ("that is", "I say again") blanked. */
function withoutSaidAgain(text: string, tokens: readonly Token[]): string {
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

/** True for a spoken number: the repeats shouted over noise are said, not written. */
const isSpokenNumber = (t: Token | undefined): t is Token & { value: number } =>
  t?.kind === 'number' && t.spoken === true && t.value !== undefined;

/** True when `t` is the same word as `unit`, in any case ("liter", "LITER"). */
const sameWord = (t: Token | undefined, unit: Token | undefined): boolean =>
  t !== undefined && unit !== undefined && unit.kind === 'word' && t.norm === unit.norm;

/**
 * A number shouted again across a pause, over rotor or engine noise, so it cannot be misheard: after a dash, the same
 * value said again in any form ("fifty \u2014 FIVE ZERO mikes", "one liter \u2014 ONE LITER"); after a comma, the
 * same value said another way ("ONE ONE EIGHT, one eighteen", "four, FOUR milligrams"), since a series of readings
 * said alike ("sats ninety-eight, ninety-eight, ninety-seven") is several readings. A number cut off and started
 * again after a dash ("pulse one \u2014 ONE ONE EIGHT") is the number said whole. Each repeat and each cut-off start
 * is blanked, so the number is read once.
 */
function withoutRepeatsAcrossPauses(text: string, tokens: readonly Token[]): string {
  let out = text;
  for (let i = 0; i < tokens.length; i++) {
    const said = tokens[i];
    if (!isSpokenNumber(said)) continue;
    const unit = tokens[i + 1]?.kind === 'word' ? tokens[i + 1] : undefined;
    const pause = unit ? i + 2 : i + 1;
    const sep = tokens[pause]?.norm;
    const again = tokens[pause + 1];
    if ((sep !== '-' && sep !== ',') || !isSpokenNumber(again)) continue;
    if (unit && !sameWord(tokens[pause + 2], unit)) continue;
    const end = unit ? tokens[pause + 2].end : again.end;
    if (again.value === said.value && (sep === '-' || again.raw.toLowerCase() !== said.raw.toLowerCase()))
      out = blankRange(out, tokens[pause].start, end);
    else if (sep === '-' && !unit && restartedFrom(said, again)) out = blankRange(out, said.start, tokens[pause].end);
  }
  return out;
}

/** True when `again` starts with the very word `cut` said and says more digits after it: "one \u2014 one one eight". */
function restartedFrom(cut: Token, again: Token): boolean {
  const first = again.raw.split(' ')[0].toLowerCase();
  return (
    !cut.raw.includes(' ') &&
    first === cut.raw.toLowerCase() &&
    cut.digits !== undefined &&
    again.digits !== undefined &&
    again.digits.length > cut.digits.length &&
    again.digits.startsWith(cut.digits)
  );
}
