/**
 * Ways a sign's value is said around the plain "name, value" reading (`vital-reading.ts`): a range, which is no value
 * ("RR 20-24"); a pressure said with "to" between its numbers ("blood pressure 80 to 50"); and a word of a value
 * said, broken off at a pause and said again ("pulse one. One eighteen."), or said after the name as a sentence of its
 * own ("Stats. 95 on room air."); the cuff said for the pressure ("cuff reads 110 over 70"); and an AVPU letter said
 * before its label ("V on AVPU"). A tens and its digit said apart ("sats ninety. Six.") is `text/paused-numbers`'.
 */
import type { Doc } from './document.js';
import { sentenceStart } from './sentence-ends.js';
import { tagOf } from './matcher.js';
import type { Token } from '../text/tokenize.js';
import type { Avpu } from '../record.js';
import { AVPU_LETTERS, withinRange, type NumericVital } from './vital-ranges.js';

/** Words before a pressure's numbers that make "X to Y" a change of the systolic, not one pressure ("went 120 to 90"). */
const CHANGE_WORDS = new Set([
  'now',
  'down',
  'up',
  'to',
  'went',
  'from',
  'dropped',
  'fell',
  'rose',
  'dropping',
  'falling',
]);

/**
 * The diastolic of a pressure said "systolic to diastolic" ("blood pressure 80 to 50", "BP was 125 to 80"): the lower
 * number after "to", right after the pressure's name and its lead words, with no word of change among them. A higher
 * number after "to" is a range ("90 to 100"), which is no reading. Null when the words are not that form.
 */
export function pressureWithTo(doc: Doc, nameEnd: number, i: number): { diastolic: number; end: number } | null {
  const [systolic, to, low, after] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2], doc.tokens[i + 3]];
  if (to?.norm !== 'to' || !isWhole(systolic) || !isWhole(low)) return null;
  for (let j = nameEnd; j < i; j++) if (CHANGE_WORDS.has(doc.tokens[j].norm)) return null;
  if (doc.tokens[i - 1]?.norm === 'from' || doc.tokens[i - 2]?.norm === 'from') return null;
  if (low.value >= systolic.value || !withinRange('systolic', systolic.value) || !withinRange('diastolic', low.value))
    return null;
  // "80 to 50 percent", "120 to 90 over 60": another reading or a unit after it.
  if (after && (after.kind === 'number' || ['%', 'percent', 'over', '/', 'to'].includes(after.norm))) return null;
  return { diastolic: low.value, end: i + 3 };
}

const isWhole = (t: Token | undefined): t is Token & { value: number } =>
  t?.kind === 'number' && t.value !== undefined && Number.isInteger(t.value);

/** A full stop a recogniser writes at a pause inside a reading. */
const isStop = (t: Token | undefined): boolean => t?.norm === '.';

/**
 * Where a value goes on when a word of it was said, broken off at a pause and said again ("Pulse one. One eighteen.",
 * "blood pressure one, one sixty over ninety"): the number said again, when the first is no value of the sign; else
 * `i`.
 */
export function valueAfterPause(doc: Doc, i: number, field: NumericVital): number {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (
    t?.kind === 'number' &&
    t.spoken &&
    !withinRange(field, t.value ?? -1) &&
    (isStop(next) || next?.norm === ',' || next?.norm === '...') &&
    doc.tokens[i + 2]?.spoken &&
    doc.tokens[i + 2].raw.toLowerCase().startsWith(`${t.raw.toLowerCase()} `)
  )
    return i + 2;
  return i;
}

/** "RR 20-24", "pain 6 to 7": a range is not one value, and a careful medic records neither end. */
export function isRange(doc: Doc, i: number): boolean {
  // "went from 84 to 93" is a change, read as two values.
  if (doc.tokens[i - 1]?.norm === 'from' || doc.tokens[i - 2]?.norm === 'from') return false;
  const sep = doc.tokens[i + 1];
  const high = doc.tokens[i + 2];
  if (!sep || high?.kind !== 'number') return false;
  // "pulse 120 or 130": the medic is unsure which; neither is recorded.
  return (sep.norm === '-' && !sep.spaced && !high.spaced) || sep.norm === 'to' || sep.norm === 'or';
}

/** What may follow a value said as a sentence of its own: its end, its unit, the air it was read on, a pressure's low. */
const CLOSES_VALUE = new Set(['.', ',', '\n', '%', 'percent', 'on', 'over', '/']);

/**
 * The token of a value said as the sentence after its sign's name, when the name was a sentence of its own, as a
 * recogniser writes a pause as a full stop: "Stats. 95 on room air.", "Respiratory. Twenty four."; or asked, and the
 * value its answer: "Sats? Ninety-five.", "What's your pain?\nCasualty: Eight.", "Pain score? She said six.". Only a
 * value that ends its sentence or has only its unit after it, so "Pain. 3 frag wounds." is no score. Else `i`.
 */
export function valueAfterStop(doc: Doc, nameStart: number, i: number): number {
  const mark = questionMark(doc, i);
  const asked = mark >= 0;
  if (!(isStop(doc.tokens[i]) || asked)) return i;
  if (
    nameStart > 0 &&
    doc.sentence[nameStart - 1] === doc.sentence[nameStart] &&
    !(asked && askedAbout(doc, nameStart))
  )
    return i;
  const v = asked ? answerStart(doc, mark + 1) : i + 1;
  if (!isWhole(doc.tokens[v])) return i;
  const after = doc.tokens[v + 1];
  return after === undefined || CLOSES_VALUE.has(after.norm) ? v : i;
}

/** Words naming what a sign is read as, said before the question mark ("Pain score?", "Pain level?"). */
const SCORE_WORDS = new Set(['score', 'level', 'scale']);
/** Words that ask for the sign before its name ("What's your pain?", "How's his pain?"). */
const ASKING = new Set(['what', "what's", 'whats', 'how', "how's", 'hows', 'is', 'your', 'his', 'her', 'the']);

/** The question mark ending the sign's name at `i` ("Sats?", "Pain score?"), or -1. */
function questionMark(doc: Doc, i: number): number {
  const j = SCORE_WORDS.has(doc.tokens[i]?.norm ?? '') ? i + 1 : i;
  return doc.tokens[j]?.norm === '?' ? j : -1;
}

/** True when only words asking for it are said before the sign's name at `nameStart` in its sentence. */
function askedAbout(doc: Doc, nameStart: number): boolean {
  for (let k = pastLabel(doc, sentenceStart(doc, nameStart)); k < nameStart; k++)
    if (!ASKING.has(doc.tokens[k].norm)) return false;
  return true;
}

/** Words reporting whose answer it is ("she said six", "he says eight"). */
const REPORTERS = new Set(['he', 'she', 'they']);
const REPORTING = new Set(['said', 'says', 'say']);

/**
 * Where an answer's words start at token `i`: past the line break and the label of who answers, as a transcript
 * writes it ("Pain?\nCasualty: Eight."), and past words reporting it ("Pain score? She said six.").
 */
function answerStart(doc: Doc, i: number): number {
  const t = doc.tokens;
  while (t[i]?.norm === '\n') i++;
  i = pastLabel(doc, i);
  if (REPORTERS.has(t[i]?.norm ?? '') && REPORTING.has(t[i + 1]?.norm ?? '')) i += 2;
  return i;
}

/** Past the label of who speaks at token `i` ("Casualty:", "Doc:"), as a transcript opens each turn. */
const pastLabel = (doc: Doc, i: number): number =>
  doc.tokens[i]?.kind === 'word' && /^\p{Lu}/u.test(doc.tokens[i].raw) && doc.tokens[i + 1]?.norm === ':' ? i + 2 : i;

/**
 * True when mention `k` is a sign asked as a sentence of its own and answered by its value ("Sats? Ninety-five."): the
 * question mark that negates it is answered, so the sign stands.
 */
export function isAnsweredSign(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const sign = tagOf(m, 'vital');
  if (!sign || sign.value === 'avpu' || questionMark(doc, m.end) < 0 || doc.excluded.has(doc.sentence[m.start]))
    return false;
  return valueAfterStop(doc, m.start, m.end) !== m.end;
}

/** True when the pressure's label at `start` is the cuff that takes it ("cuff reads …", "cuff's …"). */
export function namesCuff(doc: Doc, start: number): boolean {
  return doc.tokens[start]?.norm.startsWith('cuff') ?? false;
}

/**
 * True when the number ending before `end` is said as the systolic ("I've got a radial, palp's about seventy-eight
 * systolic"): the pressure felt at a pulse, no value of the pulse named before it.
 */
export function saidAsSystolic(doc: Doc, end: number): boolean {
  return doc.tokens[end]?.norm === 'systolic';
}

/**
 * "V on AVPU", "P on the AVPU scale", typed all lower-case "now v on avpu": the level's letter said before the label.
 * A lower-case "a" is a word ("a on AVPU"), never a level; "v", "p" and "u" are no words.
 */
export function letterBefore(doc: Doc, start: number): { value: Avpu; at: number } | null {
  let at = start - 1;
  if (doc.tokens[at]?.norm === 'the') at--;
  if (doc.tokens[at]?.norm !== 'on') return null;
  const t = doc.tokens[at - 1];
  if (!t || doc.claimed[at - 1] || !/^[AVPUvpu]$/.test(t.raw)) return null;
  return { value: AVPU_LETTERS[t.norm], at: at - 1 };
}
