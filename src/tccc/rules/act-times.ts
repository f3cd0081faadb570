/** Which of two times said around an act is its own: the one after it, unless that one opens the next act. */
import { nextThingStart, type Read } from './attributes.js';
import type { Doc } from './document.js';
import { GIVING } from './lexicon/giving-verbs.js';

/**
 * The time of the act at mention `k`, from the first time said after it (`after`) and the last said before it in its
 * chunk (`before`): the one after, else the one before. "At 1623 packed it with gauze, at 1626 Israeli bandage over
 * top": a time after the act that stands right before the next act, with a comma before it, opens that act's words,
 * so the time said before this act is its own when there is one, and with none before it the act has no time said
 * ("plasma 250 ml intraosseous, at 0630 TXA 1 gram": 0630 is the TXA's).
 */
export function timeOfAct(
  doc: Doc,
  k: number,
  after: Read<string> | null,
  before: Read<string> | null,
): Read<string> | null {
  return after && opensNextAct(doc, k, after) ? before : (after ?? before);
}

function opensNextAct(doc: Doc, k: number, time: Read<string>): boolean {
  // "… IM at 1405 tourniquet left thigh": unpunctuated, "at" alone says nothing of which act the time is.
  let lead = ['at', '@'].includes(doc.tokens[time.start - 1]?.norm ?? '') ? time.start - 2 : time.start - 1;
  // "…, and at 1038 TXA", "… and then at 1038 TXA": a conjunction before "at" opens the next act's words as a comma does.
  const conjunction = lead < time.start - 1 && ['and', 'then'].includes(doc.tokens[lead]?.norm ?? '');
  while (['and', 'then'].includes(doc.tokens[lead]?.norm ?? '') && lead < time.start - 1) lead--;
  if (!conjunction && ![',', ';'].includes(doc.tokens[lead]?.norm ?? '')) return false;
  // The clock reader takes "hrs", "Z" or a glued "L" with the time ("at 1626 hrs Israeli bandage").
  // "…, at 0915 an Israeli bandage over it": an article may open the next act's words.
  // "…, at 1440 was given TXA", "…, at 1440 we pushed TXA": the verb of giving and who gave it before the act.
  let next = time.end;
  if (GIVERS.has(doc.tokens[next]?.norm ?? '')) next++;
  if (GIVING.has(doc.tokens[next]?.norm ?? '')) next++;
  else next = time.end;
  if (ARTICLES.has(doc.tokens[next]?.norm ?? '')) next++;
  // Only an act said there: the end of the words ("needle's going in, left chest, two one four eight") opens none.
  return doc.mentionIndex[next] > k && next === nextThingStart(doc, k);
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Who gave it, or the passive's verb, before a verb of giving ("was given", "we pushed"). */
const GIVERS = new Set(['was', 'were', 'i', 'we']);
