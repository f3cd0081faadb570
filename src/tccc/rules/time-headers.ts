/**
 * Time headers said of every casualty after them ("Update 1405: Cas 1 HR 130 … Cas 2 HR 110", "Last check in the back
 * of the truck at 2132: Petrakis pulse 68 … Cross pulse 84"): `casualty-split.ts` gives each casualty the header
 * with its own words.
 */
import type { Token } from '../text/tokenize.js';
import { isBoundary, norm } from './casualty-switch.js';
import type { TextPart } from './shared-phrases.js';
import { isClock, leadingTimeEnd } from './switch-words.js';

/** Most words a time header may hold before its colon ("Update 1405:", "Vitals at 1405:"). */
const HEADER_MAX = 4;
/** Most words a header naming the set of signs may hold ("Last check in the back of the truck at 2132:"). */
const SET_HEADER_MAX = 12;
/** Words that name a set of signs taken, with which a header may say where and when at more length. */
const SET_WORDS = new Set(['set', 'check', 'vitals', 'signs', 'recheck', 'reassessment']);
/** Text that ends on such a header, its colon last ("… Last check in the back of the truck at 2132: "). */
export const ENDS_ON_SET_HEADER = new RegExp(`\\b(?:${[...SET_WORDS].join('|')})\\b[^.:;\\n]*:\\s*$`, 'i');

/**
 * True when a header's word is a mark it may not hold: a comma only in one that names a set of signs ("Vitals, all
 * at 1445:"), no other punctuation.
 */
const notHeaderMark = (t: Token, _: number, words: Token[]): boolean =>
  t.kind === 'punct' && !(t.norm === ',' && words.some((w) => SET_WORDS.has(w.norm)));

/** The first boundary from `i` (past commas when `commas`), or the token `max` words on. */
function headerEnd(tokens: Token[], i: number, max: number, commas = false): number {
  let end = i;
  const stops = (t: Token): boolean => isBoundary(t) && !(commas && t.norm === ',');
  while (end < tokens.length && end - i < max && !stops(tokens[end])) end++;
  return end;
}

/**
 * Time headers said of the casualties that follow on their line: "Update 1405: Cas 1 HR 130 … Cas 2 HR 110" dates
 * both casualties' signs. For each header, its range and the switches (token indexes) it dates.
 */
export function lineTimeHeaders(
  tokens: Token[],
  switchStarts: readonly number[],
): { part: TextPart; dates: number[] }[] {
  const out: { part: TextPart; dates: number[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Heading a line, or a sentence within one ("… HR 88. Update 0945: A HR 110, B HR 84."), up to its end.
    const midLine = i > 0 && norm(tokens, i - 1) !== '\n';
    if (midLine && !['.', ';'].includes(norm(tokens, i - 1))) continue;
    let colon = headerEnd(tokens, i, HEADER_MAX);
    const long = headerEnd(tokens, i, SET_HEADER_MAX, true);
    if (
      norm(tokens, colon) !== ':' &&
      norm(tokens, long) === ':' &&
      tokens.slice(i, long).some((t) => SET_WORDS.has(t.norm))
    )
      colon = long;
    const words = tokens.slice(i, colon);
    const lead = leadingTimeEnd(tokens, i);
    // A timeline's line opens with its bare time, then says whose it is: "0415 Cas A HR 130", "@1605 ortiz hr 96".
    // The header then runs up to the label, so the casualty's words read "0415 Cas A HR 130" as said.
    // Or, said, the time is a sentence of its own opening the line: "Eighteen hundred. Eklund pulse one eighteen, …
    // Mensah pulse eighty." The header then takes its full stop.
    const alonePeriod = lead !== undefined && !midLine && norm(tokens, lead) === '.' && switchStarts.includes(lead + 1);
    const bare = alonePeriod || (lead !== undefined && switchStarts.includes(lead));
    if (bare) colon = alonePeriod ? lead : lead - 1;
    else if (norm(tokens, colon) !== ':' || words.filter(isClock).length !== 1 || words.some(notHeaderMark)) continue;
    let lineEnd = colon;
    const ends = (k: number): boolean => norm(tokens, k) === '\n' || (midLine && norm(tokens, k) === '.');
    while (lineEnd < tokens.length && !ends(lineEnd)) lineEnd++;
    // "Last check at 2132: Petrakis pulse 68 … Cross pulse 84, alert.": each sentence after that opens on the next
    // casualty's name is of the same set, up to the paragraph's end.
    while (!bare && midLine && norm(tokens, lineEnd) === '.' && switchStarts.includes(lineEnd + 1))
      for (lineEnd++; lineEnd < tokens.length && !ends(lineEnd);) lineEnd++;
    // "1155 vitals:" alone on its line heads the lines below it that each open on a casualty ("- Oyelaran: HR 118",
    // "#2 HR 104"), up to a line that opens on none or a blank line.
    const alone = !bare && !midLine && lineEnd === colon + 1 && norm(tokens, lineEnd) === '\n';
    while (alone && norm(tokens, lineEnd) === '\n' && switchStarts.includes(lineEnd + 1))
      for (lineEnd++; lineEnd < tokens.length && !ends(lineEnd);) lineEnd++;
    const dates = switchStarts.filter((s) => s > colon && s < lineEnd);
    if (dates.length > 0 && dates[0] === colon + (alone ? 2 : 1))
      // Up to the label, so the header and the casualty's words are read as the one line they are ("0716 Doc: Vance
      // frag L thigh, TQ L leg on" dates the TQ).
      out.push({
        part: { start: tokens[i].start, end: tokens[colon + 1].start },
        dates,
      });
  }
  return out;
}
