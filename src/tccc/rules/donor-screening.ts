/**
 * A walking blood bank draws a unit from a soldier on the spot: the medic names the donor and reads out his screening
 * ("Corporal Dale Ito, roster delta india four four one two, O positive, low titer, Eldon card matches") and sometimes
 * his vitals ("her vitals: pulse seventy, BP one twenty over eighty, she's good to give"). The donor is no patient:
 * his roster and readings are no fact of the casualty's. A sentence that screens a donor, naming a titer or an
 * Eldon card with no unit, bag or line in it, or that clears someone to give, is blanked (blanked-text.ts, offsets
 * kept); the sentence that hangs the unit on the casualty ("low titer O whole blood, one unit IO at 0658") is read.
 */
import { blankRange } from './blanked-text.js';

/** A sentence, up to its full stop, semicolon, question or exclamation mark or line break. */
const SENTENCE = /[^.;!?\n]+[.;!?]?/g;

/** The words of a donor's screening: his titer, his blood-typing card. */
const SCREENING = /\b(?:low[ -]titer|low[ -]titre|titer|titre|eldon)\b/i;

/** Someone cleared to give blood. */
const CLEARED_TO_GIVE = /\b(?:good|ok|okay|cleared|fit|eligible) to (?:give|donate)\b/i;

/** Words of a unit given, or of the line it runs through: a sentence with one hangs blood on the casualty. */
const GIVEN = /\b(?:units?|bags?|hang(?:s|ing)?|hung|transfus\w*|whole blood|ltowb|fwb|io|iv|ml|mls|cc)\b/i;

/** `text` with the sentences that screen a donor or clear him to give blanked; same length. */
export function withoutDonorScreening(text: string): string {
  if (!SCREENING.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(SENTENCE)) {
    const words = m[0];
    const screens = SCREENING.test(words) && !GIVEN.test(words);
    if (screens || CLEARED_TO_GIVE.test(words)) out = blankRange(out, m.index, m.index + words.length);
  }
  return out;
}
