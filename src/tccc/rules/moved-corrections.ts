/**
 * A correction said as a sentence of its own moves the fact it corrects instead of adding another:
 * "Tourniquet applied right thigh 0412. Correction, the tourniquet is on the left thigh, not the right."
 * puts the tourniquet (with its time) on the left thigh; "Gave morphine 50 mg IM at 1530. Sorry, that was
 * ketamine, not morphine." makes the drug ketamine with its dose, route and time. The corrected words are
 * put in place of the old ones in the earlier sentence and the correcting sentence is dropped, so every
 * rule family reads the corrected fact once, where it was first said.
 */
import type { Token } from '../text/tokenize.js';
import { isLocationWord } from './lexicon/body.js';
import type { Mention } from './matcher.js';
import { opensSentence, SENTENCE_ENDS, sentenceEndFrom } from './sentence-ends.js';

/** How many sentences back the corrected fact may be. */
const SENTENCES_BACK = 2;
/** Words a correcting sentence may hold besides the thing, the new words and "not" the old ones. */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'that',
  'it',
  "it's",
  'its',
  'was',
  'is',
  'are',
  'actually',
  'on',
  'to',
  'in',
  'at',
  'his',
  'her',
  'of',
  'side',
  'not',
  'it',
  ',',
  '-',
  'really',
  'instead',
]);

interface Phrase {
  start: number;
  end: number;
}

const catOf = (m: Mention | undefined): string | undefined => m?.tags[0].cat;
const valueOf = (m: Mention | undefined): unknown => (m?.tags[0] as { value?: unknown } | undefined)?.value;

/** The location phrase ("left upper thigh") starting at `i`, or null. */
function locationAt(tokens: Token[], i: number): Phrase | null {
  if (!tokens[i] || !isLocationWord(tokens[i].norm)) return null;
  let end = i;
  while (end < tokens.length && isLocationWord(tokens[end].norm)) end++;
  return { start: i, end };
}

function sideOf(tokens: Token[], p: Phrase): string | undefined {
  return tokens.slice(p.start, p.end).find((t) => t.norm === 'left' || t.norm === 'right')?.norm;
}

/**
 * Marks the move when the sentence opened by the marker at `markerStart` corrects a drug or a place said
 * in one of the two sentences before; returns whether it did. `after` is the first word after the marker.
 */
export function moveAcrossSentences(
  tokens: Token[],
  markerStart: number,
  after: number,
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): boolean {
  if (!opensSentence(tokens, markerStart)) return false;
  let i = after;
  while (i < tokens.length && FILLER.has(tokens[i].norm)) i++;
  const end = sentenceEndFrom(tokens, i);
  // The thing said (a drug, or a device or wound whose place is corrected), then the new words, then "not" the old.
  const thing = mentionAt.get(i);
  const cat = catOf(thing);
  let fresh: Phrase | null;
  let device: Mention | undefined;
  if (thing && cat === 'medication') fresh = { start: thing.start, end: thing.end };
  // A line is named by its way in ("the IV is in the right hand, not the left").
  else if (thing && (cat === 'intervention' || cat === 'injury' || cat === 'access')) {
    device = thing;
    let j = thing.end;
    while (j < end && FILLER.has(tokens[j].norm)) j++;
    fresh = locationAt(tokens, j);
  } else fresh = locationAt(tokens, i);
  if (!fresh) return false;
  let j = fresh.end;
  while (j < end && FILLER.has(tokens[j].norm) && tokens[j].norm !== 'not') j++;
  let old: Phrase | null = null;
  if (tokens[j]?.norm === 'not') {
    j++;
    while (j < end && FILLER.has(tokens[j].norm)) j++;
    const m = mentionAt.get(j);
    old = cat === 'medication' ? (m && catOf(m) === 'medication' ? m : null) : locationAt(tokens, j);
    if (!old) return false;
    j = old.end;
  }
  while (j < end && FILLER.has(tokens[j].norm)) j++;
  // Anything else in the sentence (a number, another act) is a fact of its own: leave the sentence as it is.
  if (j !== end) return false;

  let from = markerStart - 1;
  for (let n = 0; from > 0 && n <= SENTENCES_BACK; from--) if (SENTENCE_ENDS.has(tokens[from - 1].norm)) n++;
  const target =
    cat === 'medication'
      ? lastDrug(from, markerStart, mentionAt, old ? valueOf(mentionAt.get(old.start)) : undefined, valueOf(thing))
      : lastPlace(tokens, from, markerStart, mentionAt, device, old ? sideOf(tokens, old) : undefined);
  if (!target) return false;
  moved.set(target.start, tokens.slice(fresh.start, fresh.end));
  for (let d = target.start; d < target.end; d++) drop[d] = 1;
  for (let d = markerStart; d <= end && d < tokens.length; d++) drop[d] = 1;
  return true;
}

function lastDrug(
  from: number,
  to: number,
  mentionAt: Map<number, Mention>,
  oldName: unknown,
  newName: unknown,
): Phrase | null {
  for (let i = to - 1; i >= from; i--) {
    const m = mentionAt.get(i);
    if (catOf(m) !== 'medication' || m!.negated) continue;
    if (oldName !== undefined ? valueOf(m) === oldName : valueOf(m) !== newName) return m!;
  }
  return null;
}

/** The place of the last mention of `device` (or the last place said), with the old side when one was named. */
function lastPlace(
  tokens: Token[],
  from: number,
  to: number,
  mentionAt: Map<number, Mention>,
  device: Mention | undefined,
  oldSide: string | undefined,
): Phrase | null {
  const fits = (p: Phrase | null): p is Phrase => p !== null && (!oldSide || sideOf(tokens, p) === oldSide);
  for (let i = to - 1; i >= from; i--) {
    if (!device) {
      const p = locationAt(tokens, i);
      if (p && (i === 0 || !isLocationWord(tokens[i - 1].norm)) && fits(p)) return p;
      continue;
    }
    const m = mentionAt.get(i);
    if (catOf(m) !== catOf(device) || valueOf(m) !== valueOf(device)) continue;
    // Its place is said after it in its sentence ("tourniquet right thigh 0412"), or else before it ("right thigh TQ").
    for (let k = m!.end; k < to && !SENTENCE_ENDS.has(tokens[k].norm); k++) {
      const p = locationAt(tokens, k);
      if (p) return fits(p) ? p : null;
    }
    for (let k = i - 1; k >= from && !SENTENCE_ENDS.has(tokens[k].norm); k--) {
      const p = locationAt(tokens, k);
      if (p) {
        let start = k;
        while (start > from && isLocationWord(tokens[start - 1].norm)) start--;
        const whole = { start, end: p.end };
        return fits(whole) ? whole : null;
      }
    }
    // Said with no place ("fluids through the IV at 1427"): the place corrected is that of an earlier saying.
  }
  return null;
}
