/**
 * Chest injuries said by their sign or in the medic's short word rather than by name: a chest wound that is
 * "bubbling" is an open chest wound, and "Tension," said on its own is a tension pneumothorax.
 */
import type { Injury } from '../record.js';
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';

/** What an open chest wound does as air moves through it. */
const OPEN_WOUND_SIGNS = new Set(['bubbling', 'bubbles', 'hissing']);
/** Pauses and ends that set "tension" off as a word of its own ("Tension, needle decompression right chest"). */
const SET_OFF = new Set([',', '.', ';', '-', '...', '\n', '!']);
/** Words that may come before a lone "tension" in its phrase ("it's a tension", "this is tension"). */
const BEFORE_TENSION = new Set(['a', 'is', "it's", "that's", "he's", "she's"]);

/** Open chest wounds and tension pneumothoraxes said without their name. */
export function findChestSigns(doc: Doc): Found<Injury>[] {
  const found: Found<Injury>[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i]) || doc.mentionIndex[i] >= 0) continue;
    const w = tokens[i].norm;
    if (OPEN_WOUND_SIGNS.has(w) && chestInSentence(doc, i) && !negatedBefore(doc, i))
      found.push({ value: { type: 'open_chest_wound', location: 'chest' }, span: spanOf(doc, i, i + 1) });
    if (w === 'tension' && isSetOff(doc, i))
      found.push({ value: { type: 'tension_pneumothorax', location: 'chest' }, span: spanOf(doc, i, i + 1) });
  }
  return found;
}

/** True when the chest is named in the sentence of token `i` ("wound on the right side of her chest, it's bubbling"). */
function chestInSentence(doc: Doc, i: number): boolean {
  for (let j = i; j >= 0 && doc.sentence[j] === doc.sentence[i]; j--) if (doc.tokens[j].norm === 'chest') return true;
  for (let j = i + 1; j < doc.sentenceEnd[i]; j++) if (doc.tokens[j].norm === 'chest') return true;
  return false;
}

/** "not bubbling", "no bubbling": the sign looked for and not there. */
const negatedBefore = (doc: Doc, i: number): boolean =>
  ['not', 'no', "isn't", 'nothing'].includes(doc.tokens[i - 1]?.norm ?? '');

/** True when "tension" at `i` is a phrase of its own: set off after it, and only "it's a" or the like before it. */
function isSetOff(doc: Doc, i: number): boolean {
  const after = doc.tokens[i + 1];
  if (after && !SET_OFF.has(after.norm)) return false;
  let j = i - 1;
  while (j >= 0 && BEFORE_TENSION.has(doc.tokens[j].norm)) j--;
  return j < 0 || SET_OFF.has(doc.tokens[j].norm) || doc.tokens[j].norm === ':';
}
