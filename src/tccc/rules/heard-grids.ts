/**
 * A grid heard over the radio from another station, not said for this casualty: a commentary marks the traffic it
 * hears with "[radio]" ("[radio] Reaper six, Reaper two-two, one WIA, grid 42S WD …, over.") and the medic may
 * disown it ("Not mine.", "Not us."); his own call, often answered in the same line after the station's question
 * ("[radio] Doc, six, send status. Six, Doc: one urgent, grid …"), gives the casualty's grid.
 */
import type { Doc } from './document.js';
import { sentenceStart } from './sentence-ends.js';

/** Who signs or is asked for a call from the medic's side: a call naming him is his traffic, not another unit's. */
const MEDIC_WORDS = new Set(['doc', 'medic', 'corpsman']);
/** What the medic says after a call that is not his: "Not mine", "Not us", "Not ours". */
const DISOWNED = new Set(['mine', 'us', 'ours']);

/**
 * True when the grid trigger at `i` is in another station's call: the first sentence after a "[radio]" mark that
 * names no medic before it, or a sentence the medic disowns right after ("…, over. Not mine, two-two's medic has
 * him").
 */
export function heardFromOthers(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const start = sentenceStart(doc, i);
  const marked = tokens[start]?.norm === '[' && tokens[start + 1]?.norm === 'radio' && tokens[start + 2]?.norm === ']';
  if (marked && !tokens.slice(start, i).some((t) => MEDIC_WORDS.has(t.norm))) return true;
  let next = i;
  while (next < tokens.length && doc.sentence[next] === doc.sentence[i]) next++;
  return tokens[next]?.norm === 'not' && DISOWNED.has(tokens[next + 1]?.norm ?? '');
}
