/**
 * Splits a narrative into tokens with character spans, in one linear pass and without regular
 * expressions, so no input can trigger backtracking.
 */

type TokenKind = 'word' | 'number' | 'clock' | 'punct';

/** One token of a narrative; `start`/`end` index the original text, `[start, end)`. */
export interface Token {
  kind: TokenKind;
  /** Lower-case form used for lexicon look-ups. */
  norm: string;
  /** Text as written (for names, units and the raw case of "IN"). */
  raw: string;
  start: number;
  end: number;
  /** True when whitespace separates this token from the one before it. */
  spaced: boolean;
  /** Numeric value of number and clock tokens (a clock "14:32" is 1432). */
  value?: number;
  /** Digits as written or spoken, leading zeros kept ("0915"); for times, grids and rosters. */
  digits?: string;
  /** True for numbers that were spoken as words ("one twenty"). */
  spoken?: boolean;
}

/** True for a number or a clock: the tokens a reading, a dose or a time is said with. */
export const isNumeric = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'number' || t.kind === 'clock');

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/**
 * A letter of a Latin (or other cased) alphabet beyond ASCII: "WÓJCIK", "Paweł", "Sanitäter" are one word each,
 * not "W", "Ó", "JCIK". The micro sign stays apart, as in "µg".
 */
const isCasedLetter = (c: number): boolean =>
  c > 127 && c !== 0xb5 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase();
const isWordLetter = (c: number): boolean => isLetter(c) || isCasedLetter(c);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** Typographic dashes and the ellipsis are punctuation: "TXA given \u2014 no, not yet" has a pause, not a word. */
const PUNCT_NORMS: Readonly<Record<number, string>> = {
  0x2012: '-',
  0x2013: '-',
  0x2014: '-',
  0x2015: '-',
  0x2026: '...',
};
const isTypographicPunct = (c: number): boolean => Object.hasOwn(PUNCT_NORMS, c);
/** Non-ASCII characters (any script, emoji) form word tokens that no lexicon entry matches. */
const isForeign = (c: number): boolean =>
  c > 127 && c !== 0xa0 && c !== 0x2019 && !(c >= 0x2000 && c <= 0x200b) && !isTypographicPunct(c);
const isSpace = (c: number): boolean => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

/** Tokenizes `text`. Letters and digits are split apart ("800mcg" → "800", "mcg"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      tokens.push(makeToken('punct', text, i, i + 1, spaced));
      spaced = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    if (c === 60) {
      // Pasted HTML: a tag, and the body of a script or style element, are not narrative.
      const skipTo = skipMarkup(text, i);
      if (skipTo > i) {
        spaced = true;
        i = skipTo;
        continue;
      }
    }
    const start = i;
    let kind: TokenKind;
    if (isWordLetter(c)) {
      kind = 'word';
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordLetter(d)) i++;
        else if (isApostrophe(d) && i + 1 < n && isWordLetter(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isDigit(c)) {
      kind = 'number';
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const colonClock =
        i < n &&
        text.charCodeAt(i) === 58 &&
        i - start <= 2 &&
        i + 2 < n &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        !(i + 3 < n && isDigit(text.charCodeAt(i + 3)));
      // "1,000 ml": a comma before exactly three digits, with no space, groups thousands; "120,118" (two readings
      // run together) has three digits before the comma and stays two numbers.
      const thousands =
        i - start <= 2 &&
        text.charCodeAt(i) === 44 &&
        [1, 2, 3].every((k) => i + k < n && isDigit(text.charCodeAt(i + k))) &&
        !(i + 4 < n && isDigit(text.charCodeAt(i + 4)));
      if (colonClock) {
        kind = 'clock';
        i += 3;
      } else if (i - start === 1 && standsAlone(text, start) && spaceGroupedVolumeAt(text, i)) {
        i += 4;
      } else if (commaDecimalAt(text, i)) {
        i += 2;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      } else if (thousands) {
        i += 4;
      } else if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++; // decimal point: "0.5 mg", "38.90"
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
    } else if (isForeign(c)) {
      kind = 'word';
      while (i < n && isForeign(text.charCodeAt(i))) i++;
    } else {
      kind = 'punct';
      i++;
    }
    tokens.push(makeToken(kind, text, start, i, spaced));
    spaced = false;
  }
  return tokens;
}

/** Units a measured amount is written before ("0,1 mg", "35,4 °C", "1,5 l"), ending in no further letter. */
const MEASURE_UNIT = /^ ?(?:mg|mcg|µg|μg|ug|g|kg|ml|l|mmol|cm|mm|iu|%|°c|°)(?![\p{L}])/iu;

/**
 * True when the comma at `i` is a decimal comma, as many European armies write it: one or two digits after it, no
 * space, then a unit ("Fentanyl 0,1 mg", "temperature 35,4 °C"); never "1,000 ml" nor "88,92" with no unit.
 */
function commaDecimalAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 44 || !isDigit(text.charCodeAt(i + 1))) return false;
  const digits = isDigit(text.charCodeAt(i + 2)) ? 2 : 1;
  if (isDigit(text.charCodeAt(i + 1 + digits))) return false;
  return MEASURE_UNIT.test(text.slice(i + 1 + digits, i + 9 + digits));
}

/** A space that groups a number's thousands, as French and other armies write them ("1 000 ml", "1\u202f000 ml"). */
const GROUP_SPACES = new Set([32, 0xa0, 0x202f, 0x2009]);
/**
 * A volume's unit after a number ("1 000 ml", "2 500 mL"), with no count of containers after it: "2 500 ml bags" is
 * two bags of 500 ml.
 */
const VOLUME_UNIT = /^ ?(?:ml|millilit(?:er|re)s?)(?![\p{L}])(?!\s+(?:bags?|units?|bolus(?:es)?|each)\b)/iu;

/**
 * True when the space at `i`, after a number's one digit, groups its thousands: exactly three digits after it, then
 * a volume's unit ("Ringer lactate 1 000 ml"). "HR 8 100 ml" is no reading a medic writes; two readings run together
 * ("BP 90 100") end in no unit.
 */
function spaceGroupedVolumeAt(text: string, i: number): boolean {
  if (!GROUP_SPACES.has(text.charCodeAt(i))) return false;
  if (![1, 2, 3].every((k) => isDigit(text.charCodeAt(i + k))) || isDigit(text.charCodeAt(i + 4))) return false;
  return VOLUME_UNIT.test(text.slice(i + 4, i + 20));
}

/** True when the number at `start` opens a word of its own: "#1 500 ml" (unit one, 500 ml) and "WB1" are no thousands. */
const standsAlone = (text: string, start: number): boolean =>
  start === 0 || isSpace(text.charCodeAt(start - 1)) || '(:='.includes(text[start - 1]);

/** Longest tag skipped; a lone "<" in prose is kept as punctuation. */
const MAX_TAG = 500;

/** Closing tags searched for case-insensitively without lower-casing the whole text again. */
const ELEMENT_ENDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['script', /<\/script/gi],
  ['style', /<\/style/gi],
];

/** Index after the markup starting at `i` ("<b>", "</p>", "<script>...</script>"), or `i` if it is not markup. */
function skipMarkup(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (!(isLetter(next) || next === 47 || next === 33)) return i;
  const close = text.indexOf('>', i + 1);
  if (close < 0 || close - i > MAX_TAG) return i;
  const name = text.slice(i + 1, Math.min(close, i + 8)).toLowerCase();
  for (const [element, closing] of ELEMENT_ENDS) {
    if (name.startsWith(element)) {
      closing.lastIndex = close;
      const end = closing.exec(text);
      return end ? end.index : text.length;
    }
  }
  return close + 1;
}

function makeToken(kind: TokenKind, text: string, start: number, end: number, spaced: boolean): Token {
  const raw = text.slice(start, end);
  const norm =
    kind === 'word'
      ? raw.toLowerCase().replaceAll('\u2019', "'")
      : kind === 'punct' && raw.length === 1
        ? (PUNCT_NORMS[raw.charCodeAt(0)] ?? raw)
        : raw;
  const token: Token = { kind, norm, raw, start, end, spaced };
  if (kind === 'number') {
    // A number grouped in thousands ("1,000") is a quantity, never a clock or grid's digits; "0,1" is a decimal.
    token.value = Number(/,\d{1,2}$/.test(raw) ? raw.replace(',', '.') : raw.replace(/[,\s\u202f\u2009]/, ''));
    token.digits = /^\d+$/.test(raw) ? raw : undefined;
  } else if (kind === 'clock') {
    const digits = raw.replace(':', '');
    token.value = Number(digits);
    token.digits = digits;
    token.norm = digits;
  }
  return token;
}
