/**
 * Vital signs grouped into sets. A set opens at a time said before the signs ("1350: HR 126",
 * "at eleven twenty pulse..."), at "first set"/"repeat vitals", or when a sign already in the open
 * set is given again. A lone AVPU or pain statement is a set of its own. Reading one sign and its value
 * is `vital-reading.ts`'s, the times that date a set `vital-times.ts`'s.
 */
import type { Avpu, VitalsSet } from '../record.js';
import { MAX_WINDOW, claim, isAffirmed, mentionAt, previousBoundary } from './attributes.js';
import type { Doc } from './document.js';
import type { VitalKind } from './lexicon/tags.js';
import { join, spanOf, type Found } from './found.js';
import { tagOf } from './matcher.js';
import type { NumericVital } from './vital-ranges.js';
import { readListedAvpu } from './vital-avpu-letter.js';
import {
  NOT_A_READING,
  inRange,
  observe,
  observePressure,
  readValue,
  scaleLength,
  type Field,
  type Observation,
} from './vital-reading.js';
import { findVitalsTables } from './vitals-table.js';
import { pressureAfter, unlabeledLead } from './unlabeled-vitals.js';
import { lineStamp, lineStartOf, readLineClocks, type LineClocks } from './time-stamps.js';
import { readLead, readTimedRepeat } from './vital-times.js';
import { readLeadTime } from './lead-times.js';
import { haltGoesOn } from './carry-halts.js';
import { markedTimeAt, readTrailingTime } from './trailing-times.js';
import { isAnsweredSign } from './vital-said-forms.js';
import {
  afterFullStop,
  headedLineGoesOn,
  isLoneStatement,
  joinedBySemicolon,
  leadsRepeatedSigns,
  opensLaterState,
  restatesAsLetter,
  restatesLevel,
  setEndsBetween,
  timeHeadsLine,
} from './lone-statements.js';

/** The vitals sets of the casualty, in narrative order. */
export function findVitals(doc: Doc, lines: LineClocks = readLineClocks(doc)): Found<VitalsSet>[] {
  const tables = findVitalsTables(doc);
  const sets = findVitalSentences(doc, lines);
  return tables.length === 0 ? sets : [...sets, ...tables].sort((a, b) => a.span.start - b.span.start);
}

/** Sets said in sentences: signs named with their values. */
function findVitalSentences(doc: Doc, lines: LineClocks): Found<VitalsSet>[] {
  const sets: Found<VitalsSet>[] = [];
  // The token each set's first sign starts at, for the time of its timeline line (see `datedByLine`).
  const firstSign = new Map<Found<VitalsSet>, number>();
  /** `opened`: the sentence of the set's first sign; `line`: the first token of its line. */
  let current: {
    set: Found<VitalsSet>;
    signs: Set<VitalKind>;
    sentence: number;
    opened: number;
    line?: number;
    /** True when a heading with its colon dates the set ("On arrival 1942: HR 104 …"). */
    headed?: boolean;
    /** True when a sentence of its own after the signs dated them ("Pulse 128. 0144."): signs after it are a new set. */
    closed?: boolean;
  } | null = null;
  let lastEnd = 0;
  for (let k = 0; k < doc.mentions.length; k++) {
    if (!isAffirmed(doc, k) && !isAnsweredSign(doc, k)) continue;
    const named = observe(doc, k);
    if (!named) continue;
    const run: { signs: Set<VitalKind>; sentence: number } | null = current;
    const runHasPressure: boolean = run !== null && run.signs.has('bp') && run.sentence === doc.sentence[named.start];
    const observations: Observation[] = withUnlabeled(doc, named, lastEnd, runHasPressure);
    for (const obs of observations) {
      // The words before a sign, back to the previous thing or the sentence start, may hold its set's time; a run's
      // unnamed signs are dated by the words before the first of them.
      const from = Math.max(lastEnd, Math.min(leadStart(doc, k), obs.start));
      const lead = readLead(doc, from, obs.start);
      const sentence = doc.sentence[obs.start];
      lead.newSet ||=
        (from < obs.start && isRepeatWord(doc, obs.start - 1)) ||
        leadsRepeatedSigns(doc, k, current, sentence) ||
        opensLaterState(doc, obs.start, current);
      lead.time ??= readLeadTime(doc, from, obs.start, lastEnd);
      // A timeline's next line opens the signs read at its own time ("0415 HR 130 BP 88/50\n0420 RR 24").
      const line = lineStartOf(doc, obs.start);
      // "BP 96/60 at 0750. Pulse 120 at 0755.": a sign said in a sentence of its own at a time of its own is a set.
      const setTime = current?.set.value.time;
      const ownTime = setTime && current?.sentence !== sentence ? markedTimeAt(doc, obs.end) : undefined;
      if (
        !current ||
        current.closed ||
        setEndsBetween(doc, lastEnd, obs.start) ||
        lead.time ||
        (ownTime !== undefined && ownTime !== setTime) ||
        (lines.has(line) && current.line !== line) ||
        lead.newSet ||
        (!restatesAsLetter(doc, current.set.value, obs) &&
          ((current.signs.has(obs.sign) && !restatesLevel(current.set.value, obs, current.sentence, sentence)) ||
            (isLoneStatement(
              current,
              obs.sign,
              sentence,
              joinedBySemicolon(doc, obs.start) || headedLineGoesOn(current, sentence, line),
              afterFullStop(doc, obs.start),
            ) &&
              !haltGoesOn(doc, current.set.fields?.time, obs.start))))
      ) {
        current = {
          set: { value: {}, span: spanOf(doc, obs.start, obs.end), fields: {} },
          signs: new Set(),
          sentence,
          opened: sentence,
          line,
          // "On arrival (0612): c/o SOB, pain 8/10. HR 124 …": the heading's colon follows its time, not the sign.
          headed: lead.time !== null && (doc.tokens[obs.start - 1]?.norm === ':' || timeHeadsLine(doc, lead.time.span)),
        };
        sets.push(current.set);
        firstSign.set(current.set, obs.start);
        if (lead.time) {
          current.set.value.time = lead.time.value;
          current.set.fields!.time = lead.time.span;
          current.set.span = join(current.set.span, lead.time.span);
        }
      }
      const span = spanOf(doc, obs.start, obs.end);
      for (const [field, value] of Object.entries(obs.values) as [Field, number | Avpu][]) {
        (current.set.value as Record<string, unknown>)[field] = value;
        current.set.fields![field] = span;
      }
      current.set.span = join(current.set.span, span);
      current.signs.add(obs.sign);
      current.sentence = sentence;
      lastEnd = obs.end;
      // "HR 90, SpO2 99, A, pain 5/10": a lone capital A, V, P or U listed among the signs is the AVPU.
      const level = obs.sign === 'avpu' || current.signs.has('avpu') ? null : readListedAvpu(doc, obs.end);
      if (level) {
        const levelSpan = spanOf(doc, level.at, level.at + 1);
        current.set.value.avpu = level.value;
        current.set.fields!.avpu = levelSpan;
        current.set.span = join(current.set.span, levelSpan);
        current.signs.add('avpu');
        claim(doc, { start: level.at, end: level.at + 1 });
      }
      // A time after a pause dates only a set said within its sentence ("HR 110, BP 122/80, 1125.").
      const oneSentence = current.opened === sentence;
      const trailing =
        current.set.value.time === undefined ? readTrailingTime(doc, obs.end, obs.sign, oneSentence) : null;
      if (trailing) {
        current.set.value.time = trailing.value;
        current.set.fields!.time = trailing.span;
        current.set.span = join(current.set.span, trailing.span);
        current.closed = doc.sentence[trailing.end - 1] !== sentence;
        lastEnd = trailing.end;
        // "HR 110 at 1405 and 98 at 1420": each later value with its own time is a set of its own.
        for (let next = readTimedRepeat(doc, obs.sign, lastEnd); next; next = readTimedRepeat(doc, obs.sign, lastEnd)) {
          const valueSpan = spanOf(doc, next.start, next.valueEnd);
          const set: Found<VitalsSet> = {
            value: { ...next.values, time: next.time.value } as VitalsSet,
            span: join(valueSpan, next.time.span),
            fields: { time: next.time.span },
          };
          for (const field of Object.keys(next.values) as Field[]) set.fields![field] = valueSpan;
          current = { set, signs: new Set([obs.sign]), sentence, opened: sentence };
          sets.push(set);
          claim(doc, { start: next.start, end: next.end });
          lastEnd = next.end;
        }
      }
      // "Pulse 118 at first, now 124": the later value is a set of its own, not lost.
      const later = readLaterValue(doc, obs);
      if (later) {
        const laterSpan = spanOf(doc, later.start, later.end);
        const set: Found<VitalsSet> = { value: { ...later.values } as VitalsSet, span: laterSpan, fields: {} };
        for (const field of Object.keys(later.values) as Field[]) set.fields![field] = laterSpan;
        current = { set, signs: new Set([obs.sign]), sentence, opened: sentence };
        sets.push(set);
        claim(doc, { start: later.start, end: later.end });
        lastEnd = later.end;
      }
    }
  }
  datedByLine(doc, lines, firstSign);
  return sets;
}

/**
 * A set with no time of its own takes the time its timeline line opens with ("0430 Cas A LTOWB unit 2 IO. HR 118 BP
 * 102/64.", "2250 Head injury L temple, responds to voice"), once every set has read its own: a line's time that
 * another set took dates no second one.
 */
function datedByLine(doc: Doc, lines: LineClocks, firstSign: Map<Found<VitalsSet>, number>): void {
  const taken = new Set([...firstSign.keys()].map((set) => set.fields?.time?.start));
  for (const [set, at] of firstSign) {
    const clock = set.value.time === undefined ? lineStamp(lines, doc, at) : null;
    if (!clock) continue;
    const span = spanOf(doc, clock.start, clock.end);
    if (taken.has(span.start)) continue;
    taken.add(span.start);
    set.value.time = clock.time;
    set.fields!.time = span;
    set.span = join(span, set.span);
  }
}

/**
 * The sign named at `named` with the unnamed signs of its run: a pressure and a rate said bare before it ("One-ten,
 * one-thirty over eighty-two, breathing eighteen"), a pressure said bare after it ("pulse 104, 130/80"), when its
 * run has no pressure yet ("BP's about a hundred over sixty-something, I'll write 100/60, pulse 108" has one). Signs
 * already read (before `lastEnd`) are not read again.
 */
function withUnlabeled(doc: Doc, named: Observation, lastEnd: number, runHasPressure: boolean): Observation[] {
  const before = runHasPressure ? [] : unlabeledLead(doc, named.start).filter((obs) => obs.start >= lastEnd);
  const after = named.sign === 'bp' || runHasPressure ? null : pressureAfter(doc, named.end);
  return [...before, named, ...(after ? [after] : [])];
}

/** Words right before a number that make it a later reading of the sign just read ("now 124", "to 93"). */
const LATER_LEAD = new Set(['now', 'then', 'to', 'later', 'recheck', 'rechecked']);
/** Words of change said right after the later reading ("it's 120 now"). */
const LATER_TAIL = new Set(['now']);
/** Words between the word of change and the later reading ("now it's more like 112"). */
const LATER_HEDGES = new Set(['a', 'an', 'about', 'around', "it's", 'is', "he's", "she's", 'more', 'like', 'closer']);
/** "Sat was seventy-eight, now climbing, ninety": how it moves, set off before the new value. */
const LATER_MOVES = new Set(['climbing', 'rising', 'dropping', 'falling', ',']);
/** Most plain words between a value and the later reading of the same sign. */
const LATER_GAP = 8;

/**
 * A second value of the sign just read, later in the same sentence: "pulse was 118 when we got to him,
 * now 124", "sats went from 84 to 93", "pain from an 8 to a 3". Only plain words between (no other sign,
 * treatment or number), the last of them a word of change; null when there is none.
 */
function readLaterValue(doc: Doc, obs: Observation): Omit<Observation, 'sign'> | null {
  if (obs.sign === 'avpu') return null;
  let i = obs.end;
  let words = 0;
  while (i < doc.tokens.length && doc.sentence[i] === doc.sentence[obs.start]) {
    const t = doc.tokens[i];
    if (t.kind === 'number' || doc.claimed[i]) break;
    // "when I first checked": a re-check names no other sign.
    const m = mentionAt(doc, i);
    if ((m !== undefined && !m.tags.every((tag) => tag.cat === 'recheck')) || (t.kind !== 'word' && t.norm !== ','))
      return null;
    if (t.kind === 'word' && ++words > LATER_GAP) return null;
    i++;
  }
  let lead = i - 1;
  // "now 124", "now about 124", "now it's more like 112": the words of change before the hedge.
  while (lead > obs.end && (LATER_HEDGES.has(doc.tokens[lead].norm) || LATER_MOVES.has(doc.tokens[lead].norm))) lead--;
  const t = doc.tokens[i];
  if (!t || t.kind !== 'number' || doc.claimed[i] || NOT_A_READING.has(doc.tokens[i + 1]?.norm ?? '')) return null;
  const field: NumericVital = obs.sign === 'bp' ? 'systolic' : obs.sign;
  const value = readValue(doc, i, field);
  // "pulse was 140 when we got to him, it's 120 now": the word of change may follow the later reading instead.
  if (!LATER_LEAD.has(doc.tokens[lead]?.norm ?? '') && !LATER_TAIL.has(doc.tokens[value.end]?.norm ?? '')) return null;
  if (obs.sign === 'bp') {
    const bp = observePressure(doc, i, value);
    return bp && bp.values.diastolic !== undefined ? { values: bp.values, start: i, end: bp.end } : null;
  }
  if (!inRange(field, value.value)) return null;
  return { values: { [field]: value.value }, start: i, end: value.end + scaleLength(doc, value.end) };
}

/** "0221 repeat sats 97": "repeat" right before a sign opens a new set of readings, not a drug's repeat dose. */
function isRepeatWord(doc: Doc, i: number): boolean {
  const m = mentionAt(doc, i);
  return m !== undefined && m.end === i + 1 && tagOf(m, 'repeat') !== undefined;
}

/**
 * Where the words that may date sign `k` begin: back to the previous thing, past a "repeat" heading the sign, or past
 * the sign's own name said just before it, a speaker's stutter ("vitals at 0652 pulse uh pulse 126").
 */
function leadStart(doc: Doc, k: number): number {
  const m = doc.mentions[k];
  const from = previousBoundary(doc, k, MAX_WINDOW, doc.sentence);
  if (k === 0) return from;
  // "pulse- pulse 138": the stuttered name is the previous thing, and the pause after it is no new word.
  const stuttered = stutters(doc, k) && (from === m.start || from === doc.mentions[k - 1].end);
  if (!stuttered && !(from === m.start && isRepeatWord(doc, m.start - 1))) return from;
  return previousBoundary(doc, k - 1, MAX_WINDOW, doc.sentence);
}

/** Pauses a speaker may leave between a sign's name and its name said again ("pulse, pulse", "pulse- pulse"). */
const STUTTER_PAUSES = new Set([',', '-']);

/** True when mention `k` is a sign whose name was said right before it, with no value between ("pulse, pulse 126"). */
function stutters(doc: Doc, k: number): boolean {
  const [before, m] = [doc.mentions[k - 1], doc.mentions[k]];
  const sign = tagOf(m, 'vital');
  if (!sign || before.end < m.start - 1 || tagOf(before, 'vital')?.value !== sign.value) return false;
  return before.end === m.start || STUTTER_PAUSES.has(doc.tokens[before.end].norm);
}
