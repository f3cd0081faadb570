/**
 * Interventions: what was done, where, and when. The location is read after the device name
 * ("TQ L thigh") or just before it ("packed the neck wound with combat gauze"); airway devices,
 * binders and warming have no location; IV/IO is an intervention only when it is not a route.
 */
import type { Intervention, InterventionType, Location } from '../record.js';
import { claim, clauseStart, findTime, isThing, nextThingStart, previousBoundary } from './attributes.js';
import type { Token } from '../text/tokenize.js';
import type { Doc } from './document.js';
import { timesOfEach } from './device-times.js';
import { timeOfAct } from './act-times.js';
import { bareRepeatFilter, spanOf, type Found } from './found.js';
import { hipAsLeg, readLocations, type FoundLocation } from './locations.js';
import { withoutBoundTo } from './bound-limbs.js';
import { eyeShieldPlace } from './eye-shields.js';
import { tagOf } from './matcher.js';
import { limbAroundDevice, limbOfBareSide, sideCarry } from './sides.js';
import { namesNoDevice, pointsBackAfter, timeOfJoined, timeReach } from './device-labels.js';
import { sidedTimes } from './device-side-times.js';
import { decompressingCannula, GAUGE_WORDS } from './gauge-lines.js';
import { placeItPointsAt } from './it-places.js';
import { placeOfHeading } from './site-headings.js';
import { qualifiesReading } from './oxygen-readings.js';
import { readCount } from './device-counts.js';

/** Devices whose name is not a location (convention: NPA, cric, SGA, binder... have none). */
export const NO_LOCATION: ReadonlySet<InterventionType> = new Set<InterventionType>([
  'npa',
  'cric',
  'sga',
  'et_tube',
  'pelvic_binder',
  'hypothermia_prevention',
  'oxygen',
]);
/** How far before a device name its location may be ("the neck wound with combat gauze"). */
const LOOK_BEHIND = 6;

/** A found intervention; `counted` when it comes from "two tourniquets" and must not be merged away. */
export interface FoundIntervention extends Found<Intervention> {
  counted: boolean;
  /** Read from a route that names its site ("through the IO in the left humerus"): the access, already placed. */
  fromRoute?: boolean;
  /** Said as one more of its kind ("another TQ"), or by its number ("second TQ right under it", "the second one"). */
  another?: 'more' | 'numbered';
}

/** The places a limb tourniquet can go. */
const LIMBS: ReadonlySet<Location> = new Set(['left_arm', 'right_arm', 'left_leg', 'right_leg']);

/** The type of intervention mention `k` names, or null when it names none (or an IV/IO route). */
export function interventionType(doc: Doc, k: number): InterventionType | null {
  const m = doc.mentions[k];
  const named = tagOf(m, 'intervention');
  if (named) return namesNoDevice(doc, k) || qualifiesReading(doc, k) ? null : named.value;
  const access = tagOf(m, 'access');
  return access && !m.isRoute && !decompressingCannula(doc, k) ? access.value : null;
}

/** Words that say a vein or a line at a site failed ("left AC blown"). */
const FAILED_SITE = new Set(['blown', 'infiltrated']);

/** Reads the intervention at mention `k` (several when a count or "both" is said). */
export function readIntervention(doc: Doc, k: number, type: InterventionType): FoundIntervention[] {
  const m = doc.mentions[k];
  if (pointsBackAfter(doc, k)) return [{ value: { type }, span: spanOf(doc, m.start, m.end), counted: false }];
  const afterEnd = Math.min(doc.chunkEnd[m.start], nextThingStart(doc, k), clauseStart(doc, m.end));
  const chunkStart = previousBoundary(doc, k, LOOK_BEHIND, doc.chunk);
  // "packed it with combat gauze": the place is the wound "it" points back at, never a part said after the device.
  const ahead = !NO_LOCATION.has(type) && !doneToIt(doc, m.start);
  let locations = ahead ? readLocations(doc.tokens, m.end, afterEnd, sideCarry(doc)) : [];
  // "18 gauge in left a c blown": a site said to have failed is no place of the line.
  if (tagOf(m, 'access')) locations = locations.filter((l) => !FAILED_SITE.has(doc.tokens[l.end]?.norm ?? ''));
  if (ahead && locations.length === 0) locations = [limbAroundDevice(doc, m, afterEnd)].filter((l) => l !== null);
  if (!NO_LOCATION.has(type) && locations.length === 0)
    locations = lastPhrase(withoutBoundTo(doc.tokens, readLocations(doc.tokens, chunkStart, m.start, sideCarry(doc))));
  if (ahead && locations.length === 0) locations = [limbOfBareSide(doc, m.end)].filter((l) => l !== null);
  if (ahead && locations.length === 0) locations = nextPhraseLocations(doc, k);
  if (!NO_LOCATION.has(type) && locations.length === 0) locations = previousPhraseLocations(doc, k, chunkStart);
  if (!NO_LOCATION.has(type) && locations.length === 0) locations = placeItPointsAt(doc, m);
  if (!NO_LOCATION.has(type) && locations.length === 0) locations = placeOfHeading(doc, m);
  // A tourniquet goes on a limb only: "write TQ 1453 on his forehead" is where its time is written, "back" a wound's.
  if (type === 'tourniquet')
    locations = locations.map((l) => hipAsLeg(doc.tokens, l)).filter((l) => LIMBS.has(l.location));
  if (type === 'eye_shield') locations = eyeShieldPlace(doc.tokens, m.end, locations);
  // Several locations from one phrase ("both legs") are several devices; otherwise the first one named.
  const first = locations[0];
  // "TQ L thigh x2": the count may follow the place said right after the device.
  const placed = first && first.start === m.end ? first.end : undefined;
  const count = readCount(doc, m.start, m.end, placed);
  // "2 large bore IVs, L AC and R AC": as many places as devices counted is one in each.
  // "Splints on the left leg and on the right leg": a device named in the plural goes on each place said.
  const each = (count > 1 && locations.length === count) || (count === 1 && namedPlural(doc, m.end, locations));
  const chosen = each ? locations : first ? locations.filter((l) => l.start === first.start) : [];
  const time = timeOfAct(
    doc,
    k,
    findTime(doc, m.end, Math.min(doc.sentenceEnd[m.start], timeReach(doc, k)), true),
    findTime(doc, chunkStart, m.start),
  );
  // CPR (care of no listed type) is care when timed in its own words ("CPR started 0404"): "started CPR, and we called
  // it at 1406" times the death, and CPR said untimed is as often the state of the code as care given.
  if (type === 'other' && (!time || time.start >= doc.chunkEnd[m.start])) return [];
  if (time && !NO_LOCATION.has(type)) {
    const sided = eachSideTimed(doc, k, type, locations);
    if (sided) return sided;
  }
  // Left for the device joined to this one to read as well ("hemostatic gauze + pressure dsg 0145").
  if (time && !timeOfJoined(doc, k, time)) claim(doc, time);
  const times = time && count > 1 ? timesOfEach(doc, k, time, count) : [];
  let end = m.end;
  for (const l of chosen) end = Math.max(end, l.end);
  if (time) end = Math.max(end, time.end);
  const start = Math.min(m.start, ...chosen.map((l) => l.start), time ? time.start : m.start);
  const span = spanOf(doc, start, end);
  const out: FoundIntervention[] = [];
  const perLocation = chosen.length > 0 ? chosen.map((l) => l.location) : [undefined];
  // "Two IVs, one in each AC": as many devices as places is one on each, not two on each.
  const rounds = count === perLocation.length ? 1 : Math.max(count, 1);
  for (let c = 0; c < rounds; c++) {
    for (const location of perLocation) {
      const value: Intervention = { type };
      if (location) value.location = location;
      if (time) value.time = times.length === count ? times[c] : time.value;
      out.push({ value, span, counted: count > 1 || perLocation.length > 1 });
    }
  }
  return out;
}

/** "TQs on both thighs, 0708 right and 0709 left": one device per side, each at its own time; null when not so said. */
function eachSideTimed(
  doc: Doc,
  k: number,
  type: InterventionType,
  locations: readonly FoundLocation[],
): FoundIntervention[] | null {
  const limbs = new Set(locations.map((l) => l.location.replace(/^(left|right)_/, '')));
  const limb = limbs.size === 1 ? [...limbs][0] : null;
  const sided = sidedTimes(doc, k, limb === 'arm' || limb === 'leg' ? limb : null);
  // The device's own places ("both thighs") must be among the sides paired with a time.
  if (!sided || locations.some((l) => !sided.some((s) => s.location === l.location))) return null;
  const m = doc.mentions[k];
  return sided.map((s) => ({
    value: { type, location: s.location, time: s.time },
    span: spanOf(doc, Math.min(m.start, s.start), Math.max(m.end, s.end)),
    counted: true,
  }));
}

/** Most places a device named in the plural is read on, one each. */
const MAX_PLURAL_PLACES = 4;

/** True when the device's name ending at `end` is plural and the places said with it are distinct ("TQs L arm and R leg"). */
function namedPlural(doc: Doc, end: number, locations: readonly FoundLocation[]): boolean {
  const name = doc.tokens[end - 1].raw.toLowerCase();
  const distinct = new Set(locations.map((l) => l.location)).size;
  // "Tourniquets left thigh 1315 and right thigh 1316": each with a time of its own is read as before, one by one.
  const from = locations[0]?.start ?? end;
  const to = locations.at(-1)?.end ?? end;
  if (doc.tokens.slice(from, to).some((t) => t.kind === 'number' || t.kind === 'clock')) return false;
  return (
    name.length >= 3 &&
    name.endsWith('s') &&
    locations.length >= 2 &&
    locations.length <= MAX_PLURAL_PLACES &&
    distinct === locations.length
  );
}

/** The places named by the last phrase of those read: "bilateral humeral IOs" is both arms, "L thigh, R calf" the calf. */
const lastPhrase = (found: readonly FoundLocation[]): FoundLocation[] =>
  found.filter((l) => l.start === found.at(-1)?.start);

const ARTICLES = new Set(['a', 'an', 'the', 'some']);

/** True when the device at token `start` is what an act on "it" is done with ("packed it with combat gauze"). */
function doneToIt(doc: Doc, start: number): boolean {
  const at = ARTICLES.has(doc.tokens[start - 1]?.norm ?? '') ? start - 1 : start;
  return doc.tokens[at - 1]?.norm === 'with' && doc.tokens[at - 2]?.norm === 'it';
}

/** The access an IV/IO route names before a site ("through the IO in the left humerus"); its time is the drug's. */
export function readRouteSite(doc: Doc, k: number): FoundIntervention | null {
  const m = doc.mentions[k];
  const access = tagOf(m, 'access');
  if (!access || !m.isRoute) return null;
  const location = readLocations(
    doc.tokens,
    m.end,
    Math.min(doc.chunkEnd[m.start], nextThingStart(doc, k), m.end + 4),
  )[0];
  if (!location) return null;
  return {
    value: { type: access.value, location: location.location },
    span: spanOf(doc, m.start, location.end),
    counted: false,
    fromRoute: true,
  };
}

/**
 * The place said in the phrase just before the device's own, in the same sentence, when that phrase names no
 * other act ("Packing the thigh wound, combat gauze", "Hand's mangled, bleeding controlled with a pressure dressing").
 */
function previousPhraseLocations(doc: Doc, k: number, chunkStart: number): FoundLocation[] {
  const m = doc.mentions[k];
  const end = chunkStart;
  if (end <= 0 || doc.chunk[end - 1] === doc.chunk[m.start] || doc.sentence[end - 1] !== doc.sentence[m.start])
    return [];
  // Only the words between the device's phrase and its start: nothing else in them (checked by the mentions in it).
  let start = end - 1;
  while (start > 0 && doc.chunk[start - 1] === doc.chunk[end - 1]) start--;
  for (let j = k - 1; j >= 0 && doc.mentions[j].end > start; j--) if (isThing(doc.mentions[j])) return [];
  return readLocations(doc.tokens, start, end, sideCarry(doc)).slice(-1);
}

/**
 * Words a phrase may open with before the place it names ("..., on the left thigh"); how high or low on the limb too
 * ("Tourniquet, high on the right thigh").
 */
const PLACE_OPENERS = new Set(['on', 'to', 'the', 'in', 'at', 'his', 'her', 'over', 'same', 'high', 'low', 'tight']);
/** "Two IVs, one in each AC": "one" opening the phrase of places is one device of those counted. */
const isOneOf = (t: Token): boolean => t.kind === 'number' && t.raw.toLowerCase() === 'one';
/** "high and tight on the right thigh": the "and" of how a tourniquet sits opens its place as "high" alone does. */
const opensPlace = (doc: Doc, i: number): boolean =>
  PLACE_OPENERS.has(doc.tokens[i].norm) ||
  isOneOf(doc.tokens[i]) ||
  (doc.tokens[i].norm === 'and' && doc.tokens[i - 1]?.norm === 'high' && doc.tokens[i + 1]?.norm === 'tight');

/**
 * The place said as the next phrase of the sentence when the device's own phrase names none and
 * nothing else comes between ("tourniquet going on now, left thigh, time is 1422").
 */
function nextPhraseLocations(doc: Doc, k: number): FoundLocation[] {
  const m = doc.mentions[k];
  let start = doc.chunkEnd[m.start];
  // A cannula's size said first ("getting a line in, eighteen gauge, left AC") stands between the device and its place.
  if (isGaugePhrase(doc, start)) start = doc.chunkEnd[start];
  const limit = nextThingStart(doc, k);
  if (start >= limit || start >= doc.tokens.length || doc.sentence[start] !== doc.sentence[m.start]) return [];
  let first = start;
  while (first < limit && opensPlace(doc, first)) first++;
  // "IV had been established by the ground medic, 18g L AC": the size opens the phrase of the place.
  if (doc.tokens[first]?.kind === 'number' && GAUGE_WORDS.has(doc.tokens[first + 1]?.norm ?? '')) first += 2;
  const found = readLocations(doc.tokens, first, Math.min(doc.chunkEnd[start], limit), sideCarry(doc));
  return found.length > 0 && found[0].start === first ? found : [];
}

/** True when the chunk at token `start` is only a cannula size ("eighteen gauge", "18 g", then a comma). */
function isGaugePhrase(doc: Doc, start: number): boolean {
  const t = doc.tokens[start];
  const end = doc.chunkEnd[start] ?? start;
  return (
    t?.kind === 'number' &&
    GAUGE_WORDS.has(doc.tokens[start + 1]?.norm ?? '') &&
    end <= start + 3 &&
    doc.sentence[end - 1] === doc.sentence[start]
  );
}

/** Drops bare repeats ("TQ still holding") of a device already recorded with a place or time, and bare duplicates. */
export function mergeRepeats(found: FoundIntervention[]): Found<Intervention>[] {
  const keepBare = bareRepeatFilter(
    found,
    (f) => f.value.type,
    (f) => Boolean(f.value.location || f.value.time),
  );
  const placed = new Set(found.filter((f) => !f.fromRoute).map((f) => `${f.value.type}@${f.value.location}`));
  // A device said again whole, place and time ("IO left leg, oh-three-forty-eight" read back, "Two TQs on the left
  // thigh, 0955 and 0957" handed over): one device, not two. Devices counted in one phrase share its words and stay.
  const timedDevices = new Map<string, number>();
  // "And the TQ is zero two one four" of a tourniquet on the right thigh at 0214: a time said again without its place.
  const placedAt = new Set(
    found.filter((f) => f.value.location && f.value.time).map((f) => `${f.value.type}@${f.value.time}`),
  );
  // "The second one went on at 0340", one placed at 0321 and one at 0340: that one again ("another TQ": one more).
  const placedBefore = (type: string, time: string): boolean =>
    found.some((f) => f.value.type === type && f.value.location && f.value.time && f.value.time !== time);
  return found.filter((f) => {
    const { type, location, time } = f.value;
    const again = !f.another || (f.another === 'numbered' && placedBefore(type, time ?? ''));
    if (time && !location && again && !f.counted && placedAt.has(`${type}@${time}`)) return false;
    if (time && (location || !f.counted)) {
      const key = `${type}@${location}@${time}`;
      const said = timedDevices.get(key);
      if (said !== undefined && said !== f.span.start && !f.another) return false;
      timedDevices.set(key, f.span.start);
    }
    if (f.fromRoute) {
      const key = `${f.value.type}@${f.value.location}`;
      if (placed.has(key)) return false;
      placed.add(key);
      return true;
    }
    return f.counted || keepBare(f);
  });
}
