/**
 * Details said after the act, in a sentence of their own: "Putting a CAT on the right arm. Time on is
 * zero nine twelve." or "Getting a line in. Eighteen gauge, left hand." A sentence that names no act of
 * its own and says nothing but a time and a place completes the acts of the sentence before it (or the
 * one before that, past a sentence that names nothing), the way running commentary trails its details.
 */
import type { Location } from '../record.js';
import { claim, findTime, isThing } from './attributes.js';
import type { Doc } from './document.js';
import { join, spanOf, type Span } from './found.js';
import { readLocations } from './locations.js';
import { BODY_PART_WORDS, LIMB_CODES, LOCATION_FILLERS, SIDE_WORDS } from './lexicon/body.js';
import { readClock } from '../text/clock.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { sideCarry } from './sides.js';

/** An act read from sentence `sentence` whose time or place a later sentence may complete. */
export interface Act {
  /** The fact as found; completing it sets its time or place and widens its span. */
  found: { value: { time?: string; location?: Location }; span: Span };
  sentence: number;
  /** False for devices and drugs that have no place (a binder, a drug). */
  takesPlace: boolean;
  /** Token end of the mention it was read at. */
  end?: number;
  /** One of several devices said at once ("two tourniquets", "both legs"). */
  counted?: boolean;
  /** Its time is the line's or sentence's stamp, not one said of it: a time said of it later is its own. */
  stamped?: boolean;
}

/** How many sentences after the act its details may come. */
const REACH = 2;

/**
 * The words a completing sentence may hold besides its time and place: pointers back at the act
 * ("that one's", "those"), the copula, placement verbs and the size of a cannula ("eighteen gauge").
 */
const COMPLETION_WORDS = new Set([
  'time',
  "time's",
  'times',
  'on',
  'off',
  'in',
  'at',
  'is',
  'was',
  'were',
  'are',
  "it's",
  'it',
  'its',
  'that',
  "that's",
  'this',
  'those',
  'these',
  'them',
  'one',
  "one's",
  'the',
  'a',
  'of',
  'and',
  'placed',
  'applied',
  'put',
  'given',
  'pushed',
  'started',
  'done',
  'in',
  'went',
  'now',
  'about',
  'around',
  'approximately',
  'gauge',
  'ga',
  'g',
  'hours',
  'hrs',
  'local',
  'zulu',
  'z',
  'okay',
  'ok',
  'right',
  'so',
  ',',
  ':',
  '-',
  '.',
  ';',
  '!',
  '\n',
  '...',
  'first',
  'second',
  'both',
  'all',
  'for',
]);

/** Gives each act without a time or place the ones said in the next sentences that complete it. */
export function completeActs(doc: Doc, acts: readonly Act[]): void {
  const bounds = sentenceBounds(doc);
  const bySentence = new Map<number, Act[]>();
  for (const a of acts) {
    const group = bySentence.get(a.sentence);
    if (group) group.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  for (const [sentence, group] of bySentence) {
    // "Instructor: Time?" asked right after the act: the answer after it completes the act, one sentence further on.
    let asked = 0;
    for (let next = sentence + 1; next <= sentence + REACH + asked && next < bounds.start.length; next++) {
      const end = bounds.end[next];
      const start = bounds.start[next] < 0 ? -1 : afterLabel(doc, bounds.start[next], end);
      if (start < 0 || start >= end || doc.excluded.has(next) || namesThing(doc, start, end)) break;
      if (asked === 0 && asksTime(doc, start, end)) {
        asked = 1;
        continue;
      }
      if (!onlyCompletes(doc, start, end)) continue;
      completeFrom(doc, group, start, end);
      // "TQ, left calf, no, above the knee. Left thigh. Two three one seven.": a place said again, then the time.
      if (findTime(doc, start, end) || group.every((a) => a.found.value.time !== undefined)) break;
    }
  }
}

function completeFrom(doc: Doc, group: readonly Act[], start: number, end: number): void {
  const time = findTime(doc, start, end);
  const timeless = group.filter((a) => a.found.value.time === undefined);
  if (time && timeless.length > 0) {
    claim(doc, time);
    const span = spanOf(doc, time.start, time.end);
    for (const { found } of timeless) {
      found.value.time = time.value;
      found.span = join(found.span, span);
    }
  }
  // A place goes to one act only: with two placeless devices it is unclear which it completes.
  const placeless = group.filter((a) => a.takesPlace && a.found.value.location === undefined);
  const places = readLocations(doc.tokens, start, end, sideCarry(doc));
  if (placeless.length === 1 && places.length === 1) {
    const { found } = placeless[0];
    found.value.location = places[0].location;
    found.span = join(found.span, spanOf(doc, places[0].start, places[0].end));
  }
}

/** True when a mention in tokens `[start, end)` names an act, a sign or a mechanism of its own. */
export function namesThing(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const k = doc.mentionIndex[i];
    if (
      k >= 0 &&
      (isThing(doc.mentions[k]) || doc.mentions[k].tags.some((t) => t.cat === 'mechanism' || t.cat === 'access'))
    )
      return true;
  }
  return false;
}

/** Most words a speaker's label opening a sentence may have ("Student:", "Flight medic:"). */
const MAX_LABEL = 3;

/** The first token after a speaker's label that opens the sentence at `start` ("Student: Ten-oh-six."), else `start`. */
export function afterLabel(doc: Doc, start: number, end: number): number {
  for (let i = start; i < end && i <= start + MAX_LABEL; i++) {
    if (doc.tokens[i].norm === ':') return i > start ? i + 1 : start;
    if (doc.tokens[i].kind !== 'word' || doc.mentionIndex[i] >= 0) return start;
  }
  return start;
}

/** The words of a request for the time of what was just done ("Time?", "What time?", "Time on that?"). */
const ASKING_TIME = new Set(['what', "what's", 'the', 'on', 'that', 'it', 'for', 'give', 'me', 'a', 'your', 'time']);

/** True when the sentence only asks for the time ("Time?", "Time.", "What's the time?"), never a device's ("TQ time?"). */
function asksTime(doc: Doc, start: number, end: number): boolean {
  const words = doc.tokens.slice(start, end).filter((t) => !SENTENCE_ENDS.has(t.norm));
  return words.some((t) => t.norm === 'time') && words.every((t) => ASKING_TIME.has(t.norm));
}

/** True when the sentence holds only a time, a place and completion words, and at least a time or a place. */
function onlyCompletes(doc: Doc, start: number, end: number): boolean {
  let said = false;
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i];
    const clock = readClock(doc.tokens, i);
    if (clock && clock.end <= end) {
      said = true;
      i = clock.end - 1;
      continue;
    }
    if (t.kind === 'number' && doc.tokens[i + 1] && ['gauge', 'ga', 'g'].includes(doc.tokens[i + 1].norm)) continue;
    const w = t.norm;
    if (Object.hasOwn(BODY_PART_WORDS, w) || Object.hasOwn(LIMB_CODES, w)) {
      said = true;
      continue;
    }
    if (COMPLETION_WORDS.has(w) || Object.hasOwn(SIDE_WORDS, w) || LOCATION_FILLERS.has(w)) continue;
    return false;
  }
  return said;
}

/** Token range `[start, end)` of each sentence, by sentence index (empty where a sentence has no tokens). */
function sentenceBounds(doc: Doc): { start: Int32Array; end: Int32Array } {
  const count = doc.tokens.length > 0 ? doc.sentence[doc.tokens.length - 1] + 1 : 0;
  const start = new Int32Array(count).fill(-1);
  const end = new Int32Array(count);
  for (let i = 0; i < doc.tokens.length; i = doc.sentenceEnd[i]) {
    start[doc.sentence[i]] = i;
    end[doc.sentence[i]] = doc.sentenceEnd[i];
  }
  return { start, end };
}

/** What a dressing laid over packing covers ("an emergency bandage over the packing", "on top of the gauze"). */
const PACKING_WORDS = new Set(['packing', 'gauze', 'combat']);

/** True when the dressing at mention `k` is laid over the packing placed before it. */
export function overThePacking(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  let i = m.end;
  if (doc.tokens[i]?.norm === 'over') i++;
  else if (doc.tokens[i]?.norm === 'on' && doc.tokens[i + 1]?.norm === 'top' && doc.tokens[i + 2]?.norm === 'of')
    i += 3;
  else return false;
  if (doc.tokens[i]?.norm === 'the') i++;
  return PACKING_WORDS.has(doc.tokens[i]?.norm ?? '');
}
