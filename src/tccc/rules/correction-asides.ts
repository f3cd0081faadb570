/**
 * What a correction says after an aside: the place, reading or number said again after words that say nothing of what
 * is corrected ("scratch that, I got it, 110 over 70"), correcting the one said before the correction marker.
 */
import { minutesOntoHour, readClock, typedAgain } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { afterLeadingWords, isSkippable } from './correction-leads.js';
import { isPairAt } from './pair-readings.js';
import { isLocationWord } from './lexicon/body.js';
import type { Mention } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** How many plain words an aside between a marker and the place that corrects may hold. */
const PLACE_ASIDE_WORDS = 8;
/** Words a place is said after when an aside leads up to it ("that's the left forearm", "put it in his right arm"). */
const PLACE_ARTICLES = new Set(['the', 'his', 'her', 'their', 'that', "that's", 'its', "it's"]);

/**
 * The place after a short aside of plain words, or null: "no, hang on, he's rolled over, that's the left forearm" and
 * "scratch that, I put it in his right arm" correct the place before the marker. The aside names nothing clinical, no
 * number and no place, and does not end its sentence; the place is said as a noun after an article or owner, so a
 * place merely mentioned in passing ("no, checked him, left side clear") is not read as a correction.
 */
export function placeAfterAside(tokens: Token[], from: number, mentionAt: Map<number, Mention>): number | null {
  let words = 0;
  for (let i = from; i < tokens.length && words <= PLACE_ASIDE_WORDS; i++) {
    const t = tokens[i];
    if (isLocationWord(t.norm)) return i > from && PLACE_ARTICLES.has(tokens[i - 1].norm) ? i : null;
    if (SENTENCE_ENDS.has(t.norm) || mentionAt.has(i) || isNumeric(t)) return null;
    if (!isSkippable(t)) words++;
  }
  return null;
}

/** How many plain words an aside between a marker and the corrected reading may hold ("scratch that, I got it, 110 over 70"). */
const ASIDE_WORDS = 4;

/**
 * The start of a reading pair after a short aside of plain words (no clinical mention, number or place), or
 * null: the aside says nothing of what is corrected, the reading after it is the corrected value.
 */
export function readingAfterAside(tokens: Token[], after: number, mentionAt: Map<number, Mention>): number | null {
  let words = 0;
  for (let i = after; i < tokens.length && words <= ASIDE_WORDS; i++) {
    const t = tokens[i];
    if (isPairAt(tokens, i)) return i;
    if (SENTENCE_ENDS.has(t.norm) || mentionAt.has(i) || isNumeric(t) || isLocationWord(t.norm)) return null;
    if (!isSkippable(t)) words++;
  }
  return null;
}

/** How many plain words an aside closed by a comma may hold. */
const CLOSED_ASIDE_WORDS = 7;
/** Words after which "back" is the adverb, not the body region ("gone back through my notes", "looking back at it"). */
const BACK_AS_ADVERB = new Set(['through', 'over', 'at', 'to', 'on']);

/**
 * The number after an aside of plain words closed by a comma and the correction's leading words, or null: "1635,
 * correction, having gone back through my notes, it was 1638" corrects the time, not the words of the aside. An aside
 * names no place ("going in the right humerus instead, it is in at 1458" corrects the site), but the medic's own hand
 * is none, and it may say the new number before saying it again ("no wait, I wrote 44 on my hand, 44").
 */
export function numberAfterClosedAside(tokens: Token[], after: number, mentionAt: Map<number, Mention>): number | null {
  const inAside: string[] = [];
  for (let i = after; i < tokens.length && i <= after + CLOSED_ASIDE_WORDS; i++) {
    const t = tokens[i];
    if (t.norm === ',') {
      const next = afterLeadingWords(tokens, i + 1);
      const fresh = tokens[next];
      return i > after && fresh && isNumeric(fresh) && inAside.every((n) => n === fresh.norm) ? next : null;
    }
    if (isNumeric(t)) {
      inAside.push(t.norm);
      continue;
    }
    if (SENTENCE_ENDS.has(t.norm) || mentionAt.has(i) || t.kind !== 'word') return null;
    const adverb = t.norm === 'back' && BACK_AS_ADVERB.has(tokens[i + 1]?.norm ?? '');
    if (isLocationWord(t.norm) && !adverb && tokens[i - 1]?.norm !== 'my') return null;
  }
  return null;
}

/**
 * "Ketamine IO at 2342, no wait, I wrote 44 on my hand, 44", "Eleven twenty-seven!" / "no, make it twenty-eight": the
 * number at `after` said alone as minutes (two digits, under 60) corrects the time at `from`, and is that time's hour
 * with them ("2344"); null when `from` is no time said in one token or `after` no such minutes.
 */
export function minutesOnto(tokens: Token[], from: number, after: number): Token | null {
  const old = readClock(tokens, from);
  const minutes = tokens[after];
  const time = old && old.end === from + 1 && minutes?.kind === 'number' && minutesOntoHour(old.time, minutes.digits);
  if (!time) return null;
  const digits = time.replace(':', '');
  return { ...minutes, norm: digits, digits, value: Number(digits) };
}

/**
 * "at 14 13, correction, 14 15": where the number taken back at `from` is the minutes of a time typed as two numbers,
 * and the correction at `after` says the whole time again the same way, the time's hour goes with its minutes; else
 * `from` itself.
 */
export const takenBackFrom = (tokens: Token[], from: number, after: number): number =>
  typedAgain(tokens, from - 1, after) ? from - 1 : from;
