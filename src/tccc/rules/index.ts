/**
 * The rules engine: narrative text → TCCC record, deterministic, no model, no network.
 * Each fact comes with the span of narrative words it was read from.
 */
import type { EvidenceSpan, EvidencedRecord } from '../extraction.js';
import type { Fluid, Injury, Intervention, InterventionType, Location, TcccRecord, VitalsSet } from '../record.js';
import { isRecord } from '../validate.js';
import { excludeOtherNamed, excludeOtherNumbered, findCasualty } from './casualty.js';
import { isAffirmed } from './attributes.js';
import { rosterAt } from './list-cues.js';
import { readDoc, type Doc } from './document.js';
import type { Found, Span } from './found.js';
import { findGrid } from './grid.js';
import { findHeadStrikes } from './head-strikes.js';
import { dedupeInjuries, findEvacPriority, readInjuries } from './injuries.js';
import { findMechanisms } from './mechanisms.js';
import { completeActs, overThePacking, type Act } from './completions.js';
import { completeCalledTimes, completeWrittenTimes } from './written-times.js';
import { placesAnother, restatesLast, secondOfCounted, shareWithJoined, timeOfPlaced } from './restatements.js';
import {
  NO_LOCATION,
  interventionType,
  mergeRepeats,
  readIntervention,
  readRouteSite,
  type FoundIntervention,
} from './interventions.js';
import { isAnotherOfSame, namesPartUnplaced, refersBack, saysOneMore } from './device-referents.js';
import { shareRoutes } from './medication-lists.js';
import { saysSamePlace } from './same-fields.js';
import { fieldStamp } from './field-stamps.js';
import { readMedication, type FoundMedication } from './medications.js';
import { withOrdersGiven } from './ordered-drugs.js';
import { mergeFluidRepeats, readFluid } from './fluids.js';
import { findTimeOfInjury } from './time-of-injury.js';
import { findVitals } from './vitals.js';
import { answeredPain, withAnsweredPain } from './answers.js';
import { readLocations } from './locations.js';
import { findLostLimbs } from './lost-limbs.js';
import { findChestSigns } from './chest-signs.js';
import { sideCarry } from './sides.js';
import { headingStamp, lineStamp, readLineClocks, sentenceStamp } from './time-stamps.js';
import { dropEarlier, givenInstead, goesThroughIt, lastLine, lineJustPlaced } from './drug-links.js';
import { sentenceStart } from './sentence-ends.js';

/** Extracts a schema-valid record and its evidence. Never throws; returns an empty record if anything goes wrong. */
export function extractWithEvidence(text: string): EvidencedRecord {
  try {
    const result = extract(typeof text === 'string' ? text : '');
    return isRecord(result.record) ? result : { record: {}, evidence: [] };
  } catch {
    return { record: {}, evidence: [] };
  }
}

/** Extracts a schema-valid record from a narrative. Never throws. */
export function extractRecord(text: string): TcccRecord {
  return extractWithEvidence(text).record;
}

function extract(text: string): EvidencedRecord {
  const doc = readDoc(text);
  const record: TcccRecord = {};
  const evidence: EvidenceSpan[] = [];
  const note = (path: string, span: Span): void => {
    evidence.push({ path, start: span.start, end: span.end });
  };

  // Identity and grid first: they claim the digits of roster numbers and grids so no time reads them.
  excludeOtherNumbered(doc);
  const casualty = findCasualty(doc);
  excludeOtherNamed(doc, casualty?.value.name);
  const grid = findGrid(doc);
  // Before treatments, so the time of injury is claimed and no treatment or vitals set reads it as its own.
  const timeOfInjury = findTimeOfInjury(doc);
  // After the time of injury, which no line's time may be; before any act or sign takes a line's time as its own.
  const lines = readLineClocks(doc);
  // The words the grid and roster above read are theirs: "roster WB4471" holds no whole blood.
  const identity = doc.claimed.slice();

  // Treatments in narrative order, so each claims the time that follows it before the next can.
  const injuries: Found<Injury>[] = [];
  const interventions: FoundIntervention[] = [];
  const medications: FoundMedication[] = [];
  const fluids: Found<Fluid>[] = [];
  // The place of the last wound or device read, for "a pressure dressing over it" in this sentence or the next.
  // `wound` when a wound named it, not a device placed there by name.
  let lastPlace: { location: Location; sentence: number; wound: boolean } | null = null;
  const stamps = new Map<number, string | null>();
  // Devices given the place of the wound before them, undone when the narrative places such a device itself.
  const placedByWound = new Set<FoundIntervention>();
  // Devices said as "a second one": another device, whose own place says nothing of the first one's.
  const anotherDevices = new Set<FoundIntervention>();
  // Dressings and splints read with no place of their own, and the wound each is said right after.
  const dressedWounds = new Map<FoundIntervention, Location>();
  const overPacking: FoundIntervention[] = [];
  // Acts whose time or place a following sentence of their own may still say ("Time on is zero nine twelve").
  const acts: Act[] = [];
  for (let k = 0; k < doc.mentions.length; k++) {
    // "roster IO2291", "Lee, Daniel, IV4410,": the letters of a roster number read there are no care.
    const start = doc.mentions[k].start;
    if (!isAffirmed(doc, k) || (identity[start] && rosterAt(doc.tokens, start))) continue;
    const sentence = doc.sentence[doc.mentions[k].start];
    const wounds = readInjuries(doc, k);
    injuries.push(...wounds);
    const named = interventionType(doc, k);
    const type = named ?? anotherOf(doc, k, acts, sentence);
    const read = type ? readIntervention(doc, k, type) : [];
    if (!named) for (const f of read) anotherDevices.add(f);
    if (!named || isAnotherOfSame(doc, k)) for (const f of read) f.another = saysOneMore(doc, k) ? 'more' : 'numbered';
    if (
      read.length === 1 &&
      !read[0].value.location &&
      lastPlace &&
      sentence - lastPlace.sentence <= 2 &&
      refersBack(doc, k, read[0].value.type)
    ) {
      // "His left eye looks bad, putting a shield on it": the part named earlier in the sentence, else the last place.
      read[0].value.location = partBefore(doc, k) ?? lastPlace.location;
    } else if (
      read.length === 1 &&
      !read[0].value.location &&
      lastPlace &&
      sentence - lastPlace.sentence <= 2 &&
      takesWoundPlace(read[0].value.type, lastPlace) &&
      // Not a device already placed and spoken of again ("tourniquet is off", "TQ still holding").
      !acts.some((a) => sameDevice(a, read[0].value.type))
    ) {
      // "Round went into the right thigh. Getting a CAT on, high and tight.": the device goes where the wound is.
      read[0].value.location = lastPlace.location;
      placedByWound.add(read[0]);
    } else if (
      read.length === 1 &&
      !read[0].value.location &&
      lastPlace &&
      sentence - lastPlace.sentence <= 1 &&
      dressesWound(read[0].value.type, lastPlace.location) &&
      !namesPartUnplaced(doc, k)
    ) {
      // "GSW R shoulder. Combat Gauze packed at 2231": unless a place is said for it later, it dresses that wound.
      dressedWounds.set(read[0], lastPlace.location);
    }
    if (read.length === 1 && !read[0].value.location && (isAnotherOfSame(doc, k) || saysSamePlace(doc, k))) {
      const same = [...acts].reverse().find((a) => sentence - a.sentence <= 2 && sameDevice(a, read[0].value.type));
      const location = same && (same.found.value as Partial<Intervention>).location;
      if (location) read[0].value.location = location;
    }
    // "Now an emergency bandage over the packing": it goes where the packing went.
    if (read.length === 1 && !read[0].value.location && overThePacking(doc, k)) overPacking.push(read[0]);
    const lineTime = lineStamp(lines, doc, doc.mentions[k].start)?.time;
    const stamp =
      sentenceStamp(doc, k, stamps, timeOfInjury?.at ?? -1) ?? headingStamp(doc, k) ?? fieldStamp(doc, k) ?? lineTime;
    const unstamped = read.filter((f) => !f.value.time);
    if (stamp) for (const f of unstamped) f.value.time = stamp;
    // A time that is the stamp's, or the line's own clock read as the act's, is not one said of the act.
    const stamped = (f: FoundIntervention) => (!!stamp && unstamped.includes(f)) || f.value.time === lineTime;
    if (restatesLast(doc, k, read, acts, sentence, read.some(stamped))) read.length = 0;
    else shareWithJoined(doc, k, read, acts);
    interventions.push(...read);
    for (const f of read)
      acts.push({
        found: f,
        sentence,
        takesPlace: !NO_LOCATION.has(f.value.type),
        end: doc.mentions[k].end,
        counted: f.counted,
        stamped: stamped(f),
      });
    const placed = [...wounds, ...read].reverse().find((f) => f.value.location);
    if (placed?.value.location)
      lastPlace = { location: placed.value.location, sentence, wound: !read.some((f) => f === placed) };
    const site = readRouteSite(doc, k);
    if (site) interventions.push(site);
    const ownWords = !identity[doc.mentions[k].start];
    const med = ownWords ? readMedication(doc, k, medications[medications.length - 1]?.value) : null;
    if (med && givenInstead(doc, med, medications)) dropEarlier(doc, medications, med);
    if (med) medications.push(med);
    const fluid = ownWords ? readFluid(doc, k, fluids[fluids.length - 1]?.value) : null;
    // Each unit of a count runs through the same line as the first.
    const units = fluid ? [fluid, ...(fluid.laterUnits ?? [])] : [];
    const lineBefore = fluid && !fluid.value.route ? lineJustPlaced(acts, sentence) : null;
    if (lineBefore) for (const f of units) f.value.route ??= lineBefore;
    fluids.push(...units);
    for (const f of [med, fluid]) if (f && stamp) f.value.time ??= stamp;
    // "IO in, right humerus. Pushing a unit of whole blood through it": the route is the line just placed.
    const line =
      [med, fluid].some((f) => f && !f.value.route) && goesThroughIt(doc, k) ? lastLine(acts, sentence) : null;
    for (const f of [med, ...units]) if (f && line) f.value.route ??= line;
    for (const f of [med, fluid]) if (f) acts.push({ found: f, sentence, takesPlace: false });
  }
  injuries.push(...findLostLimbs(doc), ...findChestSigns(doc), ...findHeadStrikes(doc));
  completeActs(doc, acts);
  completeWrittenTimes(doc, acts);
  completeCalledTimes(doc, acts);
  for (const [f, location] of dressedWounds) f.value.location ??= location;
  for (const f of overPacking) {
    const packed = interventions.filter((p) => p.value.type === 'hemostatic_dressing' && p !== f).at(-1);
    if (packed?.value.location && interventions.indexOf(packed) < interventions.indexOf(f))
      f.value.location = packed.value.location;
  }
  // A device said as one more ("2nd TQ R thigh above the first") places itself only, not the one before.
  for (const f of placedByWound)
    if (
      interventions.some(
        (o) =>
          !placedByWound.has(o) &&
          !anotherDevices.has(o) &&
          !o.another &&
          o.value.type === f.value.type &&
          o.value.location,
      )
    )
      delete f.value.location;
  const vitals = withAnsweredPain(findVitals(doc, lines), answeredPain(doc));

  if (casualty) {
    record.casualty = casualty.value;
    for (const [field, span] of Object.entries(casualty.fields ?? {})) if (span) note(`/casualty/${field}`, span);
  }
  if (grid) {
    record.location_grid = grid.value;
    note('/location_grid', grid.span);
  }
  if (timeOfInjury) {
    record.time_of_injury = timeOfInjury.value;
    note('/time_of_injury', timeOfInjury.span);
  }
  const evac = findEvacPriority(doc);
  if (evac) {
    record.evac_priority = evac.value;
    note('/evac_priority', evac.span);
  }
  addList(record, 'mechanism', findMechanisms(doc), note);
  addList(record, 'injuries', dedupeInjuries(injuries), note);
  addVitals(record, vitals, note);
  // A device given a time later with no place ("write TQ 1453 on his forehead") takes it, before repeats are merged.
  addList(record, 'interventions', mergeRepeats(timeOfPlaced(interventions)), note);
  addList(record, 'fluids', mergeFluidRepeats(fluids), note);
  addList(record, 'medications', shareRoutes(doc, withOrdersGiven(doc, medications)), note);
  return { record, evidence };
}

const LIMBS = new Set<Location>(['left_arm', 'right_arm', 'left_leg', 'right_leg']);
/**
 * A device whose place, when unsaid, can only be the wound just named: a tourniquet on a limb, a junctional tourniquet
 * on the groin, a chest seal or needle on the chest.
 */
const takesWoundPlace = (type: InterventionType, { location: place, wound }: { location: Location; wound: boolean }) =>
  (type === 'tourniquet' && LIMBS.has(place)) ||
  // Only from the wound itself: after "packed the groin with gauze" the groin is the dressing's, said for it alone.
  (type === 'junctional_tourniquet' && place === 'groin' && wound) ||
  ((type === 'chest_seal' || type === 'needle_decompression') && place === 'chest');

/** Care that goes on a wound, placed where the wound named in its sentence or the one before is when no place is said for it. */
const dressesWound = (type: InterventionType, place: Location): boolean =>
  type === 'hemostatic_dressing' || type === 'pressure_dressing' || (type === 'splint' && LIMBS.has(place));

/** The last body part named in the sentence before mention `k` (a limb's side carried from before), if any. */
function partBefore(doc: Doc, k: number): Location | null {
  const m = doc.mentions[k];
  const start = sentenceStart(doc, m.start);
  const found = readLocations(doc.tokens, start, m.start, sideCarry(doc));
  return found[found.length - 1]?.location ?? null;
}

const sameDevice = (act: Act, type: InterventionType): boolean =>
  (act.found.value as Partial<Intervention>).type === type;

/** The device a "second one going on ..." is another of: the last act, when it was a device placed in the last two sentences. */
function anotherOf(doc: Doc, k: number, acts: readonly Act[], sentence: number): InterventionType | null {
  const last = acts[acts.length - 1];
  if (!last || sentence - last.sentence > 2 || !placesAnother(doc, k)) return null;
  // Counted devices with no place of their own leave it as one more: the place it reads is the only one said.
  if (last.counted && last.found.value.location && secondOfCounted(doc, last.end, k)) return null;
  return (last.found.value as Partial<Intervention>).type ?? null;
}

type ListKey = 'mechanism' | 'injuries' | 'interventions' | 'fluids' | 'medications';

function addList<K extends ListKey>(
  record: TcccRecord,
  key: K,
  found: Found<NonNullable<TcccRecord[K]>[number]>[],
  note: (path: string, span: Span) => void,
): void {
  if (found.length === 0) return;
  record[key] = found.map((f) => f.value) as TcccRecord[K];
  found.forEach((f, i) => note(`/${key}/${i}`, f.span));
}

function addVitals(record: TcccRecord, sets: Found<VitalsSet>[], note: (path: string, span: Span) => void): void {
  const kept = sets.filter((s) => Object.keys(s.value).some((k) => k !== 'time'));
  if (kept.length === 0) return;
  record.vitals = kept.map((s) => s.value);
  kept.forEach((s, i) => {
    note(`/vitals/${i}`, s.span);
    for (const [field, span] of Object.entries(s.fields ?? {})) if (span) note(`/vitals/${i}/${field}`, span);
  });
}
