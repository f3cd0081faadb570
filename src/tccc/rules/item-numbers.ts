/**
 * A list item's number said before a casualty: "No. 1, …", "#3 - …", "1. …", "B) …". Lines that open so are read as
 * casualty designators in `switch-openings.ts`.
 */
import type { Token } from '../text/tokenize.js';
import { norm, numberAt, startsLine } from './switch-words.js';

/**
 * "No. 1, …", "Number 2: …", "#3 - …", "#1 CPL Webb": a casualty's number said with "no", "number" or "#" (set off
 * by punctuation, but for "#"), at token `i`; the number and the token after it, else undefined.
 */
export function numberSignAt(tokens: Token[], i: number): { n: number; end: number } | undefined {
  const sign = norm(tokens, i);
  if (!['no', 'number', '#'].includes(sign)) return undefined;
  const at = norm(tokens, i + 1) === '.' && sign === 'no' ? i + 2 : i + 1;
  const t = tokens[at];
  // Written or said ("No. 1", "Number one, Specialist Aiden Price, …").
  const said = t?.kind === 'number' && (/^[1-9]$/.test(t.raw) || (t.spoken === true && !t.raw.includes(' ')));
  if (!said || !Number.isInteger(t.value) || t.value! < 1 || t.value! > 9) return undefined;
  return sign === '#' || [',', ':', '-', ')'].includes(norm(tokens, at + 1)) ? { n: t.value!, end: at + 1 } : undefined;
}

/** Capital letters that letter a list's items ("A) …", "B. …"), and the number each says. */
const ITEM_LETTERS: Readonly<Record<string, number>> = { A: 1, B: 2, C: 3, D: 4, E: 5 };

/**
 * "1. …", "2) …", "3 - …", "A) …", "B. …", "C = …": a list item's number or letter opening a line, at token `i`; its number
 * and the token after. A spaced dash sets off a number only.
 */
export function itemNumberAt(tokens: Token[], i: number): { n: number; end: number } | undefined {
  const t = tokens[i];
  const dash = norm(tokens, i + 1) === '-' && tokens[i + 1].spaced && t?.kind === 'number';
  // "A = SGT Carl Voss": a row's letter said to be a person, in the notes under a board.
  if (!t || !(['.', ')', '='].includes(norm(tokens, i + 1)) || dash)) return undefined;
  if (t.kind === 'number' && /^[1-9]$/.test(t.raw)) return { n: t.value!, end: i + 2 };
  return Object.hasOwn(ITEM_LETTERS, t.raw) ? { n: ITEM_LETTERS[t.raw], end: i + 2 } : undefined;
}

/**
 * True when the narrative is written as numbered paragraphs with lettered subparagraphs ("2. Casualties." over
 * " a. SGT Ruiz, …" and " b. SPC Whitcomb, …"), as a SITREP is: its numbers are the paragraphs', never a casualty's.
 */
export function paragraphOutline(tokens: Token[]): boolean {
  return tokens.some(
    (t, k) =>
      (k === 0 || norm(tokens, k - 1) === '\n') && /^[a-e]$/.test(t.raw) && ['.', ')'].includes(norm(tokens, k + 1)),
  );
}

/** The number of a line opened by it in parentheses ("(2) SSG Pruitt - …"), where no outline numbers paragraphs so. */
export function bracketedNumberAt(tokens: Token[], i: number): number | undefined {
  if (norm(tokens, i) !== '(' || !startsLine(tokens, i) || norm(tokens, i + 2) !== ')') return undefined;
  return tokens[i + 1]?.kind === 'number' && !paragraphOutline(tokens) ? numberAt(tokens, i + 1) : undefined;
}
