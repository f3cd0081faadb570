/**
 * Where a wound's place is said before it: the words read back from an injury word (never cut inside a place), and
 * the place said right before each wound of an unpunctuated run that names each one after its place.
 */
import { previousBoundary } from './attributes.js';
import type { Doc } from './document.js';
import { BODY_PART_WORDS, LIMB_WORDS, LOCATION_FILLERS, SIDE_WORDS } from './lexicon/body.js';
import { readLocations, type FoundLocation } from './locations.js';
import { tagOf } from './matcher.js';
import { sideCarry } from './sides.js';

/** How far before an injury word its location may be. */
const LOOK_BEHIND = 5;

/** Words of a guess said between a place and the wound ("I think it's broken", "probably fractured"). */
const GUESSES = new Set(['think', 'guess', 'probably', 'maybe', 'possibly', 'possible', 'suspect']);

/**
 * Where the words before injury `k` that may name its place start: `LOOK_BEHIND` words back, moved back to the
 * start of a place cut there, so "Left lower leg: a single fragment wound" keeps the side of the leg it names.
 */
export function lookBehindStart(doc: Doc, k: number): number {
  let from = previousBoundary(doc, k, LOOK_BEHIND, doc.sentence);
  // One side only: "Both legs, the right one's gone below the knee" names the right leg, not both.
  const inPlace = (w: string): boolean =>
    SIDE_WORDS[w] === 'left' ||
    SIDE_WORDS[w] === 'right' ||
    LOCATION_FILLERS.has(w) ||
    Object.hasOwn(BODY_PART_WORDS, w) ||
    LIMB_WORDS.has(w);
  const start = doc.mentions[k].start;
  // "the right forearm, I think it's broken": a place before a guess at the wound is not read further back.
  for (let i = from; i < start; i++) if (GUESSES.has(doc.tokens[i].norm)) return from;
  while (
    from > 0 &&
    from < start &&
    start - from < 2 * LOOK_BEHIND &&
    doc.sentence[from - 1] === doc.sentence[start] &&
    doc.mentionIndex[from - 1] < 0 &&
    inPlace(doc.tokens[from].norm) &&
    inPlace(doc.tokens[from - 1].norm)
  )
    from--;
  return from;
}

/** Words that make a place part of the phrase before it ("on the back", "to his right leg"). */
const PLACE_LEADS = new Set([
  'the',
  'his',
  'her',
  'their',
  'a',
  'on',
  'to',
  'in',
  'into',
  'at',
  'of',
  'from',
  'through',
]);
/** Most words between a place and the injury word it heads ("right leg multiple fragment wounds", "left leg traumatic amputation"). */
const HEADS_GAP = 2;

/**
 * In an unpunctuated run that names each wound after its place ("left leg traumatic amputation below the knee right
 * leg multiple fragment wounds"), the place right before an injury word is its own, and the places after it that run
 * straight into the next injury word are that one's. Null unless a place stands right before, following no other
 * injury word that could own it.
 */
export function ownPlaceBefore(doc: Doc, k: number, after: FoundLocation[]): FoundLocation[] | null {
  const m = doc.mentions[k];
  const last = after[after.length - 1];
  const next = doc.mentions[k + 1];
  if (!last || !next || !tagOf(next, 'injury') || next.start < last.end || next.start - last.end > HEADS_GAP)
    return null;
  for (let i = m.end; i < next.start; i++) if (doc.tokens[i].kind !== 'word') return null;
  const before = lastNamed(readLocations(doc.tokens, lookBehindStart(doc, k), m.start, sideCarry(doc)));
  // "no exit wound on the back gsw right chest": a place after a preposition is the phrase's before it.
  if (
    before.length === 0 ||
    m.start - before[0].end > HEADS_GAP ||
    PLACE_LEADS.has(doc.tokens[before[0].start - 1]?.norm)
  )
    return null;
  for (let i = before[0].end; i < m.start; i++) if (doc.tokens[i].kind !== 'word') return null;
  for (let j = k - 1; j >= 0 && doc.mentions[j].end > before[0].start - HEADS_GAP; j--)
    if (tagOf(doc.mentions[j], 'injury')) return null;
  return before;
}

/** The locations of the last phrase (both of "bilateral legs"). */
export function lastNamed(locations: FoundLocation[]): FoundLocation[] {
  const last = locations[locations.length - 1];
  return last ? locations.filter((l) => l.start === last.start) : [];
}

/** Words that add one more wound to a list ("a fracture of the right tibia and a scalp laceration"). */
const ADDS = new Set(['and', 'with', 'plus']);
/** Words between the adding word and the next wound's place ("and a scalp laceration", "with his left hand burned"). */
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** Most tokens after a wound its own place may start at ("closed fracture right wrist", "lac to the left hand"). */
const OWN_PLACE_REACH = 4;

/**
 * The places read after injury `k` without the last one when that heads the next wound of the list ("open fracture of
 * the right tibia and a scalp laceration": the scalp is the laceration's, not the fracture's). A place joined to the
 * next wound ("the right upper arm and a sucking chest wound"), or one before a wound with its own place after it
 * ("burns to … the face closed fracture right wrist"), stays the first wound's.
 */
export function withoutNextWoundsPlace(doc: Doc, k: number, after: FoundLocation[]): FoundLocation[] {
  const last = after[after.length - 1];
  const next = doc.mentions[k + 1];
  if (!last || !next || !tagOf(next, 'injury') || next.start < last.end || next.start - last.end > HEADS_GAP)
    return after;
  for (let i = last.end; i < next.start; i++) {
    const w = doc.tokens[i];
    if (w.kind !== 'word' || ADDS.has(w.norm) || ARTICLES.has(w.norm)) return after;
  }
  const ownEnd = Math.min(doc.sentenceEnd[next.start], next.end + OWN_PLACE_REACH);
  if (readLocations(doc.tokens, next.end, ownEnd).length > 0) return after;
  let lead = last.start - 1;
  while (lead > doc.mentions[k].end && ARTICLES.has(doc.tokens[lead].norm)) lead--;
  return ADDS.has(doc.tokens[lead]?.norm ?? '') ? after.filter((l) => l.start !== last.start) : after;
}

/** Most words a sentence may open with as the place it is about ("His left forearm,", "Right lower leg,"). */
const HEADING_PLACE = 4;

/**
 * "His left forearm, bone's through the skin, open fracture": a sentence that opens with a place alone, set off by a
 * comma, is about that place; a wound named later in it with no place of its own, and no other place between, is
 * there. Empty otherwise.
 */
export function headingPlace(doc: Doc, k: number): FoundLocation[] {
  const start = doc.mentions[k].start;
  let open = start;
  while (open > 0 && doc.sentence[open - 1] === doc.sentence[start]) open--;
  let comma = open;
  while (comma < start && doc.tokens[comma].norm !== ',') comma++;
  if (comma === start) return [];
  if (comma - open > HEADING_PLACE) return [];
  const words = doc.tokens.slice(open, comma).map((t) => t.norm);
  const inPlace = (w: string): boolean =>
    Object.hasOwn(SIDE_WORDS, w) ||
    Object.hasOwn(BODY_PART_WORDS, w) ||
    LIMB_WORDS.has(w) ||
    PLACE_LEADS.has(w) ||
    ['upper', 'lower'].includes(w);
  if (!words.every(inPlace)) return [];
  // "Both legs, the right one's gone": a side said after the heading picks out the place, as the look-back reads it.
  for (let i = comma; i < start; i++)
    if (doc.mentionIndex[i] >= 0 || Object.hasOwn(SIDE_WORDS, doc.tokens[i].norm)) return [];
  if (readLocations(doc.tokens, comma, start, sideCarry(doc)).length > 0) return [];
  const heading = readLocations(doc.tokens, open, comma, sideCarry(doc));
  return heading.length === 1 ? heading : [];
}
