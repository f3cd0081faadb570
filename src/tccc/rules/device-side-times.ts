/**
 * Devices on both sides, each side with its own time: "tourniquets on both thighs, 0708 right and 0709 left",
 * "TQs on both, left at 0452, right at 0453", "CATs left thigh 1315 and right thigh 1316". The device is said
 * once; each phrase after it that pairs a side with a time is one device on that side at that time.
 */
import type { Location } from '../record.js';
import { readClock } from '../text/clock.js';
import type { Token } from '../text/tokenize.js';
import { claim, isThing } from './attributes.js';
import type { Doc } from './document.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { tagOf } from './matcher.js';

/** One device of those said together: where, when, and the words of its phrase. */
export interface SidedTime {
  location: Location;
  time: string;
  start: number;
  end: number;
}

/** Words that may stand in a side's phrase besides its side, limb and time ("left at 0452", "right one @ 0453"). */
const PAIR_FILLERS = new Set(['at', '@', 'on', 'the', 'his', 'her', 'side', 'hrs', 'hours', 'upper', 'lower']);
/** "right one at 1302": the device said again as "one" (the reader writes the word as the digit). */
const isOne = (t: Token): boolean => t.raw.toLowerCase() === 'one';
/** Words that end one side's phrase and open the next, a pause among them ("like you said... left at 0310"). */
const PAIR_BREAKS = new Set([',', 'and', ';', '...']);

type Limb = 'arm' | 'leg';

const limbOf = (t: Token | undefined): Limb | null => {
  const w = t?.norm ?? '';
  const region = Object.hasOwn(BODY_PART_WORDS, w) ? BODY_PART_WORDS[w] : undefined;
  return region === 'arm' || region === 'leg' ? region : null;
};

/**
 * The side-and-time phrases after device mention `k`, one per device, or null unless every phrase that holds a
 * time pairs it with one side, and at least two distinct places are so paired. A phrase naming no limb takes
 * `limb`: the limb the device's own place names, or the one last named before it in its sentence ("both legs
 * are amps, TQs on both, left at 0452, right at 0453").
 */
export function sidedTimes(doc: Doc, k: number, limb: Limb | null): SidedTime[] | null {
  const m = doc.mentions[k];
  let end = doc.sentenceEnd[m.start];
  for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < end; j++)
    if (isThing(doc.mentions[j]) && !tagOf(doc.mentions[j], 'repeat')) end = doc.mentions[j].start;
  while (end > m.end && doc.tokens[end - 1].kind === 'punct') end--;
  let hint = limb ?? limbBefore(doc, m.start);
  const pairs: SidedTime[] = [];
  // "Tourniquets: right thigh at 0954, left thigh at 0956": the device heads the list of its places.
  let start = doc.tokens[m.end]?.norm === ':' ? m.end + 1 : m.end;
  while (start < end) {
    let stop = start;
    while (stop < end && !PAIR_BREAKS.has(doc.tokens[stop].norm)) stop++;
    const pair = readPair(doc.tokens, start, stop, hint);
    // "Two TQs on the arms, right one at 1302, left one at 1304": the limb said with the device, no side.
    if (pair === 'none' && pairs.length === 0 && !limb)
      hint =
        doc.tokens
          .slice(start, stop)
          .map(limbOf)
          .findLast((l) => l !== null) ?? hint;
    // Before the first pair, the device's own place ("on both thighs"); after the pairs, what else is said of it.
    if (pair === 'none' && pairs.length > 0) break;
    if (pair === null) return null;
    if (pair !== 'none') pairs.push(pair);
    start = stop + 1;
  }
  if (pairs.length < 2 || new Set(pairs.map((p) => p.location)).size !== pairs.length) return null;
  for (const p of pairs) if (!doc.claimed[p.start]) claim(doc, p);
  return pairs;
}

/** The phrase `[start, stop)` as a side with a time; 'none' when it holds no time, null when not a pair alone. */
function readPair(tokens: Token[], start: number, stop: number, hint: Limb | null): SidedTime | 'none' | null {
  let time: { value: string; start: number; end: number } | null = null;
  let side: 'left' | 'right' | null = null;
  let limb: Limb | null = null;
  for (let i = start; i < stop; i++) {
    // "right one at 1302": "one" is the device, not a time.
    const clock = isOne(tokens[i]) ? null : readClock(tokens, i);
    if (clock && clock.end <= stop) {
      if (time) return null;
      time = { value: clock.time, start: i, end: clock.end };
      i = clock.end - 1;
      continue;
    }
    const w = tokens[i].norm;
    const s = Object.hasOwn(SIDE_WORDS, w) ? SIDE_WORDS[w] : undefined;
    if (s === 'left' || s === 'right') {
      if (side) return null;
      side = s;
    } else if (limbOf(tokens[i])) {
      if (limb && limb !== limbOf(tokens[i])) return null;
      limb = limbOf(tokens[i]);
    } else if (!PAIR_FILLERS.has(w) && !isOne(tokens[i])) return time ? null : 'none';
  }
  if (!time) return 'none';
  const where = limb ?? hint;
  if (!side || !where) return null;
  return { location: `${side}_${where}`, time: time.value, start, end: stop };
}

/** The limb last named before token `at` in its sentence ("both legs are amps … TQs on both"). */
function limbBefore(doc: Doc, at: number): Limb | null {
  for (let i = at - 1; i >= 0 && doc.sentence[i] === doc.sentence[at]; i--) {
    const limb = limbOf(doc.tokens[i]);
    if (limb) return limb;
  }
  return null;
}
