/**
 * Medications and fluids: name from the lexicon (brands map to generics), then dose or volume,
 * route and time from the words after the name, or just before it ("five hundred mils of hextend").
 * A route said once after a list of drugs applies to each drug in the list (medication-lists.ts).
 */
import type { Fluid, Medication } from '../record.js';
import {
  claim,
  findBareVolume,
  findDose,
  findRoute,
  findTime,
  findVolume,
  nextThingStart,
  previousBoundary,
  type Read,
} from './attributes.js';
import { readClock } from '../text/clock.js';
import { findBareDose } from './bare-doses.js';
import { repairedRoute } from './route-repairs.js';
import type { Doc } from './document.js';
import { bareRepeatFilter, spanOf, type Found } from './found.js';
import { BLOOD_UNIT_WORDS, WHOLE_BLOOD_UNIT_ML } from './lexicon/drugs.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { tagOf, type Mention } from './matcher.js';
import { timeOfAct } from './act-times.js';

/** How far before a name a dose or volume may be ("one unit of whole blood"). */
const LOOK_BEHIND = 5;

/** A found medication with the token positions that route sharing needs. */
export interface FoundMedication extends Found<Medication> {
  sentence: number;
  /** Token index of the name and of the end of what was read. */
  at: number;
  end: number;
  /** Token index of a route read after the name, or -1. */
  routeAt: number;
  /** True when the time was read after the name. */
  timeAfter: boolean;
  /** True when the name itself gave the route ("OTFC", "fentanyl lozenge"). */
  routeNamed: boolean;
}

function spanning(
  doc: Doc,
  start: number,
  end: number,
  reads: (Read<unknown> | null)[],
): { start: number; end: number } {
  let s = start;
  let e = end;
  for (const r of reads) {
    if (!r) continue;
    s = Math.min(s, r.start);
    e = Math.max(e, r.end);
  }
  return spanOf(doc, s, e);
}

/** Words between "holding" and the drug it holds ("holding off on the fentanyl"). */
const HELD_GAP = new Set(['the', 'off', 'on', 'his', 'her', 'any']);

/** "holding the fentanyl", "hold the morphine": a drug held back, not given ("holding pressure" holds no drug). */
function heldBefore(doc: Doc, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && HELD_GAP.has(doc.tokens[j].norm)) j--;
  return (
    j >= 0 && (doc.tokens[j].norm === 'holding' || doc.tokens[j].norm === 'hold') && doc.chunk[j] === doc.chunk[at]
  );
}

/**
 * A dose said before the drug ("one gram of TXA"), unless a clock time stands between them: then the dose and its
 * time are an earlier giving ("TXA one gram IV fourteen twelve, fentanyl fifty micrograms"), not this drug's, unless
 * that giving was of this same drug ("ertapenem one gram IV eleven ten, ok ertapenem is in"). Another dose of the last
 * drug ("2.5 mg IV at 1130, another two point five") is that dose again, wherever it was said.
 */
function doseBefore(doc: Doc, k: number, from: number, named: string | undefined): Read<string> | null {
  const m = doc.mentions[k];
  const dose = findDose(doc, from, m.start, named !== undefined);
  if (!dose || !named) return dose;
  let timed = false;
  for (let i = dose.end; i < m.start; i++) if (readClock(doc.tokens, i)) timed = true;
  if (!timed) return dose;
  const earlier = doc.mentions.slice(0, k).findLast((e) => e.end <= dose.start && tagOf(e, 'medication'));
  const sameSentence = earlier !== undefined && doc.sentence[earlier.start] === doc.sentence[m.start];
  return sameSentence && tagOf(earlier, 'medication')?.value === named ? dose : null;
}

/** "Then TXA, two grams, same route": the drug goes the way the drug before it went. */
function saysSameRoute(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++)
    if (doc.tokens[i].norm === 'same' && doc.tokens[i + 1].norm === 'route') return true;
  return false;
}

/** "fentanyl fentanyl fifty micrograms": a drug named twice over is one drug, read at its second naming. */
function saidAgainNext(doc: Doc, k: number): boolean {
  const [m, next] = [doc.mentions[k], doc.mentions[k + 1]];
  const name = tagOf(m, 'medication')?.value;
  return name !== undefined && next?.start === m.end && tagOf(next, 'medication')?.value === name;
}

/** Whether the mention after `k` is a drug named within a word of `end` (the dose a repeat read). */
function namesDrugNext(doc: Doc, k: number, end: number): boolean {
  const next = doc.mentions[k + 1];
  return next !== undefined && next.start - end <= 1 && next.start >= end && tagOf(next, 'medication') !== undefined;
}

/** Reads the medication named at mention `k`, or another dose of `last` at a "repeated" mention. */
export function readMedication(doc: Doc, k: number, last?: Medication): FoundMedication | null {
  const m = doc.mentions[k];
  const named = tagOf(m, 'medication');
  const again = tagOf(m, 'repeat');
  // "morphine 2.5 mg IV 1130, another 2.5 at 1135": another dose goes the way the last went, unless said otherwise.
  const repeated = !named && again && !again.fluid && last ? { value: last.name, route: last.route } : undefined;
  const tag = named ?? repeated;
  if (!tag || heldBefore(doc, m.start) || saidAgainNext(doc, k)) return null;
  // "repeated fentanyl 50 micrograms": a drug named right after the word of repeating is the one given again.
  if (repeated && namesDrugNext(doc, k, m.end)) return null;
  const windowEnd = Math.min(doc.sentenceEnd[m.start], nextThingStart(doc, k));
  const behind = previousBoundary(doc, k, LOOK_BEHIND, doc.chunk);
  // "second gram" only after a dose in grams: never a gram of ketamine after "50 mg".
  const inUnit = again?.dose && last?.dose?.split(' ')[1] === again.dose.split(' ')[1];
  const said = repeated && inUnit ? { value: again.dose!, start: m.start, end: m.end } : null;
  if (repeated && again?.dose && !inUnit) return null;
  // A drug named anew reads no other drug's dose; "another two point five" is the last dose again, said before it.
  const dose =
    said ??
    findDose(doc, m.end, windowEnd, !repeated) ??
    doseBefore(doc, k, behind, repeated ? undefined : tag.value) ??
    (named ? findBareDose(doc, m, named.value) : null);
  const routeSaid = findRoute(doc, m.end, windowEnd);
  const routeAfter = routeSaid && repairedRoute(doc, routeSaid, doc.sentenceEnd[m.start]);
  // "about to give ertapenem one gram IV ... ok ertapenem is in": a dose read before the drug brings its route.
  const route =
    routeAfter ??
    findRoute(doc, Math.max(behind, m.start - 1), m.start) ??
    (dose && dose.start < m.start ? findRoute(doc, Math.max(behind, dose.start), m.start) : null);
  // "another twenty five micrograms fentanyl IV": a dose with a drug named right after it is that drug's dose.
  if (repeated && (!dose || namesDrugNext(doc, k, dose.end))) return null;
  // The dose is claimed first, so an amount read as one ("Tylenol 1300, Mobic 15") is no time as well.
  if (dose && dose !== said) claim(doc, dose);
  const time = timeOfAct(doc, k, { from: m.end, to: windowEnd }, behind, true);
  if (time) claim(doc, time);
  const value: Medication = { name: tag.value };
  if (dose) value.dose = dose.value;
  if (route) value.route = route.value;
  else if (tag.route) value.route = tag.route;
  else if (last?.route && saysSameRoute(doc, m.end, windowEnd)) value.route = last.route;
  if (time) value.time = time.value;
  const span = spanning(doc, m.start, m.end, [dose, route, time]);
  return {
    value,
    span,
    sentence: doc.sentence[m.start],
    at: m.start,
    end: Math.max(m.end, dose?.end ?? 0, routeAfter?.end ?? 0),
    routeAt: routeAfter ? routeAfter.start : -1,
    timeAfter: time !== null && time.start > m.start,
    routeNamed: !route && Boolean(tag.route),
  };
}

/** Reads the fluid named at mention `k`, or another unit of `last` at a "2nd unit" mention. */
export function readFluid(doc: Doc, k: number, last?: Fluid): (Found<Fluid> & { laterUnits?: Found<Fluid>[] }) | null {
  const m = doc.mentions[k];
  const named = tagOf(m, 'fluid');
  // "second unit of whole blood": the fluid named right after reads itself, with this unit.
  const again = named
    ? adjacentUnit(doc, k - 1, k)
    : tagOf(m, 'repeat')?.fluid && !adjacentUnit(doc, k, k + 1)
      ? m
      : undefined;
  const tag = named ?? (again && last ? { value: last.name } : undefined);
  if (!tag) return null;
  const windowEnd = Math.min(doc.sentenceEnd[m.start], nextThingStart(doc, k));
  const behind = previousBoundary(doc, k, LOOK_BEHIND, doc.chunk);
  const unitMl = tag.value === 'whole_blood' ? WHOLE_BLOOD_UNIT_ML : null;
  // "2nd unit": the unit is in the mention itself.
  const volume =
    again && unitMl
      ? { value: unitMl, start: again.start, end: again.end }
      : (findVolume(doc, behind, m.start, unitMl) ??
        findVolume(doc, m.end, windowEnd, unitMl) ??
        findBareVolume(doc, m.end) ??
        // "Hextend, five hundred, going in IV": a volume set off by commas right after its fluid.
        (doc.tokens[m.end]?.norm === ',' && setOff(doc, m.end + 2) ? findBareVolume(doc, m.end + 1) : null) ??
        // "five hundred of lactated Ringer's", "500 of whole blood", "five hundred lactated ringers": the volume said before its fluid.
        (doc.tokens[m.start - 1]?.norm === 'of' ? findBareVolume(doc, m.start - 2) : findBareVolume(doc, m.start - 1)));
  const route = findRoute(doc, m.end, windowEnd) ?? findRoute(doc, Math.max(behind, m.start - 1), m.start);
  // "two units of whole blood … first unit 0306, second unit 0318": each unit said with its own time is one unit.
  const counted = unitMl && volume && volume.value > unitMl ? volume.value / unitMl : 0;
  // "Whole blood 2 units IO, first 0541, second 0552": as many times as units, each after its ordinal.
  const timed = counted ? unitTimes(doc, m.end) : [];
  const eachTimed = timed.length === counted;
  const firstUnit = counted ? (eachTimed ? timed[0] : firstUnitTime(doc, m.end)) : null;
  const time = firstUnit ?? timeOfAct(doc, k, { from: m.end, to: windowEnd }, behind);
  if (time) claim(doc, time);
  const value: Fluid = { name: tag.value };
  if (volume) value.volume_ml = firstUnit && unitMl ? unitMl : volume.value;
  if (route && (route.value === 'IV' || route.value === 'IO')) value.route = route.value;
  // "first unit 0306, second unit 0318": another unit runs where the last one ran.
  else if (again && !named && last?.route) value.route = last.route;
  if (time) value.time = time.value;
  const found = { value, span: spanning(doc, m.start, m.end, [volume, route, time]) };
  // "Two units whole blood IO" with no time at all: each unit is one transfusion, as when each is timed; a count said
  // with one time ("2 units IO starting 0940") stays one fact of their total.
  const inUnits = volume !== null && BLOOD_UNIT_WORDS.has(doc.tokens[volume.end - 1]?.norm ?? '');
  if (counted >= 2 && inUnits && !time && Number.isInteger(counted)) {
    value.volume_ml = unitMl!;
    return {
      ...found,
      laterUnits: Array.from({ length: counted - 1 }, () => ({ value: { ...value }, span: found.span })),
    };
  }
  if (!eachTimed) return found;
  for (const t of timed) claim(doc, t);
  const laterUnits = timed
    .slice(1)
    .map((t) => ({ value: { ...value, time: t.value }, span: spanOf(doc, t.start, t.end) }));
  return { ...found, laterUnits };
}

/** A comma, a sentence end or the end of the narrative at token `i`: what sets off an item said alone. */
const setOff = (doc: Doc, i: number): boolean =>
  i >= doc.tokens.length || doc.tokens[i].norm === ',' || SENTENCE_ENDS.has(doc.tokens[i].norm);

/**
 * The time after each ordinal ("first 0541, second 0552") shortly after a fluid counted in units; empty unless two.
 * "second unit 0318" is empty here: that unit is read at its own mention.
 */
function unitTimes(doc: Doc, from: number): Read<string>[] {
  const end = Math.min(doc.tokens.length, from + UNIT_TIMES_REACH);
  const times: Read<string>[] = [];
  for (const word of ['first', 'second', 'third', 'fourth']) {
    const at = doc.tokens.findIndex((t, i) => i >= from && i < end && t.norm === word);
    if (at < 0) break;
    if (/^units?$/.test(doc.tokens[at + 1]?.norm ?? '')) return [];
    // The reach bounds where the ordinals are said; each one's time follows it ("… the second at 0325").
    const time = findTime(doc, at + 1, Math.min(doc.sentenceEnd[at], at + 3));
    if (!time) break;
    times.push(time);
  }
  return times.length >= 2 ? times : [];
}

/** How far after the fluid its units may be timed one by one. */
const UNIT_TIMES_REACH = 12;

/** The time said after "first unit" shortly after a fluid counted in units, when a second is also timed. */
function firstUnitTime(doc: Doc, from: number): Read<string> | null {
  const end = Math.min(doc.tokens.length, from + UNIT_TIMES_REACH);
  const at = (word: string): number => {
    for (let i = from; i < end; i++) if (doc.tokens[i].norm === word) return i;
    return -1;
  };
  // "first unit" says one unit (what the grounding check asks of a 500 ml volume), "the first at" does not.
  const first = at('first');
  const second = at('second');
  if (first < 0 || second < first || !/^units?$/.test(doc.tokens[first + 1]?.norm ?? '')) return null;
  return findTime(doc, first + 2, Math.min(second, first + 5));
}

/** The "2nd unit" mention at `unit` when the fluid mention at `named` follows it directly ("second unit of whole blood"). */
function adjacentUnit(doc: Doc, unit: number, named: number): Mention | undefined {
  const u = doc.mentions[unit];
  const f = doc.mentions[named];
  if (!u || !f || !tagOf(u, 'repeat')?.fluid || !tagOf(f, 'fluid')) return undefined;
  return f.start - u.end <= 1 && doc.chunk[f.start] === doc.chunk[u.start] ? u : undefined;
}

/** Drops bare mentions of a fluid already recorded with a volume, route or time. */
export function mergeFluidRepeats(fluids: Found<Fluid>[]): Found<Fluid>[] {
  return fluids.filter(
    bareRepeatFilter(
      fluids,
      (f) => f.value.name,
      (f) => Boolean(f.value.volume_ml || f.value.route || f.value.time),
    ),
  );
}
