/**
 * A recorded transcript notes what was not speech between what was said ("[wind noise]", "[crosstalk]", "(unclear)")
 * and where a speaker picks up after a pause ("... second is the TC"). Standing right after a sentence's end, the
 * pause mark and any notes before it are blanked (blanked-text.ts, offsets kept): the word after them opens the next
 * sentence as the medic said it, so "He's urgent. [wind noise] ...second is the TC" turns to the second casualty as
 * "He's urgent. Second is the TC" would. A transcriber's note is lower-case words in brackets; a bracketed speaker
 * ("[Medic]") or a stamp with digits is not one, and a gap inside a sentence ("pulse [inaudible] ninety") is left as
 * written, where no number is read across it.
 */
import { blank } from './blanked-text.js';

/**
 * A sentence's end (or the text's start), then notes and the pause marks the speaker picks up after: a note with no
 * pause after it ("[radio] Hammer six, …") may say who speaks or on what, and is left to the readers of those.
 */
const GAP_AFTER_END = /(^|[.!?\n]["”]?[ \t]*)((?:(?:\[[a-z][a-z ]*\]|\([a-z][a-z ]*\))[ \t]*)*(?:\.{3}|…)[ \t]*)/g;

/** `text` with the transcriber's notes and pauses between sentences blanked; same length. */
export const withoutGapsBetweenSentences = (text: string): string =>
  text.replace(GAP_AFTER_END, (_, end: string, gap: string) => end + blank(gap));
