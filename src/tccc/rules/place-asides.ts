/**
 * A place said again after an aside, correcting the place said before the correction marker.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { isSkippable } from './correction-leads.js';
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
