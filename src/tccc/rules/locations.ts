/**
 * Body locations named in a stretch of tokens: "L thigh" → left_leg, "both forearms" → left_arm and
 * right_arm, "left side of the neck" → neck. A limb without a side is not a location (no guessing).
 */
import type { Location } from '../record.js';
import type { Token } from '../text/tokenize.js';
import {
  BODY_PART_WORDS,
  LIMB_CODES,
  LIMB_WORDS,
  LOCATION_FILLERS,
  SIDE_WORDS,
  UNMAPPED_PARTS,
  limbLocation,
  type Side,
} from './lexicon/body.js';

/** Words that join two sides or parts in notes as in speech ("L + R thigh", "L & R AC", "left and right"). */
const JOINS = new Set(['and', '+', '&']);

/** Words that make the part after them a landmark on the part before ("belly ... under the ribs"). */
const LANDMARKS = new Set(['under', 'below', 'beneath', 'above']);

export interface FoundLocation {
  location: Location;
  /** Token span of the words that named it. */
  start: number;
  end: number;
}

/** "ankle's" → "ankle"; other words as they are. */
const stripIs = (w: string): string => (w.endsWith("'s") ? w.slice(0, -2) : w);

/** Most filler words between a side and its body part ("left upper outer thigh"). */
const MAX_GAP = 4;

/** True when a part without a record region is named in `[from, to)` before any mapped location. */
export function namesUnmappedPart(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokens[i].norm;
    if (UNMAPPED_PARTS.has(w)) return true;
    if (Object.hasOwn(BODY_PART_WORDS, w) || Object.hasOwn(LIMB_CODES, w)) return false;
  }
  return false;
}

/**
 * The side a limb said without one was last named with ("Left leg is a mess ... open fracture of the
 * shin"), for the limb word at token `at`; null when none was or it is unclear.
 */
export type SideCarry = (limb: 'arm' | 'leg', at: number) => 'left' | 'right' | null;

/** A plural limb word ("hands", "feet") is never one side carried from before. */
const isPluralLimb = (w: string): boolean => w.endsWith('s') || w === 'feet' || w === 'calves';

/**
 * Locations named in tokens `[from, to)`, in order; reading stops at a part without a region.
 * With `carry`, a single limb without a side takes the side it was last named with.
 */
export function readLocations(tokens: readonly Token[], from: number, to: number, carry?: SideCarry): FoundLocation[] {
  const found: FoundLocation[] = [];
  let side: Side | null = null;
  let sideAt = -1;
  // A side carries over "and" to the next limb ("left arm and leg").
  let carried: Side | null = null;
  // "in the belly right side under the ribs": a part said after a part with "under", "below"... only says where on it.
  let landmark = false;
  for (let i = from; i < to; i++) {
    // "right ankle's deformed": the part with "'s" (is, has) is still the part.
    const w = stripIs(tokens[i].norm);
    if (UNMAPPED_PARTS.has(w)) break;
    if (LANDMARKS.has(w) && found.length > 0) landmark = true;
    if (w === 'and' || w === ',') landmark = false;
    if (landmark && (Object.hasOwn(BODY_PART_WORDS, w) || Object.hasOwn(LIMB_CODES, w))) {
      landmark = false;
      side = null;
      continue;
    }
    const sideWord = Object.hasOwn(SIDE_WORDS, w) ? SIDE_WORDS[w] : undefined;
    const region = Object.hasOwn(BODY_PART_WORDS, w) ? BODY_PART_WORDS[w] : limbSaidWhole(tokens, i);
    // "right humeral head IO", "femoral head": the head of a limb's bone is a part of that limb, not the head.
    if (w === 'head' && i > from && isLimbRegion(stripIs(tokens[i - 1].norm))) continue;
    if (Object.hasOwn(LIMB_CODES, w)) {
      found.push({ location: LIMB_CODES[w], start: i, end: i + 1 });
      side = null;
      carried = null;
      continue;
    }
    if (sideWord) {
      side = side && side !== sideWord && JOINS.has(tokens[i - 1]?.norm ?? '') ? 'both' : sideWord;
      sideAt = side === 'both' && sideAt >= 0 ? sideAt : i;
      continue;
    }
    // "back of the head" names the head: the back is only the part of it.
    if (region === 'back' && tokens[i + 1]?.norm === 'of') continue;
    // "right a c": the letters of AC said apart right after a side (never "a c-collar", which has no side before it).
    if ((side === 'left' || side === 'right') && i === sideAt + 1 && w === 'a' && tokens[i + 1]?.norm === 'c') {
      found.push({ location: limbLocation('arm', side), start: sideAt, end: i + 2 });
      side = null;
      carried = null;
      i++;
      continue;
    }
    if (region) {
      if (region === 'arm' || region === 'leg') {
        const saidAfter: Side | null = side || carried ? null : sideSaidAfter(tokens, i, to);
        const useSide: Side | null =
          side ?? carried ?? saidAfter ?? (carry && !isPluralLimb(w) ? carry(region, i) : null);
        if (useSide) {
          const start = side ? sideAt : i;
          for (const s of useSide === 'both' ? (['left', 'right'] as const) : [useSide]) {
            found.push({ location: limbLocation(region, s), start, end: i + 1 });
          }
          carried = useSide;
        }
      } else {
        found.push({ location: region, start: side ? sideAt : i, end: i + 1 });
        carried = null;
      }
      side = null;
      continue;
    }
    if (JOINS.has(w)) continue;
    if (LOCATION_FILLERS.has(w) && (side === null || i - sideAt <= MAX_GAP)) continue;
    side = null;
    carried = null;
  }
  return found;
}

/** "right upper extremity" → arm, "left lower extremity" → leg: a limb said whole, "upper" or "lower" right before. */
function limbSaidWhole(tokens: readonly Token[], i: number): 'arm' | 'leg' | undefined {
  if (!LIMB_WORDS.has(tokens[i].norm)) return undefined;
  const level = tokens[i - 1]?.norm;
  return level === 'upper' ? 'arm' : level === 'lower' ? 'leg' : undefined;
}

/**
 * "IO humeral left at 2220", "humeral, left...", "humeral on the right": a side said right after a limb, closing its phrase (a pause, a
 * number or "at" after it), is the limb's. Not "thigh left in place" (the verb) nor "arm left leg" (the next limb's).
 */
function sideSaidAfter(tokens: readonly Token[], i: number, to: number): Side | null {
  let at = tokens[i + 1]?.norm === ',' ? i + 2 : i + 1;
  // "humeral on the right at 0448": the side said as a place on the body.
  if (tokens[at]?.norm === 'on' && ['the', 'his', 'her'].includes(tokens[at + 1]?.norm ?? '')) at += 2;
  const w = tokens[at]?.norm ?? '';
  // "at the humerus, left side, at 1010": a side set off as a phrase of its own closes the limb's phrase, though
  // the phrase read ends at the pause before it.
  const setOff = at === to && tokens[i + 1]?.norm === ',';
  if ((at >= to && !setOff) || (w !== 'left' && w !== 'right')) return null;
  // "at the humerus, left side, at 1010": the side said with the word "side".
  const next = tokens[at + 1]?.norm === 'side' ? tokens[at + 2] : tokens[at + 1];
  // Set off, a number after the side is a time only when written as one ("thigh, left one still bleeding" is not).
  const number = next?.kind === 'number' && (!setOff || (next.digits?.length ?? 0) >= 3);
  const closes = !next || number || next.kind === 'clock' || ['at', '.', ',', '...'].includes(next.norm);
  return closes ? w : null;
}

/**
 * A limb device's place said as a sided hip ("tourniquet imposed on the left hip", "TQ R hip, high and tight") is
 * the top of that leg: a band goes round a limb, never round the pelvis. Other places are returned as they are.
 */
export function hipAsLeg(tokens: readonly Token[], found: FoundLocation): FoundLocation {
  const side = SIDE_WORDS[tokens[found.start]?.norm ?? ''];
  const hip = ['hip', 'hips'].includes(tokens[found.end - 1]?.norm ?? '');
  if (found.location !== 'pelvis' || !hip || (side !== 'left' && side !== 'right')) return found;
  return { ...found, location: limbLocation('leg', side) };
}

const isLimbRegion = (w: string): boolean =>
  Object.hasOwn(BODY_PART_WORDS, w) && (BODY_PART_WORDS[w] === 'arm' || BODY_PART_WORDS[w] === 'leg');
