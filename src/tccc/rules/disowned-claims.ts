/**
 * A question that quotes what another record says ("Your written statement says the IO went in at ten-fifty.", "The
 * card has the TQ on the left arm?") answered with a denial ("No, that's wrong.", "That's a mistake in the
 * statement."): the record was wrong, so what it says is no fact of the casualty's; the answer says what was done.
 * The quoting sentence is blanked. Confirmed ("Yes, that's right.") or left unanswered, it is read as said.
 */
import { blankRange } from './blanked-text.js';

/** A sentence that quotes a written record: the record named, then its verb of saying. */
const QUOTES_RECORD =
  /\b(?:statement|card|report|log|notes?|form|chart|paperwork|record|sheet|1380|tag)\s+(?:says|said|has|had|shows|showed|reads|lists|listed|puts)\b|\bit\s+says\s+here\b/i;

/** Space, then a speaker's label or a turn's dash that opens the answer ("A:", "SGT Ruiz:", "- "). */
const TURN_OPENING = /^\s*(?:[A-Za-z][A-Za-z.' -]{0,30}:|[-\u2013\u2014])?\s*/;

/** An answer that opens by saying the record was wrong; a bare "No" set off by a stop, never "No exit wound". */
const DENIAL =
  /^(?:(?:no|nope|negative|wrong|incorrect)\s*[,.!;:\u2014-]|not\s+(?:right|correct|true)\b|that(?:'s|\s+is|\s+was)\s+(?:wrong|incorrect|not\s+(?:right|correct)|a\s+mistake|an\s+error|a\s+typo)\b|(?:the\s+)?(?:statement|card|report|log|form)\s+(?:is|was)\s+wrong\b)/i;

/** Sentences of `text`: each run of words up to and with its stop, or a line's end. */
const SENTENCE = /[^.?!\n]+[.?!]*/g;

/** `text` with each record's claim that the answer after it denies blanked, same length. */
export function withoutDisownedClaims(text: string): string {
  let out = text;
  for (const s of text.matchAll(SENTENCE)) {
    if (!QUOTES_RECORD.test(s[0])) continue;
    const end = s.index + s[0].length;
    // The claim must be the last thing said before the answer: a question after it would be what is answered.
    const rest = text.slice(end);
    const gap = /^\s*/.exec(rest)?.[0] ?? '';
    // On a line of its own the answer may open with who speaks; in the same line it is the next sentence.
    const said = gap.includes('\n') ? rest.replace(TURN_OPENING, '') : rest.slice(gap.length);
    if (!DENIAL.test(said)) continue;
    // Who asks is kept: a transcript's labels are read as its speakers (dialogue-speakers.ts).
    const atLineStart = s.index === 0 || text[s.index - 1] === '\n';
    const label = atLineStart ? (TURN_OPENING.exec(s[0])?.[0].length ?? 0) : 0;
    out = blankRange(out, s.index + label, end);
  }
  return out;
}
