/**
 * A review checklist answered line by line: "TXA given? Y – 2 g IV 0824", "Pelvic binder? | Y | SAM pelvic 1910",
 * "Second TQ? N – first one held", "Blood products? N/A". A question is otherwise read as asked, not done (its "?"
 * negates it); here a "Y" says it was done, so the line is read as the question's words with the answer's
 * ("TXA given 2 g IV 0824"), and a "N" or "N/A" says it was not, so the question is left out with its answer.
 */
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';

/** "12. IO? Y – R humeral, 2223", "Pelvic binder? | Y | SAM pelvic 1910": the question, its "?", the answer's word. */
const ANSWERED =
  /^([ \t]*(?:\d+\.[ \t]*)?)([^?\n|]*[\p{L}][^?\n|]*)\?[ \t]*(?:\|[ \t]*)?(Y|N|N\/A)\b[ \t]*(?:[–—:|-][ \t]*)?/u;
/** A question that offers two things or more ("IV/IO?", "Chest seal / NDC?"): a "Y" says which in its answer. */
const EITHER = /\//;
/** A later word on the line that changes the answer ("CORRECTION: N", "corrected to Y"). */
const CORRECTED_ANSWER = /\bcorrect(?:ion|ed)\b(?:[ \t]*(?::|to))?[ \t]*(Y|N|N\/A)\b/i;
/** Fewest answered lines that make a checklist. */
const LEAST = 4;

/** The checklist read as what was done; null when the text answers fewer than four questions line by line. */
export function readChecklistAnswers(text: string): RewrittenText | null {
  const answered = linesOf(text).flatMap((line) => {
    const m = ANSWERED.exec(text.slice(line.start, line.end));
    return m ? [{ line, m }] : [];
  });
  if (answered.length < LEAST) return null;
  const out = new RewrittenText();
  let at = 0;
  for (const { line, m } of answered) {
    const question = line.start + m[1].length;
    const answer = line.start + m[0].length;
    // "TQ applied? | Y – R thigh 1906 | CORRECTION: N. No TQ.": the answer as corrected.
    const corrected = CORRECTED_ANSWER.exec(text.slice(answer, line.end))?.[1] ?? m[3];
    out.copy(text, at, question);
    if (corrected.toUpperCase() === 'Y' && !EITHER.test(m[2]))
      out.copy(text, question, question + m[2].trimEnd().length).join(' ');
    // A "N" leaves its reason ("N – first one held"), which is read as it is written.
    at = answer;
  }
  return out.copy(text, at, text.length);
}
