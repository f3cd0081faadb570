/**
 * What one statement of a reviewer's line says of the summary item it names: "TQ: L arm not R" (a value set right),
 * "time should read 09:36", "Ketamine: not given, only drawn up" (the item struck), "IV L AC 12:55: correct" (kept).
 * Values are the words a slip can be in: a side, a number or clock, a reading's "86/52", a roster code.
 */
import type { TextPart } from './text-part.js';

export type ValueKind = 'side' | 'digits' | 'slash' | 'code';

/** A word of a value, where it stands in the text. */
export interface Value extends TextPart {
  word: string;
  kind: ValueKind;
}

/** A value set right: the item's `wrong` word (matched by kind and sameness) becomes the statement's `right` one. */
export interface ValueFix {
  /** The wrong value as the reviewer wrote it, null where the item's only value of the right one's kind is meant. */
  wrong: Value | null;
  right: Value;
  /** A clock's fix ("time should read 0316") is made on the item's clock, not on another number in it. */
  clock: boolean;
}

/** A strike's `end`: where the words saying so end ("… - wrong", "… - not given"), the rest of the statement kept. */
export type Verdict = { kind: 'fix'; fixes: ValueFix[] } | { kind: 'strike'; end: number } | { kind: 'keep' };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}:/'’]*/gu;
const SIDE = /^(?:l|r|lt|rt|left|right)$/i;
const CODE = /^[a-z]{1,3}\d{3,}$/i;

const kindOf = (word: string): ValueKind | null =>
  SIDE.test(word)
    ? 'side'
    : /^\d+\/\d+$/.test(word)
      ? 'slash'
      : /^\d[\d:]*$/.test(word)
        ? 'digits'
        : CODE.test(word)
          ? 'code'
          : null;

/** The value words of `text` from offset `base`. */
export function valuesOf(text: string, base = 0): Value[] {
  return [...text.matchAll(WORD)].flatMap((m) => {
    const kind = kindOf(m[0]);
    return kind ? [{ word: m[0], kind, start: base + m.index, end: base + m.index + m[0].length }] : [];
  });
}

/** Whether a value word is a clock: "09:36", or four digits a day's clock can be ("0316"). */
export const isClock = (word: string): boolean => /^(?:[01]?\d|2[0-3]):?[0-5]\d$/.test(word) && word.length >= 4;

const sideOf = (word: string): string => (/^(?:l|lt|left)$/i.test(word) ? 'left' : 'right');

/** Whether two value words say the same: "L" and "left", "0671" and "06:71". */
export function sameValue(a: string, b: string): boolean {
  if (SIDE.test(a) && SIDE.test(b)) return sideOf(a) === sideOf(b);
  return a.replace(':', '').toLowerCase() === b.replace(':', '').toLowerCase();
}

/** Words saying the item was never so: struck, with nothing of it kept. */
const STRUCK =
  /\b(?:not (?:given|done|applied|placed)|none (?:applied|given|placed|done)|never (?:said|given|done|happened|placed)|only drawn up|delete|wrong)\b|✗/i;
/** "should read 09:36", "should be KR5520", "but at 0329": the right value of the item's value of its kind. */
const SHOULD_BE = /\b(?:should (?:read|be)|but at)\s+([\p{L}\p{N}][\p{L}\p{N}:/]*)/iu;
/** "- no, R AC": the right value at once after the reviewer's "no". */
const NO_THEN = /^[\s:–-]*no,\s*([\p{L}\p{N}][\p{L}\p{N}:/]*)/iu;
/** "L thigh, not R", "86/52, not 88": the wrong value after "not". */
const NOT_VALUE = /\bnot\s+([\p{L}\p{N}][\p{L}\p{N}:/]*)/giu;

/** The verdict of the statement `remark` (the words after its subject), which starts at offset `base`. */
export function verdictOf(remark: string, base: number): Verdict {
  const fixes: ValueFix[] = [];
  const values = valuesOf(remark, base);
  for (const m of remark.matchAll(NOT_VALUE)) {
    const wrong = valuesOf(m[1], base + m.index + m[0].length - m[1].length)[0];
    if (!wrong || wrong.word !== m[1]) continue;
    const like = (v: Value): boolean => v.kind === wrong.kind || (wrong.kind === 'digits' && v.kind === 'slash');
    const right = values.filter((v) => v.end <= wrong.start - 4 && like(v)).at(-1);
    if (right) fixes.push({ wrong, right, clock: false });
  }
  for (const m of [SHOULD_BE.exec(remark), NO_THEN.exec(remark)]) {
    if (!m) continue;
    const right = valuesOf(m[1], base + m.index + m[0].length - m[1].length)[0];
    if (right && right.word === m[1]) fixes.push({ wrong: null, right, clock: isClock(right.word) });
  }
  if (fixes.length) return { kind: 'fix', fixes };
  const struck = STRUCK.exec(remark);
  return struck ? { kind: 'strike', end: base + struck.index + struck[0].length } : { kind: 'keep' };
}
