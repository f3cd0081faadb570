/**
 * Take-back commands said to a dictation app as a sentence of their own: "Delete last.", "Undo.", "Undo that."
 * Like "scratch that", they take back the thing of the kind that the next sentence says again ("IO right humerus,
 * 1544. Delete last. IO left humerus, 1544."); said alone, a bare "undo" or "delete" cannot be the verb of an act
 * ("couldn't undo the strap" names what is undone).
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';

/** The command verbs, each said alone or with one of {@link COMMAND_OBJECTS}. */
const COMMAND_VERBS: ReadonlySet<string> = new Set(['undo', 'delete']);
/** What a command may name: only the last thing said, never a thing of its own. */
const COMMAND_OBJECTS: ReadonlySet<string> = new Set(['last', 'that', 'entry', 'line']);

/** Whether token `i` ends a sentence: a sentence end, or the end of the narrative. */
const closesAt = (tokens: Token[], i: number): boolean => i >= tokens.length || SENTENCE_ENDS.has(tokens[i].norm);

/** A correction marker for each sentence that is only a take-back command ("Delete last.", "Undo."). */
export function dictatedTakeBacks(tokens: Token[]): Mention[] {
  const markers: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!COMMAND_VERBS.has(tokens[i].norm) || !opensSentence(tokens, i)) continue;
    const end = COMMAND_OBJECTS.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (closesAt(tokens, end)) markers.push({ start: i, end, tags: [{ cat: 'correction' }], negated: false });
  }
  return markers;
}

/**
 * Where the reach back for what a correction marker takes back starts: a marker that is a sentence of its own
 * ("Scratch that.", "Delete last.") reaches into the sentence before it, past the stop that ends that sentence; any
 * other marker from the token before it.
 */
export function reachBackFrom(tokens: Token[], marker: { start: number; end: number }): number {
  const alone = opensSentence(tokens, marker.start) && closesAt(tokens, marker.end) && marker.start >= 2;
  return alone ? marker.start - 2 : marker.start - 1;
}
