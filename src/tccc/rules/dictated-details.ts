/**
 * Dictation that stops at every pause: "Gave T X A. One gee. IV. At two two one zero." A sentence after a drug's
 * that says nothing but amounts, routes and times ("One gee.", "IV.", "At two two one zero.", "By mouth.") is the
 * rest of that drug's sentence. Any other word ("Stats ninety six.", "Held the morphine.", "Sixty over forty.")
 * makes a sentence of its own and ends the run.
 */
import type { Token } from '../text/tokenize.js';
import { isNumeric } from '../text/tokenize.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import { heardRoute } from './heard-routes.js';
import { isLocationWord } from './lexicon/body.js';
import { tagOf, type Mention } from './matcher.js';
import { SEGMENT_ENDS } from './sentence-ends.js';

/** Words a dictated amount, route or time is said with, besides its numbers and units ("at zero four ten hours"). */
const DETAIL_WORDS = new Set([',', '-', '...', 'at', 'by', 'via', 'uh', 'um', 'oh', 'hours', 'hrs', 'zulu', 'local']);

/** Words inside an injection site said after its route ("IM, in the left deltoid"). */
const SITE_FILLERS = new Set(['in', 'into', 'the', 'his', 'her', 'upper', 'lateral']);

/** Whether a sentence end at token `i` closes it (the bar of a table row is no pause in dictation). */
const endsAt = (tokens: readonly Token[], i: number): boolean => SEGMENT_ENDS.has(tokens[i].norm);

/**
 * For each token, the exclusive token end of its sentence extended over the sentences of amounts, routes and times
 * said right after it; where none follows, the end of its own sentence.
 */
export function detailsEnds(tokens: readonly Token[], mentions: readonly Mention[], sentence: Int32Array): Int32Array {
  // Tokens inside a route's mention ("by mouth", "IV", "intramuscular").
  const routed = new Uint8Array(tokens.length);
  for (const m of mentions)
    if (tagOf(m, 'route') || tagOf(m, 'access')) for (let i = m.start; i < m.end; i++) routed[i] = 1;
  // "IM", "intramuscular": a shot, whose site may be said after it.
  const shot = new Uint8Array(tokens.length);
  for (const m of mentions) if (tagOf(m, 'route')?.value === 'IM') shot.fill(1, m.start, m.end);
  // "Two grams. I owe.": a route heard as words after a dose.
  for (let i = 0; i < tokens.length; i++) routed.fill(1, i, heardRoute(tokens, i)?.end ?? i);
  const isDetail = (from: number, to: number): boolean => {
    let said = false;
    // An IM said before: only a shot's site is a detail ("IV L AC 1110" is a line placed).
    let shotSaid = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (endsAt(tokens, i)) continue;
      if (isNumeric(t) || routed[i]) said = true;
      // "Ket. Fifty mg IM, right thigh.": where a shot went in, said after its route, is part of the detail.
      else if (shotSaid && (isLocationWord(t.norm) || SITE_FILLERS.has(t.norm))) continue;
      else if (!DETAIL_WORDS.has(t.norm) && !Object.hasOwn(DOSE_UNITS, t.norm) && !Object.hasOwn(VOLUME_UNITS, t.norm))
        return false;
      shotSaid ||= shot[i] === 1;
    }
    return said;
  };
  const ends = new Int32Array(tokens.length);
  // From the last sentence back: a sentence's run reaches as far as the run of a detail sentence right after it.
  let nextIsDetail = false;
  let nextEnd = tokens.length;
  for (let to = tokens.length; to > 0;) {
    let start = to;
    while (start > 0 && sentence[start - 1] === sentence[to - 1]) start--;
    const own = nextIsDetail ? nextEnd : to;
    ends.fill(own, start, to);
    nextIsDetail = isDetail(start, to);
    nextEnd = own;
    to = start;
  }
  return ends;
}
