/**
 * Casualties coded by a capital letter and a digit written together ("C1", "A2", "B3"): the code heads the line that
 * introduces each one ("C1 driver SPC Luka Petrovic: …", "A1 - SGT Kamara, …"), and a report sent in updates says the
 * code again for whatever it adds later ("UPDATE 2: C1 1530 HR 132 … C2 got ketamine …", "C1 urgent surgical, C2
 * urgent"). The code is the casualty's name for the whole report.
 */
import type { Token } from '../text/tokenize.js';
import { opensSentenceOrHeading, rankedNameEnd } from './list-cues.js';
import { ROLES } from './role-words.js';
import { norm, startsLine } from './switch-words.js';

/** True when a code of a capital letter and a digit 1-9 written together stands at token `i` ("C1", "B3"). */
export const codeShapeAt = (tokens: Token[], i: number): boolean =>
  /^[A-Z]$/.test(tokens[i]?.raw ?? '') &&
  tokens[i + 1]?.kind === 'number' &&
  !tokens[i + 1].spaced &&
  /^[1-9]$/.test(tokens[i + 1].raw);

/**
 * "A1 - SGT Kamara, …", "B1: ANA Sgt Wahid. …": a code of a capital letter and a digit written together heading a line
 * and set off by a colon or a spaced dash, as a mass-casualty list codes each casualty (by team, triage or vehicle);
 * the token after it, else undefined.
 */
function lineCodeAt(tokens: Token[], i: number): number | undefined {
  const heads = i === 0 || norm(tokens, i - 1) === '\n';
  if (!heads || !codeShapeAt(tokens, i)) return undefined;
  const setOff = norm(tokens, i + 2) === ':' || (norm(tokens, i + 2) === '-' && tokens[i + 2].spaced === true);
  return setOff ? i + 3 : undefined;
}

/**
 * The token after a code heading a line at `i`: set off by a colon or a spaced dash ("A1 - SGT Kamara"), or said
 * right before the person, his role first or not ("C1 driver SPC Luka Petrovic:", "C4 SPC Ezra Goldfarb:"), a rank
 * and a name then; else undefined. A code before anything else ("B1 bomb", "C4 charge") heads nothing.
 */
export function codeHeadingAt(tokens: Token[], i: number): number | undefined {
  const setOff = lineCodeAt(tokens, i);
  if (setOff !== undefined || !startsLine(tokens, i) || !codeShapeAt(tokens, i)) return setOff;
  let at = i + 2;
  while (at < i + 4 && ROLES.has(norm(tokens, at))) at++;
  return rankedNameEnd(tokens, at) >= 0 ? i + 2 : undefined;
}

const headedCodes = new WeakMap<Token[], ReadonlySet<string>>();

/** The codes that head a casualty's line in the narrative ("C1", "C2"), once per narrative. */
function codesHeading(tokens: Token[]): ReadonlySet<string> {
  let codes = headedCodes.get(tokens);
  if (!codes) {
    const found = new Set<string>();
    tokens.forEach((t, k) => {
      if (codeHeadingAt(tokens, k) !== undefined) found.add(`${t.raw}${tokens[k + 1].raw}`);
    });
    codes = found;
    headedCodes.set(tokens, codes);
  }
  return codes;
}

/**
 * The token after a code said again at `i` for a casualty whose line it headed: opening a sentence or an update's
 * heading, or after a comma or a colon ("UPDATE 2: C1 1530 HR 132", "C1 urgent surgical, C2 urgent"); else undefined.
 * Never within a sentence ("disregard my last on C2's fent, it was C4"), where another reader weighs what is said.
 */
export function codeReferenceAt(tokens: Token[], i: number): number | undefined {
  if (!codeShapeAt(tokens, i)) return undefined;
  const opens = opensSentenceOrHeading(tokens, i) || [',', ':', ';'].includes(norm(tokens, i - 1));
  return opens && codesHeading(tokens).has(`${tokens[i].raw}${tokens[i + 1].raw}`) ? i + 2 : undefined;
}
