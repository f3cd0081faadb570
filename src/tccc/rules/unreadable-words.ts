/**
 * A card transcribed from a smudged original marks what could not be read: "[illegible]" for a gap, "[?]" after a
 * word read in doubt ("P 104[?]", "800 [?]"). A number with a gap in it ("22[illegible]", "0[illegible]15") or read in
 * doubt is no number: it is blanked (blanked-text.ts, offsets kept), so "time 22[illegible]" gives no time, not 22:00,
 * and "Fent 800[?]" no dose. A word with no digit so marked is left as written, a gap the readers already pass over
 * ("NAME: [illegible] Reyes"): blanked, the field would take the next label for its value.
 */
import { blank } from './blanked-text.js';

/** A word marked in doubt by a "[?]" set after it, or a word with a mark inside or on it. */
const MARKED = /[^\s|]+[ \t]+\[\?\](?=[\s.,;:]|$)|[^\s|]*\[(?:illegible|\?)\][^\s|.,;:]*/gi;

/** `text` without the numbers a transcriber could not read, or read in doubt; same length. */
export const withoutUnreadable = (text: string): string =>
  text.includes('[') ? text.replace(MARKED, (words) => (/\d/.test(words) ? blank(words) : words)) : text;
