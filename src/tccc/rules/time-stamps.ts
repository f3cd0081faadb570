/**
 * Times that stamp every act after them which says none of its own: the time a log line opens with ("1445Z 18ga
 * IV R AC, 1000mg TXA IV."), and a time that heads a list after a colon ("pill pack at 1640: moxifloxacin 400 mg
 * PO, meloxicam 15 mg PO").
 */
import { readClock } from '../text/clock.js';
import { leadsVitals } from './attributes.js';
import type { Doc } from './document.js';

/**
 * The time a log line opens with ("1445Z 18ga IV R AC, 1000mg TXA IV."): every treatment on that
 * line without a time of its own was given then. Not a time that opens a set of vitals.
 */
export function sentenceStamp(doc: Doc, k: number, cache: Map<number, string | null>, toiAt: number): string | null {
  const sentence = doc.sentence[doc.mentions[k].start];
  const known = cache.get(sentence);
  if (known !== undefined) return known;
  let first = doc.mentions[k].start;
  while (first > 0 && doc.sentence[first - 1] === sentence) first--;
  first = pastAside(doc, first, sentence);
  // "At 1205 she got 50 mcg of fentanyl IV": the time said after an opening "at" stamps the sentence as a bare one.
  if (['at', '@'].includes(doc.tokens[first]?.norm ?? '') && doc.sentence[first + 1] === sentence) first++;
  // "IED blast 0253." opens with the time of injury, not the time of what follows.
  const clock = first === toiAt ? null : readClock(doc.tokens, first);
  const stamp = clock && !leadsVitals(doc, clock.end) ? clock.time : null;
  cache.set(sentence, stamp);
  return stamp;
}

/** Brackets a transcriber sets off someone else's words or a sound with ("[Crew chief: 0912]", "(radio)"). */
const ASIDE_CLOSES: ReadonlyMap<string, string> = new Map([
  ['[', ']'],
  ['(', ')'],
]);

/**
 * The first token after a bracketed aside that opens the sentence at `first` ("[Crew chief: 0912] 0912, splint's
 * on."): a transcriber's bracket closes no sentence, so the medic's own words start after it; `first` when none does.
 */
function pastAside(doc: Doc, first: number, sentence: number): number {
  const close = ASIDE_CLOSES.get(doc.tokens[first]?.norm ?? '');
  if (!close) return first;
  for (let i = first + 1; i < doc.tokens.length && doc.sentence[i] === sentence; i++)
    if (doc.tokens[i].norm === close) return i + 1;
  return first;
}

/**
 * The time before a colon earlier in the sentence of mention `k` ("Combat wound pill pack at 1640: moxifloxacin …"):
 * it heads the list after the colon. Not a time some fact has already taken (a time of injury, an act's own
 * time), nor one that heads a set of vitals.
 */
export function headingStamp(doc: Doc, k: number): string | null {
  const at = doc.mentions[k].start;
  for (let i = at - 1; i > 0 && doc.sentence[i] === doc.sentence[at]; i--) {
    if (doc.tokens[i].norm !== ':') continue;
    let start = i - 1;
    // A time said in several number words ("fourteen forty:") starts at the first of them.
    while (start > 0 && doc.tokens[start - 1].kind === 'number' && doc.sentence[start - 1] === doc.sentence[at])
      start--;
    const clock = readClock(doc.tokens, start);
    if (!clock || clock.end !== i || doc.claimed[start] || leadsVitals(doc, i)) return null;
    return clock.time;
  }
  return null;
}

/** The clock a timeline's line opens with, by the index of the line's first token. */
export type LineClocks = ReadonlyMap<number, { time: string; start: number; end: number }>;

/**
 * The clock each line opens with ("0430 Cas A LTOWB unit 2 IO.", "@1605 ortiz hr 96"), written as a clock or four
 * digits, by the line's first token. Only in a timeline, where two lines or more open so: a lone paragraph that opens
 * with a time ("1405 we got to him. …") may say when it began, not when each thing in it was done. Read before any
 * act or sign takes a time, so a clock already claimed is a time of injury, a grid or a roster's digits, and no line's.
 */
export function readLineClocks(doc: Doc): LineClocks {
  const found = new Map<number, { time: string; start: number; end: number }>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i > 0 && doc.tokens[i - 1].norm !== '\n') continue;
    const at = ['@', 'at'].includes(doc.tokens[i].norm) ? i + 1 : i;
    const t = doc.tokens[at];
    const written = t?.kind === 'clock' || (t?.kind === 'number' && !t.spoken && t.digits?.length === 4);
    const clock = written && !doc.claimed[at] ? readClock(doc.tokens, at) : null;
    if (clock) found.set(i, { time: clock.time, start: at, end: clock.end });
  }
  return found.size >= 2 ? found : new Map();
}

/**
 * The clock the timeline line of token `i` opens with, when `i` comes after it: "0430 Cas A LTOWB unit 2 IO. HR 118
 * BP 102/64." was all done and read at 0430, the signs in the line's second sentence too.
 */
export function lineStamp(lines: LineClocks, doc: Doc, i: number): { time: string; start: number; end: number } | null {
  const clock = lines.get(lineStartOf(doc, i));
  return clock && clock.end <= i ? clock : null;
}

/** The first token of each token's line, per narrative, so a long text is walked once. */
const lineStarts = new WeakMap<Doc, Int32Array>();

/** The first token of the line of token `i`. */
export function lineStartOf(doc: Doc, i: number): number {
  let starts = lineStarts.get(doc);
  if (!starts) {
    starts = new Int32Array(doc.tokens.length);
    for (let k = 1; k < doc.tokens.length; k++) starts[k] = doc.tokens[k - 1].norm === '\n' ? k : starts[k - 1];
    lineStarts.set(doc, starts);
  }
  return starts[i] ?? 0;
}
