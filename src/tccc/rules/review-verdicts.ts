/**
 * What one statement of a reviewer's line says of the summary item it names: "TQ: L arm not R" (a value set right),
 * "time should read 09:36", "Ketamine: not given" (the item struck), "IV L AC 12:55: correct" (kept).
 * Values are the words a slip can be in: a side, a number or clock, a reading's "86/52", a roster code.
 */
import type { TextPart } from './text-part.js';

type ReviewValueKind = 'side' | 'digits' | 'slash' | 'code';

/** A word of a value, where it stands in the text. */
export interface ReviewValue extends TextPart {
  word: string;
  kind: ReviewValueKind;
}

/** A value set right: the item's `wrong` word (matched by kind and sameness) becomes the statement's `right` one. */
export interface ValueFix {
  /** The wrong value as the reviewer wrote it, null where the item's only value of the right one's kind is meant. */
  wrong: ReviewValue | null;
  right: ReviewValue;
  /** A clock's fix ("time should read 0316") is made on the item's clock, not on another number in it. */
  clock: boolean;
}

/** A strike's `end`: where the words saying so end ("… - wrong", "… - not given"), the rest of the statement kept. */
type Verdict = { kind: 'fix'; fixes: ValueFix[] } | { kind: 'strike'; end: number } | { kind: 'keep' };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}:/'’]*/gu;
const SIDE = /^(?:l|r|lt|rt|left|right)$/i;
const CODE = /^[a-z]{1,3}\d{3,}$/i;

const kindOf = (word: string): ReviewValueKind | null =>
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
export function valuesOf(text: string, base = 0): ReviewValue[] {
  return [...text.matchAll(WORD)].flatMap((m) => {
    const kind = kindOf(m[0]);
    return kind ? [{ word: m[0], kind, start: base + m.index, end: base + m.index + m[0].length }] : [];
  });
}

/** Whether a value word is a clock: "09:36", or four digits a day's clock can be ("0316"). */
export const isClockWord = (word: string): boolean => /^(?:[01]?\d|2[0-3]):?[0-5]\d$/.test(word) && word.length >= 4;

const sideOf = (word: string): string => (/^(?:l|lt|left)$/i.test(word) ? 'left' : 'right');

/** Whether two value words say the same: "L" and "left", "0671" and "06:71". */
export function sameValue(a: string, b: string): boolean {
  if (SIDE.test(a) && SIDE.test(b)) return sideOf(a) === sideOf(b);
  return a.replace(':', '').toLowerCase() === b.replace(':', '').toLowerCase();
}

/**
 * Words saying the item was never so. Not "nothing wrong with it", nor "not given until 0940" (given later): those
 * keep it.
 */
const STRUCK =
  /(?<!\b(?:nothing|not|anything|no)\s+)\bwrong\b|\b(?:not (?:given|done|applied|placed)(?!\s+(?:until|till|before|after|at)\b)|none (?:applied|given|placed|done)|never (?:said|given|done|happened|placed)|delete)\b|✗/i;
/** "should read 09:36", "should be KR5520", "✓ but at 0329": the right value of the item's value of its kind. */
const SHOULD_BE = /\b(?:should (?:read|be)|but at)\s+([\p{L}\p{N}][\p{L}\p{N}:/]*)/iu;
/** "- no, R AC": the right value at once after the reviewer's "no". */
const NO_THEN = /^[\s:–-]*no,\s*([\p{L}\p{N}][\p{L}\p{N}:/]*)/iu;
/** "L thigh, not R", "86/52, not 88": the wrong value after "not". */
const NOT_VALUE = /\bnot\s+([\p{L}\p{N}][\p{L}\p{N}:/]*)/giu;

/** The value `m[1]` of a match in `remark` (at offset `base`), where it is a whole value word. */
function matchedValue(m: RegExpExecArray | RegExpMatchArray, base: number): ReviewValue | null {
  const value = valuesOf(m[1], base + (m.index ?? 0) + m[0].length - m[1].length)[0];
  return value?.word === m[1] ? value : null;
}

/**
 * The verdict of a statement, which starts at offset `base`: `remark` is what it says after its subject, and
 * `statement` the whole, whose subject may hold the right value ("Grid ends 2270, not 2207").
 */
export function verdictOf(statement: string, remark: string, base: number): Verdict {
  const fixes: ValueFix[] = [];
  const values = valuesOf(remark, base);
  const stated = valuesOf(statement, base - (statement.length - remark.length));
  for (const m of remark.matchAll(NOT_VALUE)) {
    const wrong = matchedValue(m, base);
    if (!wrong) continue;
    const like = (v: ReviewValue): boolean => v.kind === wrong.kind || (wrong.kind === 'digits' && v.kind === 'slash');
    const right = stated.filter((v) => v.end <= wrong.start - 4 && like(v)).at(-1);
    if (right) fixes.push({ wrong, right, clock: false });
  }
  for (const m of [SHOULD_BE.exec(remark), NO_THEN.exec(remark)]) {
    const right = m && matchedValue(m, base);
    if (right) fixes.push({ wrong: null, right, clock: isClockWord(right.word) });
  }
  if (fixes.length) return { kind: 'fix', fixes };
  const struck = STRUCK.exec(remark);
  if (!struck) return { kind: 'keep' };
  const end = base + struck.index + struck[0].length;
  // "time wrong, it went on at 0915", "wrong side, it is on the L leg": the right value said after the strike word
  // sets the item right instead; the item's only value of that kind is the one meant.
  const after = values.find((v) => v.start >= end);
  if (after) return { kind: 'fix', fixes: [{ wrong: null, right: after, clock: isClockWord(after.word) }] };
  return { kind: 'strike', end };
}
