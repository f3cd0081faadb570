/**
 * A casualty's sex written as a capital letter: "SPC Keisha Grant, F, 3rd PLT", "Petrov, civ contractor, M.",
 * "Cas A (M): frag R chest". `casualty.ts` reads it when no word says the sex.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';

const SEX_LETTERS: Readonly<Record<string, 'male' | 'female'>> = { F: 'female', M: 'male' };
const ITEM_ENDS = new Set([',', '.', '\n', '/', ';', ':', '|']);

/**
 * What sets a short item apart: a comma, or a card's slash, dash or pipe with a space before it ("Dana Whitlock / DW
 * 3318 / F / NKDA", "SGT Lena Brooks - F - BRN LB 6610").
 */
const isItemSeparator = (t: { norm: string; spaced: boolean } | undefined): boolean =>
  t !== undefined && (t.norm === ',' || (['/', '-', '|'].includes(t.norm) && t.spaced));

/** Most words a sex letter may follow the name by, in short items that say who he is ("Petrov, civ contractor, M."). */
const WORDS_BETWEEN = 6;

/**
 * True when the comma at `comma` closes the name (its last word `last`), or a few words set off by commas after it
 * that say who he is ("SPC Marcus Bell, driver, M.", "Mr. Haddad, LN mechanic, M."); a label blanked between them
 * leaves only its comma ("Bell,       , M.").
 */
function closesName(doc: Doc, comma: number, last: string | undefined): boolean {
  let words = 0;
  for (let k = comma - 1; k >= 0 && words <= WORDS_BETWEEN; k--) {
    const t = doc.tokens[k];
    if (t.raw.replace(/['\u2019]s$/, '') === last) return isItemSeparator(doc.tokens[k + 1]);
    // "SPC Keisha Grant, 1st PLT, F": the digits of a unit said between are words of what he is.
    if (t.kind === 'word' || t.kind === 'number') words++;
    else if (!isItemSeparator(t)) return false;
  }
  return false;
}

/** "SPC Keisha Grant, F, 3rd PLT": a capital F or M as its own item right after the name, or after what he is. */
export function sexLetterAfterName(doc: Doc, name: string): Found<'male' | 'female'> | null {
  // "SPC Rosa Delgado-Vance, F": a hyphened surname ends in the word after its hyphen.
  const last = name.split(/[ -]/).pop();
  for (let i = 2; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!Object.hasOwn(SEX_LETTERS, t.raw) || !isItemSeparator(doc.tokens[i - 1]) || !closesName(doc, i - 1, last))
      continue;
    const after = doc.tokens[i + 1];
    // "SGT Hill, M - frag abdomen": a dash set off by spaces ends the item too.
    if (after === undefined || ITEM_ENDS.has(after.norm) || (after.norm === '-' && after.spaced))
      return { value: SEX_LETTERS[t.raw], span: spanOf(doc, i, i + 1) };
  }
  return null;
}

/** "Cas A (M): frag R chest": a capital F or M alone in brackets is the sex. */
export function sexLetterInBrackets(doc: Doc): Found<'male' | 'female'> | null {
  for (let i = 1; i + 1 < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (doc.excluded.has(doc.sentence[i])) continue;
    if (Object.hasOwn(SEX_LETTERS, t.raw) && doc.tokens[i - 1].norm === '(' && doc.tokens[i + 1].norm === ')')
      return { value: SEX_LETTERS[t.raw], span: spanOf(doc, i - 1, i + 2) };
  }
  return null;
}

/** Words written after an age in years ("24 yo", "30 yoa"), besides "y/o". */
const AGE_WORDS = new Set(['yo', 'yoa', 'yrs', 'years', 'year']);

/** True when an age in years ends just before token `i` ("24 y/o", "25 yo"). */
function ageEndsAt(doc: Doc, i: number): boolean {
  const n = (k: number): string => doc.tokens[k]?.norm ?? '';
  if (n(i - 1) === 'o' && n(i - 2) === '/' && n(i - 3) === 'y') return doc.tokens[i - 4]?.kind === 'number';
  return AGE_WORDS.has(n(i - 1)) && doc.tokens[i - 2]?.kind === 'number';
}

/**
 * A capital F or M said with the casualty's age or labels: "24 y/o M", "25 yo F", "Sex F.", "Sex: M", "Pt M, ~22 y/o".
 */
export function sexLetterWithAge(doc: Doc): Found<'male' | 'female'> | null {
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!Object.hasOwn(SEX_LETTERS, t.raw) || doc.excluded.has(doc.sentence[i])) continue;
    const label = doc.tokens[i - 1].norm === ':' ? i - 2 : i - 1;
    const labelled = ['sex', 'pt', 'patient'].includes(doc.tokens[label]?.norm ?? '');
    const after = doc.tokens[i + 1];
    const ends = after === undefined || ITEM_ENDS.has(after.norm);
    if (ageEndsAt(doc, i) || agedLetter(doc, i) || (labelled && ends))
      return { value: SEX_LETTERS[t.raw], span: spanOf(doc, i, i + 1) };
  }
  return null;
}

/**
 * "A) 26M frag abd", "Pt B 31M burns": the letter written onto the age heading a casualty's item; never a device's
 * size in French gauge ("28F NPA", "14F chest tube"), nor an age said within a sentence.
 */
function agedLetter(doc: Doc, i: number): boolean {
  const age = doc.tokens[i - 1];
  if (age?.kind !== 'number' || doc.tokens[i].spaced || !/^\d{1,2}$/.test(age.raw)) return false;
  const before = doc.tokens[i - 2];
  // After an item's label ("A)", "Pt B") or opening a line; "at 30M", "Range: 50M" are distances.
  const heads = before === undefined || [')', '\n'].includes(before.norm) || /^[A-Z]$/.test(before.raw);
  const next = doc.mentions[doc.mentionIndex[i + 1] ?? -1];
  return heads && !next?.tags.some((t) => t.cat === 'intervention');
}
