/**
 * An AVPU level written as a lone capital letter in a list of signs: "SpO2 99, A, pain 5/10", "RR 16, V.", or in a
 * list without commas, before the next sign's name ("SpO2 93 A pain 8", "rr 22 spo2 96 A, pain 6/10"), or set off
 * by middle dots ("RR 24 · V").
 */
import type { Avpu } from '../record.js';
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';
import { SEGMENT_ENDS } from './sentence-ends.js';
import { AVPU_LETTERS } from './vital-ranges.js';

/** What a saturation was read on, said after its value ("93% RA", "97 on room air"). */
const AIR_WORDS = new Set(['ra', 'on', 'room', 'air']);

/** What sets off one sign from the next as a comma does: a comma, or a middle dot ("HR 146 · BP 70/40 · P"). */
const SEPARATORS = new Set([',', '\u00b7']);

/** Punctuation that sets off an item of a list of signs. */
const LIST_ENDS = new Set([...SEPARATORS, '.', ';', '\n']);

/**
 * The AVPU letter right after the sign's value that ends at token `end`: set off by commas ("SpO2 99, A,"), or with
 * no comma when the next sign's name follows it ("SpO2 93 A pain 8"). Null for anything else, so a "P" that labels
 * a pulse ("P 132") is never one.
 */
export function readListedAvpu(doc: Doc, valueEnd: number): { value: Avpu; at: number } | null {
  // "SpO2 93% RA, A, pain 7/10": the air the saturation was read on belongs to its value.
  let end = valueEnd;
  while (end < valueEnd + 3 && AIR_WORDS.has(doc.tokens[end]?.norm ?? '')) end++;
  const comma = SEPARATORS.has(doc.tokens[end]?.norm ?? '');
  const at = comma ? end + 1 : end;
  const t = doc.tokens[at];
  if (!t || doc.claimed[at] || !/^[AVPU]$/.test(t.raw)) return null;
  const after = doc.tokens[at + 1];
  // A sentence end or a table row's bar after the letter closes the list, so it labels nothing after it
  // ("SpO2 95 A. 0310: HR 104", "SpO2 92 V | 0725 HR 118").
  const closesList = !after || SEGMENT_ENDS.has(after.norm);
  // Without a comma the letter must be a word of its own, not a label ("P 96"), and a sign's name or the end of
  // the sentence must follow it, right after or set off by a comma ("spo2 96 A, pain 6/10").
  const nextSign = namesSign(doc, at + 1) || (SEPARATORS.has(after?.norm ?? '') && namesSign(doc, at + 2));
  if (!comma) return doc.mentionIndex[at] < 0 && (closesList || nextSign) ? { value: AVPU_LETTERS[t.norm], at } : null;
  // "SpO2 98%, V (still confused), pain 5/10": a remark in brackets after the letter is said of it.
  if (after && !LIST_ENDS.has(after.norm) && !(after.norm === '(' && doc.tokens[at + 2]?.kind === 'word')) return null;
  // "P, 132": a letter a value follows labels that value.
  if (!closesList && doc.tokens[at + 2]?.kind === 'number') return null;
  return { value: AVPU_LETTERS[t.norm], at };
}

/** True when the name of a sign other than AVPU starts at token `i` ("pain", "HR"). */
function namesSign(doc: Doc, i: number): boolean {
  const k = doc.mentionIndex[i];
  return k >= 0 && tagOf(doc.mentions[k], 'vital') !== undefined;
}
