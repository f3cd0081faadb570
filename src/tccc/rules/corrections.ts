/**
 * Self-corrections: "left leg, correction, right leg" keeps only "right leg". The phrase after the
 * marker says what kind of thing is corrected (a body location, a number or time, a drug...); the
 * nearest thing of that kind before the marker is removed along with the marker.
 */
import { readClock } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { LOCATION_FILLERS, isLocationWord } from './lexicon/body.js';
import type { PhraseMatcher, Mention } from './matcher.js';
import { correctDose, doseAfterAside } from './corrected-doses.js';
import { correctNamedReading, correctRestatedReading } from './labelled-corrections.js';
import { moveAcrossSentences } from './moved-corrections.js';
import { moveCorrectedNumber } from './moved-numbers.js';
import { moveConfirmedTimes } from './confirmed-times.js';
import { moveDeniedTimes } from './denied-times.js';
import { moveNotOldValues } from './not-old-values.js';
import { moveRightAmounts, moveShownValues } from './shown-values.js';
import { moveNotOldSides } from './not-old-sides.js';
import { moveWrongTimes } from './wrong-times.js';
import { dropDisownedTimes } from './disowned-times.js';
import { dropRepairedNumbers } from './number-repairs.js';
import { dictatedTakeBacks, reachBackFrom } from './dictation-commands.js';
import {
  LEADING_WORDS,
  LONE_NO,
  PAUSES,
  afterLeadingWords,
  answersCalledNumber,
  isSkippable,
  placeWithState,
} from './correction-leads.js';
import {
  minutesOnto,
  numberAfterClosedAside,
  placeAfterAside,
  readingAfterAside,
  takenBackFrom,
} from './correction-asides.js';
import { isPairAt, loneNumberBefore, pairAfterBrokenReading, previousPair } from './pair-readings.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { applyUnitCorrections } from './unit-corrections.js';
import { moveParagraphCorrections } from './paragraph-corrections.js';
import { moveChartedTimes } from './charted-times.js';
import { moveReviewFindings } from './review-findings.js';

/** How far back a corrected phrase may start. */
const LOOK_BACK = 8;

/** 'location', 'number', or a mention's kind. */
type Kind = string;

function kindAt(tokens: Token[], i: number, mentionAt: Map<number, Mention>): Kind | null {
  const t = tokens[i];
  if (!t) return null;
  const m = mentionAt.get(i);
  // "scratch that, no tourniquet": what is corrected is of the kind the negation covers.
  if (m && m.tags[0].cat === 'negate') return m.tags[0].dir === 'forward' ? kindAt(tokens, m.end, mentionAt) : null;
  if (m) return m.tags[0].cat;
  if (isLocationWord(t.norm)) return 'location';
  if (isNumeric(t)) return 'number';
  return null;
}

/** Returns the tokens with each corrected phrase and its correction marker removed. */
export function applyCorrections(input: Token[], matcher: PhraseMatcher, text = ''): Token[] {
  const tokens = applyUnitCorrections(dropRepairedNumbers(moveParagraphCorrections(input), text));
  const mentions = matcher.match(tokens);
  const mentionAt = new Map<number, Mention>();
  const mentionEnding = new Map<number, Mention>();
  for (const m of mentions) {
    mentionAt.set(m.start, m);
    mentionEnding.set(m.end, m);
  }
  const drop = new Uint8Array(tokens.length);
  const markers = [...mentions.filter((m) => m.tags.some((t) => t.cat === 'correction')), ...dictatedTakeBacks(tokens)];
  /** A lone "no" whose corrected dose or reading comes after an aside: the marker → the index where it starts. */
  const restated = new Map<Mention, number>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!LONE_NO.has(tokens[i].norm)) continue;
    // "BP 90/60 no 110/70": a "no" between two readings of one shape takes back the first, pauses or not.
    // "BP 60/40. No, 90/60.": or with the sentence's end between.
    const pairBefore = SENTENCE_ENDS.has(tokens[i - 1].norm) ? i - 4 : i - 3;
    const pairAfter = tokens[i + 1].norm === ',' ? i + 2 : i + 1;
    if (isPairAt(tokens, pairAfter) && pairBefore >= 0 && isPairAt(tokens, pairBefore)) {
      markers.push({ start: i, end: i + 1, tags: [{ cat: 'correction' }], negated: false });
      continue;
    }
    // "one seventy over... no, let me read it right... one sixty over ninety-five": the whole reading after an aside.
    const whole = pairAfterBrokenReading(tokens, i);
    if (whole >= 0) {
      const marker: Mention = { start: i, end: i + 1, tags: [{ cat: 'correction' }], negated: false };
      markers.push(marker);
      restated.set(marker, whole);
      continue;
    }
    // "priority no urgent": a "no" between two priorities takes back the first, pauses or not.
    const before = mentionEnding.get(i);
    const after = mentionAt.get(i + 1);
    if (before && after && before.tags[0].cat === 'evac' && after.tags[0].cat === 'evac') {
      markers.push({ start: i, end: i + 1, tags: [{ cat: 'correction' }], negated: false });
      continue;
    }
    // "two grams IV fourteen twelve no no one gram": a "no" said twice takes back the dose before it, pauses or not.
    if (tokens[i + 1].norm === tokens[i].norm) {
      const doubled: Mention = { start: i, end: i + 2, tags: [{ cat: 'correction' }], negated: false };
      const dose = doseAfterAside(tokens, i, mentionAt);
      if (dose >= 0) {
        markers.push(doubled);
        restated.set(doubled, dose);
      }
      continue;
    }
    // "IV L AC 1420 (no, 1422, checked watch)": a bracket opened on the lone "no" sets it off as a pause does.
    // "Eleven twenty-seven!" / "no, make it twenty-eight": or opening the line after a line that only calls a number.
    const setOff = PAUSES.has(tokens[i - 1].norm) || tokens[i - 1].norm === '(' || answersCalledNumber(tokens, i);
    // "ore 09.47 (no – 09.48)": in a bracket, a dash after the "no" pauses as a comma does.
    const paused = tokens[i + 1].norm === ',' || (tokens[i - 1].norm === '(' && tokens[i + 1].norm === '-');
    if (!setOff || !paused) continue;
    const next = mentionAt.get(i + 2);
    const negation = next?.tags[0].cat === 'negate' && next.tags[0].dir === 'backward';
    // A lone "no" before "not given" joins the negation to what it takes back.
    if (negation) {
      drop[i - 1] = drop[i] = drop[i + 1] = 1;
      continue;
    }
    const marker: Mention = { start: i, end: i + 1, tags: [{ cat: 'correction' }], negated: false };
    const dose = doseAfterAside(tokens, i, mentionAt);
    if (dose >= 0) {
      markers.push(marker);
      restated.set(marker, dose);
    } else if (
      (['location', 'number'].includes(kindAt(tokens, afterLeadingWords(tokens, i + 2), mentionAt) ?? '') &&
        !placeWithState(tokens, afterLeadingWords(tokens, i + 2))) ||
      placeAfterAside(tokens, i + 2, mentionAt) !== null
    )
      markers.push(marker);
  }
  /** Old dose token index → the corrected dose tokens that take its place ("800 mcg OTFC 0105. Correction, 400 mcg"). */
  const moved = new Map<number, Token[]>();
  moveReviewFindings(tokens, mentionAt, drop, moved, text); // '"TQ 1420". Per the log it went on at 1402.'
  moveChartedTimes(tokens, drop, moved); // "charted at 2250 (HR 120), was taken at 2300": the time done.
  moveConfirmedTimes(tokens, drop, moved); // A time put right by the next speaker and taken up: no marker is said.
  moveDeniedTimes(tokens, mentionAt, drop, moved); // "not 1950 for the fent, it was 1945": "not" is the marker.
  moveWrongTimes(tokens, mentionAt, drop, moved); // "TQ time above is wrong, it's 0919": said wrong, no marker.
  dropDisownedTimes(tokens, drop); // "TQ time fixed, 0935 was a fat-finger": the time disowned is none.
  for (const marker of markers) {
    if (correctNamedReading(tokens, marker, mentionAt, drop, moved)) continue;
    if (correctRestatedReading(tokens, marker, mentionAt, drop, moved)) continue; // "HR 110" … "HR 110 — no, 116".
    // "corr: R forearm not L": a note's colon after the marker introduces the corrected phrase.
    let after = tokens[marker.end]?.norm === ':' ? marker.end + 1 : marker.end;
    while (after < tokens.length && (isSkippable(tokens[after]) || LEADING_WORDS.has(tokens[after].norm))) after++;
    after =
      restated.get(marker) ??
      readingAfterAside(tokens, after, mentionAt) ??
      numberAfterClosedAside(tokens, after, mentionAt) ??
      placeAfterAside(tokens, after, mentionAt) ??
      after;
    if (moveCorrectedNumber(tokens, marker.start, after, mentionAt, drop, moved)) continue;
    if (isPairAt(tokens, after)) {
      // "BP ninety over sixty, correction, one ten over seventy": the whole earlier reading goes, not its last number.
      // "pressure eighty... no, correction, one oh eight over seventy": a lone number said just before goes too.
      const pair = previousPair(tokens, marker.start);
      const from = pair >= 0 ? pair : loneNumberBefore(tokens, marker.start);
      for (let i = from; from >= 0 && i < after; i++) drop[i] = 1;
      // No reading to take back: never splice the new reading onto a lone number ("70 over 80" from two readings).
      continue;
    }
    const kind = kindAt(tokens, after, mentionAt);
    const label = kind ? -1 : restatedLabel(tokens, marker.start, after);
    if (label >= 0) {
      for (let i = label; i < after; i++) drop[i] = 1;
      continue;
    }
    if (!kind) {
      moveAcrossSentences(tokens, marker.start, after, mentionAt, drop, moved);
      continue;
    }
    // "pulse 96, no, sorry, 96 was Kim's pulse": the reading is someone else's, so it leaves this record.
    if (kind === 'number' && ownedByAnother(tokens, after)) {
      const from = findPrevious(tokens, marker, kind, mentionAt);
      for (let i = from >= 0 ? from : marker.start; i <= after + 2; i++) drop[i] = 1;
      continue;
    }
    if (kind === 'number' && correctDose(tokens, marker.start, after, mentionAt, drop, moved)) continue;
    const previous = findPrevious(tokens, marker, kind, mentionAt);
    if (previous < 0) {
      moveAcrossSentences(tokens, marker.start, after, mentionAt, drop, moved);
      continue;
    }
    const from = kind === 'number' ? takenBackFrom(tokens, previous, after) : previous;
    // A time said with the corrected thing is the time of the corrected fact ("TQ R thigh 1709 -- correction, L thigh"),
    // unless the correction says its own ("TOI 1305, correction, TOI 1350").
    const keepsTime = kind !== 'number' && !saysTime(tokens, after, mentionAt);
    // A marker said as a sentence of its own leaves the stop before it: the rest of that sentence ("possible") stays
    // there, not on the words that correct it.
    const stop = reachBackFrom(tokens, marker) + 1;
    // A called number keeps its line: the stop and the line's end after it are not the correction's.
    const [keptFrom, keptTo] = answersCalledNumber(tokens, marker.start) ? [from + 1, marker.start] : [stop, stop + 1];
    for (let i = from; i < after; i++)
      drop[i] = (keepsTime && readClock(tokens, i)) || (i >= keptFrom && i < keptTo && i < marker.start) ? 0 : 1;
    // "at 2342, no wait, … 44": minutes said alone put the time taken back right, at its place.
    const clock = kind === 'number' ? minutesOnto(tokens, from, after) : null;
    if (clock) {
      moved.set(from, [clock]);
      drop[after] = 1;
    }
  }
  // "BP was 88/50, not 98/50", long after the 98/50, with or without a marker the loop above could not read.
  moveNotOldValues(tokens, drop, moved, mentionAt);
  moveShownValues(tokens, drop, moved, mentionAt); // "TXA above shows 1 g, tablet default, I pushed 2 g".
  moveRightAmounts(tokens, drop, moved, mentionAt); // "Ketamine per the card was 30 mg IO 0635 – slide 2 is wrong".
  moveNotOldSides(tokens, drop, moved); // "lac L forearm" … "lac is R forearm not L".
  if (moved.size === 0 && !drop.includes(1)) return tokens;
  return tokens.flatMap((t, i) => [...(moved.get(i) ?? []), ...(drop[i] === 0 ? [t] : [])]);
}

/**
 * "TOI 1305, correction, TOI 1350": the correction says again the label of a number said before it in its sentence;
 * the index of that earlier label, whose number the correction replaces; else -1.
 */
function restatedLabel(tokens: Token[], markerStart: number, after: number): number {
  const label = tokens[after];
  if (label?.kind !== 'word' || !isNumeric(tokens[after + 1] ?? label)) return -1;
  for (let i = markerStart - 1; i >= 0 && i >= markerStart - LOOK_BACK; i--) {
    if (SENTENCE_ENDS.has(tokens[i].norm)) return -1;
    if (tokens[i].norm === label.norm) return isNumeric(tokens[i + 1]) ? i : -1;
  }
  return -1;
}

/** How many words after the corrected thing the correction may say its time in ("TOI 1350", "L thigh at 1712"). */
const TIME_REACH = 4;

/** Whether the correcting phrase at `after` says a time of its own, before the sentence or the next thing ends it. */
function saysTime(tokens: Token[], after: number, mentionAt: Map<number, Mention>): boolean {
  const first = mentionAt.get(after);
  const start = first ? first.end : after + 1;
  for (let i = start; i < tokens.length && i <= start + TIME_REACH; i++) {
    if (SENTENCE_ENDS.has(tokens[i].norm) || (mentionAt.has(i) && !isLocationWord(tokens[i].norm))) return false;
    if (readClock(tokens, i)) return true;
  }
  return false;
}

/** "96 was Kim's", "that's Kim's": the number at `i` said to be another person's. */
const ownedByAnother = (tokens: Token[], i: number): boolean =>
  ['was', 'is'].includes(tokens[i + 1]?.norm ?? '') && /^[a-z]+'s$/.test(tokens[i + 2]?.norm ?? '');

/**
 * The field a kind of thing fills, for what a correction replaces: "4 mg IV, correction, IM" (a line named where a
 * route is said is a route); "Allergies sulfa, correction, no known drug allergies" (none is an answer to allergies).
 */
const fieldOf = (kind: Kind | null): Kind | null =>
  kind === 'access' ? 'route' : kind === 'allergy_none' ? 'allergy' : kind;

/** "IN" or "i n" ending at token `i`: intranasal, which no mention names ("50 mcg IN", "i n intranasal"). */
const saysIntranasal = (tokens: Token[], i: number): boolean =>
  tokens[i]?.raw === 'IN' || (tokens[i]?.norm === 'n' && tokens[i - 1]?.norm === 'i');

function findPrevious(tokens: Token[], marker: Mention, kind: Kind, mentionAt: Map<number, Mention>): number {
  const reach = answersCalledNumber(tokens, marker.start) ? marker.start - 3 : reachBackFrom(tokens, marker);
  // A bare "no" and its pauses before the marker are part of it, not of the reach back
  // ("fentanyl 50 mcg IV at 0915... no, sorry, that was ketamine": the fentanyl is as near as before "sorry" alone).
  let lead = reach + 1;
  while (lead > 0 && (PAUSES.has(tokens[lead - 1].norm) || LONE_NO.has(tokens[lead - 1].norm))) lead--;
  const stop = Math.max(0, lead - LOOK_BACK);
  for (let i = reach; i >= stop; i--) {
    const t = tokens[i];
    if (t.norm === '.' || t.norm === '\n') return -1;
    if (kind === 'location' && isLocationWord(t.norm)) {
      // Extend back over the rest of the location phrase ("left upper arm").
      let start = i;
      while (
        start - 1 >= stop &&
        (isLocationWord(tokens[start - 1].norm) ||
          (LOCATION_FILLERS.has(tokens[start - 1].norm) && tokens[start - 1].norm !== ','))
      )
        start--;
      while (start < i && !isLocationWord(tokens[start].norm)) start++;
      return start;
    }
    if (kind === 'number' && isNumeric(t)) return i;
    if (fieldOf(kind) === 'route' && saysIntranasal(tokens, i)) return t.raw === 'IN' ? i : i - 1;
    if (kind !== 'location' && kind !== 'number' && fieldOf(kindAt(tokens, i, mentionAt)) === fieldOf(kind))
      return saysIntranasal(tokens, i - 1) ? (tokens[i - 1].raw === 'IN' ? i - 1 : i - 2) : i;
  }
  return -1;
}
