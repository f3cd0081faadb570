/**
 * Where a sign said in a sentence of its own stands in the sets of signs (`vitals.ts`): with the set before it, or as a
 * set of its own ("Unresponsive at POI.", a pain score said after the set's time).
 */
import { isAffirmed } from './attributes.js';
import type { Doc } from './document.js';
import type { Span } from './found.js';
import type { VitalKind } from './lexicon/tags.js';
import type { VitalsSet } from '../record.js';
import { sentenceStart } from './sentence-ends.js';
import { observe, type Observation } from './vital-reading.js';

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

/** Words that say time has passed since the signs before them were taken ("Fifteen minutes later he went grey."). */
const TIME_PASSED = new Set(['later', 'afterwards', 'subsequently']);

/**
 * True when the set of signs read up to token `from` ends before token `to`: a rule line ("---", "=====") stands
 * between them, so what is under it (a monitor's printout, then the medic's note) is another part of the text; or the
 * words between say time has passed, so the signs after them were taken later.
 */
export const setEndsBetween = (doc: Doc, from: number, to: number): boolean =>
  /\n[ \t]*(?:-{3,}|={3,}|_{3,})[ \t]*\n/.test(
    doc.text.slice(doc.tokens[from - 1]?.end ?? 0, doc.tokens[to]?.start ?? 0),
  ) || doc.tokens.slice(from, to).some((t) => TIME_PASSED.has(t.norm));

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

/**
 * "HR 128, BP 86/50 at 1437. Responding to pain only, HR 140 at 1452.": a sentence after a full stop that goes on to a
 * sign the open set already holds is a set of its own from its first sign, so the level it opens with is of the new
 * signs, not the old set's. `k` is the mention of the sentence's first sign. The full stop may end the line before, as
 * in a log's entries.
 */
export function leadsRepeatedSigns(
  doc: Doc,
  k: number,
  current: { signs: Set<VitalKind>; sentence: number } | null,
  sentence: number,
): boolean {
  if (!current || sentence === current.sentence || !afterProseStop(doc, doc.mentions[k].start)) return false;
  for (let j = k + 1; j < doc.mentions.length && doc.sentence[doc.mentions[j].start] === sentence; j++) {
    const later = isAffirmed(doc, j) ? observe(doc, j) : null;
    if (later && current.signs.has(later.sign)) return true;
  }
  return false;
}

/**
 * "HR 88 at 1018. Now only responds to pain, 1038.": a sentence after a full stop that opens with "now" tells how the
 * casualty is later than the set before it, which its time already dated: a set of its own, not more of that one.
 */
export function opensLaterState(doc: Doc, i: number, current: { set: { value: VitalsSet }; sentence: number } | null) {
  const start = sentenceStart(doc, i);
  if (!current?.set.value.time || doc.sentence[i] === current.sentence || !afterProseStop(doc, i)) return false;
  return doc.tokens[start]?.norm === 'now' && start < i;
}

/** True when the sentence of token `i` follows a full stop, on its line or at the end of the line before. */
function afterProseStop(doc: Doc, i: number): boolean {
  let before = sentenceStart(doc, i) - 1;
  while (before > 0 && doc.tokens[before].norm === '\n') before--;
  return ['.', '?', '!'].includes(doc.tokens[before]?.norm ?? '');
}

/**
 * "A&Ox4, alert, pain 10/10": the same level said again in the same sentence restates the set's AVPU
 * rather than opening a new set.
 */
export function restatesLevel(set: VitalsSet, obs: Observation, setSentence: number, sentence: number): boolean {
  return obs.sign === 'avpu' && sentence === setSentence && set.avpu === obs.values.avpu;
}

/**
 * "He's only responding to pain. … he's a P and his pressure's in the toilet": the level the open set holds, said
 * again as its letter, is the same finding named by its shorthand, not a new set.
 */
export function restatesAsLetter(doc: Doc, set: VitalsSet, obs: Observation): boolean {
  return obs.sign === 'avpu' && set.avpu === obs.values.avpu && /^[AVPU]$/.test(doc.tokens[obs.end - 1]?.raw ?? '');
}
