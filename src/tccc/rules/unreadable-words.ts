/**
 * A card transcribed from a smudged original marks what could not be read: "[illegible]" for a gap, "[?]" after a
 * word read in doubt ("P 104[?]", "800 [?]"). A number with a gap in it ("22[illegible]", "0[illegible]15") or read in
 * doubt is no number: it is blanked (blanked-text.ts, offsets kept), so "time 22[illegible]" gives no time, not 22:00,
 * and "Fent 800[?]" no dose. A word with no digit so marked is left as written, a gap the readers already pass over
 * ("NAME: [illegible] Reyes"): blanked, the field would take the next label for its value.
 * A number said in words and cut off by a recording's gap mid-word ("time is seventeen twenty-[inaudible]", "forty-
 * (unclear)") is no number either: read, it would be 17:20 or 40, whatever the medic went on to say. So is a priority
 * cut off where a longer one may go on: "He's urgent [inaudible]" may have been "urgent surgical".
 */
import { isNumberWord } from '../text/numbers.js';
import { blank, blankRange } from './blanked-text.js';

/** A word marked in doubt by a "[?]" set after it, or a word with a mark inside or on it. */
const MARKED = /[^\s|]+[ \t]+\[\?\](?=[\s.,;:]|$)|[^\s|]*\[(?:illegible|\?)\][^\s|.,;:]*/gi;

/** `text` without the numbers a transcriber could not read, or read in doubt; same length. */
export const withoutUnreadable = (text: string): string =>
  text.includes('[') ? text.replace(MARKED, (words) => (/\d/.test(words) ? blank(words) : words)) : text;

/**
 * A transcriber's note of words lost ("inaudible", "crosstalk", "wind noise", "static"): named, so that a category
 * written out in brackets ("Urgent (surgical)", "URGENT (CAT A)") or a form's ticked box ("Urgent [X]") is none.
 */
const GAP_NOTE =
  '(?:inaudible|unintelligible|unclear|indistinct|crosstalk|cross-talk|garbled|static|muffled|silence|(?:[a-z]+ )?noise)';

/** A word, then a hyphen and a transcriber's note right after it: a word cut off by the gap ("twenty-[inaudible]"). */
const CUT_OFF = new RegExp(`([A-Za-z]+)-(?:\\[${GAP_NOTE}\\]|\\(${GAP_NOTE}\\))`, 'g');
/** A number word ending right at the end of the text before it, after a space or hyphen ("seventeen "). */
const NUMBER_BEFORE = /([A-Za-z]+)[ \t-]+$/;

/** "Urgent", then a transcriber's note: what followed it ("surgical") is lost. */
const CUT_OFF_PRIORITY = new RegExp(`\\burgent(?=[ \\t]+(?:\\[${GAP_NOTE}\\]|\\(${GAP_NOTE}\\)))`, 'gi');

/** `text` with each number said in words and cut off by a gap blanked, the gap with it, and each priority cut off; same length. */
export function withoutCutOffWords(text: string): string {
  let out = text.replace(CUT_OFF_PRIORITY, blank);
  for (const cut of text.matchAll(CUT_OFF)) {
    if (!isNumberWord(cut[1].toLowerCase())) continue;
    let from = cut.index;
    for (let before = NUMBER_BEFORE.exec(text.slice(Math.max(0, from - 40), from)); before;) {
      if (!isNumberWord(before[1].toLowerCase())) break;
      from -= before[0].length;
      before = NUMBER_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
    }
    out = blankRange(out, from, cut.index + cut[0].length);
  }
  return out;
}
