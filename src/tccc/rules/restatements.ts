/**
 * A device said again while it goes on is one device: "applying a tourniquet to the left leg now,
 * tourniquet time zero nine four six", "tourniquet going on the right thigh ... tourniquet's on, one one
 * five two", "splinting it now, SAM splint". What the restatement adds (a time, a place) completes the
 * device already read instead of adding a second one; "a second one" said as a device goes on is another.
 */
import type { Intervention } from '../record.js';
import type { Act } from './completions.js';
import type { Doc } from './document.js';
import { join } from './found.js';
import type { FoundIntervention } from './interventions.js';
import { readLocations } from './locations.js';
import { tagOf } from './matcher.js';
import { TIMED_ON_REACH, timeCalledOut, timeSaidOn } from './timed-on.js';

/** How many sentences back the device restated may be. */
const SENTENCE_REACH = 2;
/** A second name of the device this close after the first, in one sentence, names the same device. */
const ADJACENT = 4;
/** Words after a device that say it is in place, not that another is placed ("TQ's on", "IO is in"). */
const IN_PLACE = new Set(['on', 'in', 'placed', 'applied', 'done', 'good', 'tight', 'secured', 'tightened']);

/** Words before a device that make it another one ("second TQ"), never the same one said again. */
const ANOTHER = new Set(['second', '2nd', 'third', '3rd', 'another', 'additional', 'more', 'new', 'other']);

/** Merges the device just read at mention `k` into the same device read before it when it restates it; true when it did. */
export function restatesLast(
  doc: Doc,
  k: number,
  read: readonly FoundIntervention[],
  acts: readonly Act[],
  sentence: number,
  nowStamped = false,
): boolean {
  if (read.length !== 1 || read[0].counted) return false;
  const now = read[0];
  const at = doc.mentions[k].start;
  const timedOn =
    timeSaidOn(doc, at) !== undefined || (now.value.time !== undefined && timeCalledOut(doc, at, now.value.time));
  const status = checksInPlace(doc, k);
  const reach = status ? Infinity : timedOn ? TIMED_ON_REACH : SENTENCE_REACH;
  const last = lastOfType(acts, now.value.type, sentence, reach);
  if (!last || last.counted || last.end === undefined) return false;
  const before = last.found.value;
  if (now.value.location && before.location && now.value.location !== before.location) return false;
  // "2233 Field TQ R thigh, time on TQ 2219": a time said of the device is its own, the line's time only where none is.
  // Where one time is a stamp and the other said of the device, the one said is its time.
  const ownTime = now.value.time !== undefined && !nowStamped && last.stamped === true;
  const keepTime = nowStamped && before.time !== undefined && !last.stamped;
  if (now.value.time && before.time && now.value.time !== before.time && !ownTime && !keepTime) return false;
  const m = doc.mentions[k];
  // "second TQ", and "a second one" / "another one" itself: another device, never the same one said again.
  if (ANOTHER.has(doc.tokens[m.start - 1]?.norm ?? '') || tagOf(m, 'repeat')) return false;
  const adjacent = doc.sentence[last.end - 1] === doc.sentence[m.start] && m.start - last.end <= ADJACENT;
  const same = adjacent || withTool(doc, last.end, m.start) || onAtTime(doc, k);
  if (!same && !status && !labelsTime(doc, k) && !saysInPlace(doc, k) && !pointsBack(doc, k) && !timedOn) return false;
  before.location ??= now.value.location;
  before.time = ownTime ? now.value.time : (before.time ?? now.value.time);
  if (ownTime) last.stamped = false;
  last.found.span = join(last.found.span, now.span);
  return true;
}

/** The last act of this device type read in the last few sentences (a backward scan that stops at the reach: linear overall). */
function lastOfType(
  acts: readonly Act[],
  type: Intervention['type'],
  sentence: number,
  reach: number,
): Act | undefined {
  for (let i = acts.length - 1; i >= 0 && sentence - acts[i].sentence <= reach; i--) {
    if ((acts[i].found.value as Partial<Intervention>).type === type) return acts[i];
  }
  return undefined;
}

/** Words that join two devices into one phrase ("a hemostatic dressing and a pressure dressing on the right forearm"). */
const JOINERS = new Set(['and', 'a', 'an', 'then', 'plus', '&']);

/**
 * "a hemostatic dressing and a pressure dressing on the right forearm at 2230": two devices joined in one phrase share
 * the place and time said once after the second. Gives them to the first device read at mention `k`'s left.
 */
export function shareWithJoined(doc: Doc, k: number, read: readonly FoundIntervention[], acts: readonly Act[]): void {
  if (read.length !== 1) return;
  const last = acts[acts.length - 1];
  const before = last?.found.value as Partial<Intervention> | undefined;
  if (!last || last.end === undefined || !before?.type || before.location || before.time || !last.takesPlace) return;
  const m = doc.mentions[k];
  if (doc.chunk[last.end - 1] !== doc.chunk[m.start] || m.start <= last.end) return;
  for (let i = last.end; i < m.start; i++) if (!JOINERS.has(doc.tokens[i].norm)) return;
  if (!doc.tokens.slice(last.end, m.start).some((t) => t.norm === 'and' || t.norm === 'plus' || t.norm === '&')) return;
  if (read[0].value.location) before.location = read[0].value.location;
  if (read[0].value.time) before.time = read[0].value.time;
}

/** "tourniquet time 0946", "TQ time: 0946", "time on the TQ 0946": the device's name labels its time. */
function labelsTime(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (doc.tokens[m.end]?.norm === 'time') return true;
  const on = doc.tokens[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  return doc.tokens[on]?.norm === 'on' && doc.tokens[on - 1]?.norm === 'time';
}

/** Words before a device that point back at the one just said ("that TQ went on at 1320", "this tourniquet"). */
const DEMONSTRATIVES = new Set(['that', 'this', 'same']);

/** True when the device at mention `k` is the one said before, pointed back at ("Ground says that TQ went on at 1320"). */
function pointsBack(doc: Doc, k: number): boolean {
  return DEMONSTRATIVES.has(doc.tokens[doc.mentions[k].start - 1]?.norm ?? '');
}

/** Most words between a device's act and the tool it is done with ("splinting the left forearm with a SAM splint"). */
const TOOL_REACH = 8;

/** "splinting the left forearm with a SAM splint": the device named after "with" is the one the act just said used. */
function withTool(doc: Doc, lastEnd: number, at: number): boolean {
  if (at - lastEnd > TOOL_REACH || doc.sentence[lastEnd - 1] !== doc.sentence[at]) return false;
  const article = ['a', 'an', 'the'].includes(doc.tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return doc.tokens[article]?.norm === 'with';
}

/** "binder on at zero six four zero": the device said to be on at a time, the one just put on. */
function onAtTime(doc: Doc, k: number): boolean {
  const end = doc.mentions[k].end;
  return doc.tokens[end]?.norm === 'on' && doc.tokens[end + 1]?.norm === 'at';
}

/** Most words between a device and the words that say it is still in place ("TQ R thigh in place"). */
const STATUS_REACH = 4;

/**
 * "TQ R thigh in place, no distal pulse", "Chest seal L chest intact": a device checked on arrival, the one placed
 * before however far back, never another.
 */
function checksInPlace(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const end = Math.min(doc.chunkEnd[m.start], m.end + STATUS_REACH + 2);
  for (let i = m.end; i < end; i++) {
    const w = doc.tokens[i].norm;
    if ((w === 'in' && doc.tokens[i + 1]?.norm === 'place') || w === 'intact') return true;
  }
  return false;
}

/** Words right after a device that say it works where it is ("TQ effective", "tourniquet still holding"). */
const HOLDING = new Set(['effective', 'holding', 'holds', 'intact', 'working']);

/** "TQ's on", "the IO is in", "tourniquet is on at 1152", "TQ effective": the device is said to be in place. */
function saysInPlace(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  let i = m.end;
  const held = doc.tokens[i]?.norm === 'still' ? i + 1 : i;
  if (HOLDING.has(doc.tokens[held]?.norm ?? '')) return true;
  if (!doc.tokens[m.end - 1].norm.endsWith("'s")) {
    if (doc.tokens[i]?.norm !== 'is' && doc.tokens[i]?.norm !== "'s") return false;
    i++;
  }
  return IN_PLACE.has(doc.tokens[i]?.norm ?? '');
}

/** Words after "second one" / "another one" that say a device is being placed. */
const PLACING = new Set(['on', 'going', 'goes', 'went', 'placed', 'applied', 'put', 'in', 'high']);

/** True when the "second one" / "another one" at mention `k` is another device being placed ("second one going on the same leg"). */
export function placesAnother(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const again = tagOf(m, 'repeat');
  if (!again || again.fluid) return false;
  for (let i = m.end; i < m.end + 2 && i < doc.chunkEnd[m.start]; i++) if (PLACING.has(doc.tokens[i].norm)) return true;
  // "I'm adding a second one, left thigh": the placing said before it.
  const before = ['a', 'the'].includes(doc.tokens[m.start - 1]?.norm ?? '') ? m.start - 2 : m.start - 1;
  return PLACING_BEFORE.has(doc.tokens[before]?.norm ?? '') || placeFollows(doc, m.end);
}

/**
 * True when the "second one" at mention `k`, after devices counted together (their mention ending at token `from`),
 * is the second of those being gone through after a "first" ("2 TQs right leg, first at 1302, second one above it at
 * 1306"), not one more.
 */
export function secondOfCounted(doc: Doc, from: number | undefined, k: number): boolean {
  const start = doc.mentions[k].start;
  return doc.tokens[start].norm === 'second' && doc.tokens.slice(from ?? 0, start).some((t) => t.norm === 'first');
}

/** Words that may stand between "second one" and where it goes against the first ("just below it"). */
const NEAR = new Set(['just', 'right', 'directly']);
/** Words that place a device against the one before it ("below it", "above the first"). */
const AGAINST = new Set(['above', 'below', 'proximal', 'distal']);

/**
 * "second one left arm 1341", "second one just below it": a place said right after it, in its phrase, says a
 * device is put there (a second wound or casualty said so is named as one: "second GSW", "second casualty").
 */
function placeFollows(doc: Doc, from: number): boolean {
  const end = doc.chunkEnd[from - 1];
  const against = NEAR.has(doc.tokens[from]?.norm ?? '') ? from + 1 : from;
  if (against < end && AGAINST.has(doc.tokens[against].norm)) return true;
  return readLocations(doc.tokens, from, end)[0]?.start === from && !countsBefore(doc, from);
}

/** "first one gsw left leg ... second one left arm frag": after a "first one", a second one is counted, not placed. */
function countsBefore(doc: Doc, before: number): boolean {
  for (let i = 1; i < before; i++) if (doc.tokens[i].value === 1 && doc.tokens[i - 1].norm === 'first') return true;
  return false;
}

/** Words before "a second one" / "another one" that say a device is being placed. */
const PLACING_BEFORE = new Set(['adding', 'add', 'putting', 'placing', 'applying', 'throwing', 'slapping', 'got']);

/**
 * "Tourniquet, left arm ... Ramos, write TQ 1453 on his forehead": a device given a time but no place, the last of
 * its kind placed before it with no time, is that device's time, not another device. Mutates the one placed.
 */
export function timeOfPlaced(found: FoundIntervention[]): FoundIntervention[] {
  return found.filter((f, i) => {
    const { type, location, time } = f.value;
    if (!time || location || f.counted || f.another || f.fromRoute) return true;
    const last = found.slice(0, i).findLast((g) => g.value.type === type && !g.fromRoute);
    if (!last?.value.location || last.value.time || last.counted) return true;
    last.value.time = time;
    return false;
  });
}
