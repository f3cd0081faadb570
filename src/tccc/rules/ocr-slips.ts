/**
 * A scanned card read by OCR confuses letters and digits that look alike: "O9l5" for 0915, "l3O" for 130, "WHlTFIELD",
 * "C0MBAT", "Ertapenern l g" for "Ertapenem 1 g". Where the text shows it (several numbers with a letter O or l among
 * their digits) each slip is read back as the one character it stands for, a word's only where the repaired word is one
 * the lexicon knows and the slipped one is not. The text keeps its length, so every offset holds ("rn" read as "m"
 * leaves a space after the word). A number too far gone to read ("38S M% 4#8?") is left as it is: no reader makes a
 * fact of it.
 */
import { SPELLING } from './lexicon/index.js';

/** Numbers with a look-alike letter among their digits a text needs before it is read as OCR output. */
const MIN_SLIPPED_NUMBERS = 3;

/** A run of digits and their look-alike letters, with at least one digit: "O9l5", "l3O", "ll8", "4O82". */
const DIGITS_AND_LOOKALIKES = /^[0-9OIl]*[0-9][0-9OIl]*$/;

/**
 * A number with a letter in it: what shows a scan was read by OCR ("O92O", "l3O", "ll8"). An O anywhere, or an I or l
 * before a digit: "2l" may be two litres.
 */
const SLIPPED_NUMBER =
  /(?<![A-Za-z0-9])(?=[0-9OIl]*(?:O|[Il][0-9OIl]*[0-9]))(?=[0-9OIl]*[0-9])[0-9OIl]{2,}(?![A-Za-z0-9])/g;

/** Words that are letters only however they look: oxygen's "O2" keeps its O. */
const KEPT = new Set(['O2']);

/** An amount's unit written onto its digits ("l8g", "5OOml"): never a lower-case l alone, which is a digit here. */
const NUMBER = /^([0-9OIl]+?)(ml|%|[a-km-z]{1,2})?$/;

const asDigits = (run: string): string => run.replace(/O/g, '0').replace(/[Il]/g, '1');

/** `text` with its OCR slips read back where a text shows them; same length. */
export function withoutOcrSlips(text: string): string {
  const slipped = (text.match(SLIPPED_NUMBER) ?? []).filter((n) => !KEPT.has(n));
  if (slipped.length < MIN_SLIPPED_NUMBERS) return text;
  return text
    .replace(/[A-Za-z0-9]+/g, (word, at: number) => repairedWord(word, text, at))
    .replace(/(?<=#)l(?![A-Za-z0-9])|(?<![A-Za-z0-9])l(?=\s+(?:units?|g|gm|mg|rng)\b)/g, '1')
    .replace(BROKEN_WORD, (whole, head: string, tail: string) => joinedWord(whole, head, tail));
}

/** A word the card's line broke with a hyphen ("Tylen-" over "ol 1300 mg"). */
const BROKEN_WORD = /([A-Za-z]+)-\n([A-Za-z]+)/g;

/**
 * "Tylen-\nol" is "Tylenol": a word broken at a line's end is read whole where only the joined word is known; the
 * line break goes with the hyphen (the rest of the line is the word's), same length.
 */
function joinedWord(whole: string, head: string, tail: string): string {
  const joined = head + tail;
  if (SPELLING.knows(joined.toLowerCase()) && !SPELLING.knows(tail.toLowerCase())) return joined.padEnd(whole.length);
  return whole;
}

/** One run of letters and digits read back: a number, an all-capital word, or a word the lexicon knows. */
function repairedWord(word: string, text: string, at: number): string {
  if (KEPT.has(word)) return word;
  const number = NUMBER.exec(word);
  if (number && DIGITS_AND_LOOKALIKES.test(number[1])) return asDigits(number[1]) + (number[2] ?? '');
  // A battle roster number: two letters, then digits among which a letter slipped ("MW4O82"); a grid zone: digits,
  // then its letter ("l5S").
  const roster = /^([A-Z]{2})([0-9O]{4})$/.exec(word);
  if (roster && /\d/.test(roster[2])) return roster[1] + asDigits(roster[2]);
  const zone = /^([0-9OIl]{1,2})([C-HJ-NP-X])$/.exec(word);
  if (zone && /\d/.test(zone[1])) return asDigits(zone[1]) + zone[2];
  if (joinedToNumber(text, at, word.length) && /^[OIl]{1,3}$/.test(word) && word !== 'IO') return asDigits(word);
  // A capital word with a lower-case l or a zero among its capitals: "WHlTFIELD", "TlME", "C0MBAT", "lN".
  if (/^[A-Z0l]+$/.test(word) && /[A-Z].*[A-Z]|^l[A-Z]/.test(word) && /[0l]/.test(word))
    return word.replace(/l/g, 'I').replace(/0/g, 'O');
  return knownRepair(word) ?? word;
}

/** "9O/6O", "l-lO": part of a number group joined by a slash or a hyphen to another part. */
function joinedToNumber(text: string, at: number, length: number): boolean {
  return /[/-]/.test(text[at - 1] ?? '') || /[/-]/.test(text[at + length] ?? '');
}

/** The word the lexicon knows that a slipped word stands for ("arrn" → "arm ", "pIaced", "Prlority"), same length. */
function knownRepair(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (SPELLING.knows(lower)) return undefined;
  for (const [slip, meant] of [
    ['rn', 'm'],
    ['I', 'l'],
    ['l', 'i'],
  ] as const) {
    const at = word.indexOf(slip, slip === 'rn' ? 0 : 1); // a capital's look-alike opens many a word ("If", "Is")
    if (at < 0) continue;
    const repaired = word.slice(0, at) + meant + word.slice(at + slip.length);
    if (SPELLING.knows(repaired.toLowerCase())) return repaired.padEnd(word.length);
  }
  return undefined;
}
