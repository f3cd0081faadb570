/**
 * Fluids: name from the lexicon, then volume, route and time from the words after the name, or just before it ("five
 * hundred mils of hextend"); whole blood counted in units, each unit timed on its own ("first unit 0306, second 0318").
 */
import type { Fluid } from '../record.js';
import {
  claim,
  findBareVolume,
  findRoute,
  findTime,
  findVolume,
  nextThingStart,
  previousBoundary,
  type Read,
} from './attributes.js';
import type { Doc } from './document.js';
import { timeOfAct } from './act-times.js';
import { bareRepeatFilter, spanOf, spanning, type Found } from './found.js';
import { BLOOD_UNIT_WORDS, WHOLE_BLOOD_UNIT_ML } from './lexicon/drugs.js';
import { heldBefore, LOOK_BEHIND } from './medications.js';
import { listedTimes } from './listed-times.js';
import { isGridSquare } from './grid-squares.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { tagOf, type Mention } from './matcher.js';

/** Reads the fluid named at mention `k`, or another unit of `last` at a "2nd unit" mention. */
export function readFluid(doc: Doc, k: number, last?: Fluid): (Found<Fluid> & { laterUnits?: Found<Fluid>[] }) | null {
  const m = doc.mentions[k];
  const named = tagOf(m, 'fluid');
  // "second unit of whole blood": the fluid named right after reads itself, with this unit.
  // "LTOWB unit 2 IO": the unit said right after the fluid's name is this one, read with it.
  const unitAfter = named ? adjacentUnit(doc, k + 1, k) : undefined;
  const again = named
    ? (adjacentUnit(doc, k - 1, k) ?? unitAfter)
    : tagOf(m, 'repeat')?.fluid && !adjacentUnit(doc, k, k + 1) && !adjacentUnit(doc, k, k - 1)
      ? m
      : undefined;
  const tag = named ?? (again && last ? { value: last.name } : undefined);
  if (!tag || isGridSquare(doc.tokens, m.start) || heldBefore(doc, m.start)) return null;
  const windowEnd = Math.min(doc.detailsEnd[m.start], nextThingStart(doc, unitAfter ? k + 1 : k));
  const after = unitAfter ? unitAfter.end : m.end;
  const behind = previousBoundary(doc, k, LOOK_BEHIND, doc.chunk);
  const unitMl = tag.value === 'whole_blood' ? WHOLE_BLOOD_UNIT_ML : null;
  // "2nd unit": the unit is in the mention itself.
  const volume =
    again && unitMl
      ? { value: unitMl, start: again.start, end: again.end }
      : ((unitMl ? numberedUnit(doc, m.end, unitMl) : null) ??
        findVolume(doc, behind, m.start, unitMl) ??
        findVolume(doc, m.end, windowEnd, unitMl) ??
        findBareVolume(doc, m.end) ??
        // "Hextend, five hundred, going in IV": a volume set off by commas right after its fluid.
        (doc.tokens[m.end]?.norm === ',' && setOff(doc, m.end + 2) ? findBareVolume(doc, m.end + 1) : null) ??
        // "five hundred of lactated Ringer's", "500 of whole blood", "five hundred lactated ringers": the volume said before its fluid.
        (doc.tokens[m.start - 1]?.norm === 'of' ? findBareVolume(doc, m.start - 2) : findBareVolume(doc, m.start - 1)));
  const route = findRoute(doc, after, windowEnd) ?? findRoute(doc, Math.max(behind, m.start - 1), m.start);
  // "two units of whole blood … first unit 0306, second unit 0318": each unit said with its own time is one unit.
  const counted = unitMl && volume && volume.value > unitMl ? volume.value / unitMl : 0;
  // "Whole blood 2 units IO, first 0541, second 0552": as many times as units, each after its ordinal.
  const timed = counted ? unitTimes(doc, m.end) : [];
  const eachTimed = timed.length === counted;
  // "two units of whole blood through it, the first at ten oh eight": only the first unit is timed; the rest run untimed.
  const loneFirst = counted && !eachTimed && Number.isInteger(counted) ? loneFirstTime(doc, k) : null;
  const firstUnit = counted ? (eachTimed ? timed[0] : (firstUnitTime(doc, m.end) ?? loneFirst)) : null;
  const time = firstUnit ?? timeOfAct(doc, k, findTime(doc, after, windowEnd), findTime(doc, behind, m.start));
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
  if (loneFirst && firstUnit === loneFirst) {
    const { time: _first, ...untimed } = value;
    return {
      ...found,
      laterUnits: Array.from({ length: counted - 1 }, () => ({ value: { ...untimed }, span: found.span })),
    };
  }
  if (!eachTimed) return found;
  for (const t of timed) claim(doc, t);
  const laterUnits = timed
    .slice(1)
    .map((t) => ({ value: { ...value, time: t.value }, span: spanOf(doc, t.start, t.end) }));
  return { ...found, laterUnits };
}

/**
 * "LTOWB #1 IO 1605", "WB #2": a unit numbered with "#" right after the fluid's name is one unit of it (the number
 * counts the units hung, never how many go in at once).
 */
function numberedUnit(doc: Doc, i: number, unitMl: number): Read<number> | null {
  const n = doc.tokens[i + 1];
  if (doc.tokens[i]?.norm !== '#' || n?.kind !== 'number' || !/^[1-9]$/.test(n.raw)) return null;
  return { value: unitMl, start: i, end: i + 2 };
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
  if (times.length === 0) return listedTimes(doc, from, Math.min(end, doc.sentenceEnd[from] ?? end));
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

/**
 * The time said right after "the first" shortly after the fluid counted in units at mention `k`, when no other unit is
 * timed or named again anywhere after it (a "second unit" read at its own mention would be counted twice).
 */
function loneFirstTime(doc: Doc, k: number): Read<string> | null {
  const from = doc.mentions[k].end;
  const end = Math.min(doc.tokens.length, from + UNIT_TIMES_REACH, doc.sentenceEnd[from] ?? doc.tokens.length);
  let first = -1;
  for (let i = from; i < end && first < 0; i++) if (doc.tokens[i].norm === 'first') first = i;
  if (first < 0 || !/^(the|,)$/.test(doc.tokens[first - 1]?.norm ?? '')) return null;
  const later = doc.tokens.slice(first, first + 2 * UNIT_TIMES_REACH);
  if (later.some((t) => /^(second|2nd)$/.test(t.norm))) return null;
  if (doc.mentions.some((u, j) => j > k && tagOf(u, 'repeat')?.fluid)) return null;
  const next = doc.tokens[first + 1]?.norm;
  const at = next === 'at' || next === 'one' || next === 'unit' ? first + 2 : first + 1;
  return findTime(doc, at, Math.min(end, at + 4));
}

/**
 * The "2nd unit" mention at `unit` when the fluid mention at `named` is said right with it, before ("second unit of
 * whole blood") or after ("LTOWB unit 2").
 */
function adjacentUnit(doc: Doc, unit: number, named: number): Mention | undefined {
  const u = doc.mentions[unit];
  const f = doc.mentions[named];
  if (!u || !f || !tagOf(u, 'repeat')?.fluid || !tagOf(f, 'fluid')) return undefined;
  const gap = unit < named ? f.start - u.end : u.start - f.end;
  return gap <= 1 && doc.chunk[f.start] === doc.chunk[u.start] ? u : undefined;
}

/**
 * Drops bare mentions of a fluid already recorded with a volume, route or time, and a fluid said again whole with the
 * same time ("LR one liter IO, oh-three-fifty" read back after "Lactated Ringer's, one liter, through the IO, started
 * zero three fifty"): one bag does not start twice in the same minute.
 */
export function mergeFluidRepeats(fluids: Found<Fluid>[]): Found<Fluid>[] {
  const keyOf = ({ value: v }: Found<Fluid>) => `${v.name}|${v.volume_ml}|${v.route}|${v.time}`;
  const timed = new Set<string>();
  return fluids
    .filter(
      bareRepeatFilter(
        fluids,
        (f) => f.value.name,
        (f) => Boolean(f.value.volume_ml || f.value.route || f.value.time),
      ),
    )
    .filter((f) => {
      if (!f.value.time) return true;
      const seen = timed.has(keyOf(f));
      timed.add(keyOf(f));
      return !seen;
    });
}
