/**
 * A speaker's hesitation ("uh", "um", "er"), which the reader drops, and the commas or stops a transcript sets it off
 * with ("Sergeant, uh, Rafael Quispe", "roster number is, um, victor delta …", "one twenty, uh, one twenty-four").
 */
import { HESITATION_WORDS } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/** Text between two tokens that is only a hesitation and the marks around it. */
export const HESITATION = new RegExp(String.raw`^[\s,.-]*\b(?:${[...HESITATION_WORDS].join('|')})\b[\s,.-]*$`, 'i');

/**
 * How many commas from token `end` only set off a hesitation the reader dropped ("Sergeant, uh, Rafael"): what was
 * being said goes on after them. None for a comma the speaker meant ("Sergeant, the driver").
 */
export function hesitationAfter(
  doc: { readonly tokens: readonly Token[]; readonly text: string },
  end: number,
): number {
  let next = end;
  while (doc.tokens[next]?.norm === ',') next++;
  if (next === end || !doc.tokens[next] || !doc.tokens[end - 1]) return 0;
  return HESITATION.test(doc.text.slice(doc.tokens[end - 1].end, doc.tokens[next].start)) ? next - end : 0;
}
