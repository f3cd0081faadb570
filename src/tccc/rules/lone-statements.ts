/**
 * Where a sign said in a sentence of its own stands in the sets of signs (`vitals.ts`): with the set before it, or as a
 * set of its own ("Unresponsive at POI.", a pain score said after the set's time).
 */
import type { Doc } from './document.js';
import type { Span } from './found.js';
import type { VitalKind } from './lexicon/tags.js';
import { sentenceStart } from './sentence-ends.js';

/**
 * An AVPU or pain statement in an earlier sentence with no other sign ("Unresponsive at POI.") stands alone; so does a
 * pain score said in a sentence after the set's ("… sats ninety-six, time one five two zero. Pain, he says nine."),
 * which the set's time does not date. A card's lines ("AVPU A\nPain 6/10") are one set.
 */
export function isLoneStatement(
  current: { signs: Set<VitalKind>; sentence: number },
  sign: VitalKind,
  sentence: number,
  joined: boolean,
  prose: boolean,
): boolean {
  if (sentence === current.sentence || (joined && sentence === current.sentence + 1)) return false;
  return (sign === 'pain' && prose) || [...current.signs].every((s) => s === 'avpu' || s === 'pain');
}

/**
 * True when the sentence of token `i` follows the one before it across a semicolon, which joins two clauses of one
 * statement ("Vitals at 1415: alert, oriented; HR 88, BP 142/88"): a level said in the first is of the signs after.
 */
export const joinedBySemicolon = (doc: Doc, i: number): boolean => endBefore(doc, i) === ';';

/**
 * True when the sentence goes on the line a heading dated, right after the set's last sentence: the signs there are
 * the set's ("On arrival 1942: HR 104, BP 112/70. Alert. Pain 6/10.", "On arrival (0612): c/o SOB, pain 8/10. HR 124,
 * BP 102/68."), as on a card's line.
 */
export const headedLineGoesOn = (
  current: { sentence: number; line?: number; headed?: boolean },
  sentence: number,
  line: number,
): boolean => current.headed === true && current.line === line && sentence === current.sentence + 1;

/** True when the sentence of token `i` follows a full stop, as spoken or written prose does, not a card's new line. */
export const afterFullStop = (doc: Doc, i: number): boolean => ['.', '?', '!'].includes(endBefore(doc, i) ?? '');

/** The token that ends the sentence before the one of token `i`, if any. */
function endBefore(doc: Doc, i: number): string | undefined {
  const start = sentenceStart(doc, i);
  return doc.tokens[start - 1]?.norm;
}

/** True when a heading's colon follows the time at `time` ("On arrival 2247:", "On arrival (0612):"). */
export const timeHeadsLine = (doc: Doc, time: Span): boolean =>
  /^\)?[ \t]*:/.test(doc.text.slice(time.end, time.end + 4));
