/**
 * Readers for what follows a treatment: its time, dose, volume and route, each looked for in a
 * window of tokens the caller bounds (usually up to the next thing mentioned).
 */
import type { MedicationRoute } from '../record.js';
import { meridiemDotAt, readClock } from '../text/clock.js';
import type { Doc } from './document.js';
import { BLOOD_UNIT_WORDS, DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import { tagOf, type Mention } from './matcher.js';
import { heardRoute } from './heard-routes.js';
import { drawnBeforeWeight, isCount, setAside, strengthEnd } from './drug-strengths.js';
import { timeFreed } from './freed-times.js';

/** A value read from tokens `[start, end)`. */
export interface Read<T> {
  value: T;
  start: number;
  end: number;
}

/** Categories that stand for a new thing in the narrative and so end the window of the previous one. */
const THING_CATEGORIES = new Set(['injury', 'intervention', 'medication', 'fluid', 'vital', 'avpu', 'evac', 'repeat']);

/** True when the mention names a thing (not a route, negation or other modifier). */
export function isThing(m: Mention): boolean {
  return m.tags.some((t) => THING_CATEGORIES.has(t.cat)) || (tagOf(m, 'access') !== undefined && m.isRoute !== true);
}

/** True when mention `k` is stated about the casualty (not negated, not about someone else). */
export function isAffirmed(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  return !m.negated && !doc.excluded.has(doc.sentence[m.start]);
}

/** Longest window any attribute reader scans, which keeps extraction linear on run-on text. */
export const MAX_WINDOW = 40;

/** Token index where the next thing after mention `k` starts, capped at {@link MAX_WINDOW} tokens. */
export function nextThingStart(doc: Doc, k: number): number {
  const cap = Math.min(doc.tokens.length, doc.mentions[k].end + MAX_WINDOW);
  for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < cap; j++)
    if (isThing(doc.mentions[j])) return doc.mentions[j].start;
  return cap;
}

/** Subjects that open a new clause in speech without stops ("sam splint and cravats done he also hit his head"). */
const SUBJECTS = new Set(['he', 'she', 'i', 'we', 'they', "he's", "she's", 'hes', 'shes']);

/** The first token from `from` in its sentence that opens a new clause with its subject, or the sentence end. */
export function clauseStart(doc: Doc, from: number): number {
  const end = Math.min(doc.sentenceEnd[from - 1], from + MAX_WINDOW);
  for (let i = from; i < end; i++) if (SUBJECTS.has(doc.tokens[i].norm)) return i;
  return end;
}

/**
 * Start of the window before mention `k`: `reach` tokens back within its unit (`doc.chunk` or `doc.sentence`),
 * or the end of the previous thing when that is nearer.
 */
export function previousBoundary(doc: Doc, k: number, reach: number, unit: Int32Array): number {
  const m = doc.mentions[k];
  let from = m.start;
  while (from > 0 && m.start - from < reach && unit[from - 1] === unit[m.start]) from--;
  for (let j = k - 1; j >= 0 && doc.mentions[j].end > from; j--)
    if (isThing(doc.mentions[j])) return doc.mentions[j].end;
  return from;
}

/** The mention starting at token `i`, if any. */
export function mentionAt(doc: Doc, i: number): Mention | undefined {
  const k = doc.mentionIndex[i];
  return k >= 0 ? doc.mentions[k] : undefined;
}

/**
 * First unclaimed clock time in `[from, to)` that does not lead a set of vitals. `named`: also not one said after a
 * word naming the vitals ("zofran 4 mg iv vitals at 0425 heart rate 112"), which a drug's reader never takes.
 */
export function findTime(doc: Doc, from: number, to: number, named = false): Read<string> | null {
  for (let i = from; i < to; i++) {
    if (doc.claimed[i]) continue;
    const clock = readClock(doc.tokens, i);
    // "TQ applied 2:20 p.m.": the dot of its "p.m." ends no sentence.
    if (!clock || (clock.end > to + 1 && !meridiemDotAt(doc.tokens, to - 1))) continue;
    // "After TQ at 0825: HR 112": a time before a colon and signs heads them wherever it stands.
    if (
      leadsVitals(doc, clock.end) &&
      (startsChunk(doc, i) || doc.tokens[clock.end]?.norm === ':' || (named && headsVitals(doc, i)))
    )
      return null;
    // "trailer off him at 2031": the release from a crush, no act's time.
    if (trailsSign(doc, i) || timeFreed(doc, i)) continue;
    return { value: clock.time, start: i, end: clock.end };
  }
  return null;
}

/** Words that name a set of vitals about to be read ("zofran 4 mg iv vitals at 0425 heart rate 112"). */
const VITALS_WORDS = new Set(['vitals', 'obs', 'v/s']);

/** True when the time at `i` is said after a word naming the vitals, with or without "at": the set's time. */
function headsVitals(doc: Doc, i: number): boolean {
  const j = ['at', '@'].includes(doc.tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  return VITALS_WORDS.has(doc.tokens[j]?.norm ?? '');
}

/** True when only "at" stands between token `i` and the start of its chunk. */
function startsChunk(doc: Doc, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && doc.tokens[j].norm === 'at' && doc.chunk[j] === doc.chunk[i]) j--;
  return j < 0 || doc.chunk[j] !== doc.chunk[i] || doc.sentence[j] !== doc.sentence[i];
}

/** Words that say a reading changed ("pain down to six", "sats up to 94", "pulse dropped to 90"). */
const TREND_WORDS = new Set(['down', 'up', 'dropped', 'fell', 'rose', 'climbed', 'improved']);

/** Marks right before a time said after a sign ("BP 100/60 at 1430", "pain 7/10 (0125)"). */
export const TRAILING_MARKS = new Set(['at', '@', '(']);
/** Most tokens a sign's value may take after its name ("b p eighty four by palp"). */
const VALUE_REACH = 5;

/**
 * True when the clock at token `i` is said right after a sign and its value ("BP 100/60 at 1430", "responds
 * to voice at 1538") and is closed off with them: a pause, a priority or any word but an act follows, or
 * the act after it says its own time. Then it is the time of that set, never of the act named after it.
 * "HR 118 at 1432 TQ applied" is left to the act: the act has no other time.
 */
export function trailsSign(doc: Doc, i: number): boolean {
  if (!TRAILING_MARKS.has(doc.tokens[i - 1]?.norm ?? '')) return false;
  const last = i - 2;
  let afterSign = false;
  let trend = false;
  for (let j = last; j >= 0 && last - j <= VALUE_REACH && doc.sentence[j] === doc.sentence[i]; j--) {
    const m = mentionAt(doc, j);
    if (!m) continue;
    if (!tagOf(m, 'vital') && !tagOf(m, 'avpu')) return false;
    afterSign = m.end === last + 1 || doc.tokens[last].kind === 'number' || doc.tokens[last].norm === 'palp';
    trend = doc.tokens.slice(m.end, last).some((t) => TREND_WORDS.has(t.norm));
    break;
  }
  const clock = afterSign ? readClock(doc.tokens, i) : null;
  if (!clock) return false;
  // "pain down to six at 1140": a reading said as a change is a reassessment, and the time dates it.
  if (trend) return true;
  const n = clock.end;
  if (n >= doc.tokens.length || doc.chunk[n] !== doc.chunk[i] || doc.tokens[n].norm === ')') return true;
  const k = doc.mentionIndex[n];
  if (k < 0 || !isCare(doc.mentions[k])) return true;
  for (let j = doc.mentions[k].end; j < ownTimeReach(doc, k); j++) if (readClock(doc.tokens, j)) return true;
  return false;
}

/**
 * Where the time of the act at mention `k` may still be said: up to the next thing, or, for a line put in, past what
 * is run through it ("IO left humerus hextend 500 ml IO at 0555"), which is timed with it.
 */
function ownTimeReach(doc: Doc, k: number): number {
  const end = nextThingStart(doc, k);
  const next = doc.mentionIndex[end];
  if (!isAccess(doc.mentions[k]) || !(next >= 0) || !isGivenThrough(doc.mentions[next])) return end;
  return Math.min(doc.sentenceEnd[end], nextThingStart(doc, next));
}

const isAccess = (m: Mention): boolean =>
  m.tags.some((t) => t.cat === 'access' || (t.cat === 'intervention' && (t.value === 'iv' || t.value === 'io')));
const isGivenThrough = (m: Mention): boolean => m.tags.some((t) => t.cat === 'medication' || t.cat === 'fluid');

const isCare = (m: Mention): boolean =>
  m.tags.some((t) => t.cat === 'intervention' || t.cat === 'medication' || t.cat === 'fluid' || t.cat === 'access');

/** Marks between a time and the signs it leads; a line break too, for a time on a line of its own ("1432:\nHR 110"). */
const LEAD_MARKS = new Set([',', ':', '-', '\n']);

/** True when a vital sign follows token `i` directly ("1350: HR 126"). */
export function leadsVitals(doc: Doc, i: number): boolean {
  let j = i;
  while (j < doc.tokens.length && LEAD_MARKS.has(doc.tokens[j].norm)) j++;
  // "0221 repeat sats 97": the readings said again after their time.
  const repeat = mentionAt(doc, j);
  if (repeat && repeat.end === j + 1 && tagOf(repeat, 'repeat')) j++;
  const m = mentionAt(doc, j);
  return m !== undefined && (tagOf(m, 'vital') !== undefined || tagOf(m, 'avpu') !== undefined);
}

/** Marks tokens as used, so a time or number is given to one fact only. */
export function claim(doc: Doc, read: { start: number; end: number }): void {
  for (let i = read.start; i < read.end && i < doc.claimed.length; i++) doc.claimed[i] = 1;
}

/**
 * "2 g", "800mcg", "fifty milligrams" → "2 g", "800 mcg", "50 mg". With `unclaimed`, a dose another drug has taken is
 * not there to read ("TXA two grams IV at 1428 fentanyl lozenge": the grams are the TXA's, not the fentanyl's).
 */
export function findDose(doc: Doc, from: number, to: number, unclaimed = false): Read<string> | null {
  let drawn = false;
  let drawnDose: Read<string> | null = null;
  for (let i = from; i < to - 1; i++) {
    const t = doc.tokens[i];
    const word = doc.tokens[i + 1].norm;
    const unit = Object.hasOwn(DOSE_UNITS, word) ? DOSE_UNITS[word] : undefined;
    if (unclaimed && doc.claimed[i]) continue;
    // No dose is zero: "zero micrograms" is a number heard in part ("fife zero" with the "fife" lost), left out.
    // "fifty mics per mil. Drawing one mil": a strength is no dose, and a volume drawn from it is none either.
    const strength = unit ? strengthEnd(doc, i + 2) : -1;
    if (strength > 0) {
      drawn = true;
      i = strength - 1;
      continue;
    }
    if (unit === 'ml' && (drawn || drawnBeforeWeight(doc, i + 2, to))) continue;
    // "100 mg drawn. 20 mg IV given": the amount drawn is the dose only where no other is said; one wasted never is.
    const aside = unit && t.kind === 'number' ? setAside(doc, i + 2) : null;
    if (aside === 'drawn' && t.value) drawnDose ??= { value: `${t.value} ${unit}`, start: i, end: i + 2 };
    if (aside) continue;
    if (t.kind === 'number' && t.value !== undefined && unit && !isRate(doc, i + 2)) {
      if (t.value === 0) return null;
      // "five hundred milligrams times two, so one gram": the record takes the total said after the count.
      if (isCount(doc, i + 2))
        return findDose(doc, i + 4, to, unclaimed) ?? { value: `${t.value} ${unit}`, start: i, end: i + 2 };
      return { value: `${t.value} ${unit}`, start: i, end: i + 2 };
    }
  }
  return drawnDose;
}

const PER_WEIGHT = new Set(['kg', 'kilo', 'kilos', 'kilogram', 'kilograms']);

/** "0.5 mg per kilo", "1 mg/kg", "20 ml/kg": a rate, not the dose given; the record takes the total said. */
function isRate(doc: Doc, i: number): boolean {
  const per = doc.tokens[i]?.norm;
  return (per === 'per' || per === '/' || per === 'a') && PER_WEIGHT.has(doc.tokens[i + 1]?.norm ?? '');
}

const LITER_ML = 1000;

/** "500 ml", "1 L", "five hundred mils", or a unit of whole blood (500 ml). */
export function findVolume(doc: Doc, from: number, to: number, unitMl: number | null): Read<number> | null {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    const next = doc.tokens[i + 1]?.norm ?? '';
    if (t.kind === 'number' && t.value !== undefined && Object.hasOwn(VOLUME_UNITS, next)) {
      // "twenty mils a kilo of saline": a rate, not the volume given (the total, when said, is read on its own).
      if (isRate(doc, i + 2)) continue;
      return { value: Math.round(t.value * VOLUME_UNITS[next]), start: i, end: i + 2 };
    }
    // "a liter of LR": the article is the count, for a unit a bag is counted in (never "a ml").
    if ((t.norm === 'a' || t.norm === 'an') && VOLUME_UNITS[next] === LITER_ML)
      return { value: LITER_ML, start: i, end: i + 2 };
    // "Liter of LR running": a liter opening its phrase with no count is one liter.
    if (VOLUME_UNITS[t.norm] === LITER_ML && next === 'of' && (i === 0 || doc.chunk[i - 1] !== doc.chunk[i]))
      return { value: LITER_ML, start: i, end: i + 1 };
    if (unitMl !== null && BLOOD_UNIT_WORDS.has(t.norm)) {
      const prev = doc.tokens[i - 1];
      // "l unit": a count a scan left unread ("l" for 1) is no count at all, not one unit.
      if (prev?.raw === 'l' || prev?.raw === 'I') return null;
      const count =
        prev?.kind === 'number' && prev.value !== undefined && prev.value >= 1 && prev.value <= 4 ? prev.value : 1;
      return { value: count * unitMl, start: prev?.kind === 'number' ? i - 1 : i, end: i + 1 };
    }
  }
  return null;
}

/** Plain volumes a fluid is hung in, said without "ml" right after its name ("lactated ringers five hundred IV"). */
const BARE_VOLUMES = new Set([250, 500, 1000]);

/** A volume in ml said without its unit at token `i`, right after a fluid's name; never a clock time ("LR 1000" is read as 10:00 first). */
export function findBareVolume(doc: Doc, i: number): Read<number> | null {
  const t = doc.tokens[i];
  if (
    t?.kind !== 'number' ||
    t.value === undefined ||
    !BARE_VOLUMES.has(t.value) ||
    doc.claimed[i] ||
    readClock(doc.tokens, i)
  )
    return null;
  return { value: t.value, start: i, end: i + 1 };
}

/**
 * A route in `[from, to)`: IV/IO tokens, "IM", "by mouth", "intranasal", "IN" only when written in capitals, and the
 * letters heard as words right after a dose ("twenty five micrograms i n", "fifty milligrams I am").
 */
export function findRoute(doc: Doc, from: number, to: number): Read<MedicationRoute> | null {
  for (let i = from; i < to; i++) {
    if (doc.tokens[i].raw === 'IN') return { value: 'IN', start: i, end: i + 1 };
    const heard = heardRoute(doc.tokens, i);
    if (heard) return { value: heard.value, start: i, end: heard.end };
    const m = mentionAt(doc, i);
    if (!m) continue;
    const r = tagOf(m, 'route');
    if (r) return { value: r.value, start: m.start, end: m.end };
    const a = tagOf(m, 'access');
    if (a && m.isRoute) return { value: a.value === 'iv' ? 'IV' : 'IO', start: m.start, end: m.end };
  }
  return null;
}
