/**
 * Spoken and written fractions, read exactly so a dose keeps its point: "zero point one" → 0.1,
 * "point eight" → 0.8, ".4" → 0.4, "one and a half" → 1.5, "half a" → 0.5. Runs after the number
 * words are merged; a fraction has no clock digits, so no time or grid can read it.
 */
import type { Token } from './tokenize.js';

/** Longest run of decimal digits read after "point" ("point zero five"). */
const MAX_FRACTION_DIGITS = 3;

const isNumber = (t: Token | undefined): t is Token & { value: number } =>
  t?.kind === 'number' && t.value !== undefined;

/** Digits a fraction may be read from: spoken digit words ("point eight"), or written right after a dot (".4"). */
function fractionDigits(t: Token | undefined): string | undefined {
  if (!isNumber(t) || !t.digits || t.digits.length > MAX_FRACTION_DIGITS) return undefined;
  return t.digits;
}

function number(from: Token, to: Token, value: number): Token {
  return {
    kind: 'number',
    norm: String(value),
    raw: '',
    start: from.start,
    end: to.end,
    spaced: from.spaced,
    value,
    spoken: true,
  };
}

/** Replaces each spoken or written fraction with one number token. Linear in the token count. */
export function mergeFractions(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  const push = (t: Token): void => {
    out.push(t.raw === '' ? { ...t, raw: text.slice(t.start, t.end) } : t);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    // "zero point one", "two point five": a whole number said before the point.
    if (
      t.norm === 'point' &&
      isNumber(prev) &&
      Number.isInteger(prev.value) &&
      (prev.spoken || prev.digits) &&
      fractionDigits(next) &&
      next.spoken
    ) {
      out.pop();
      push(number(prev, next, Number(`${prev.value}.${fractionDigits(next)}`)));
      i++;
      continue;
    }
    // "point eight": the point said without a whole number; spoken digits only ("at that point 12" is not 0.12).
    if (t.norm === 'point' && !isNumber(prev) && next?.spoken && fractionDigits(next)) {
      push(number(t, next, Number(`0.${fractionDigits(next)}`)));
      i++;
      continue;
    }
    // ".4 mg": a written dot right before the digits, with no digit before the dot.
    if (
      t.norm === '.' &&
      (t.spaced || prev === undefined) &&
      isNumber(next) &&
      !next.spaced &&
      !next.spoken &&
      next.digits
    ) {
      push(number(t, next, Number(`0.${next.digits}`)));
      i++;
      continue;
    }
    // "one and a half grams"
    if (
      t.norm === 'and' &&
      isNumber(prev) &&
      Number.isInteger(prev.value) &&
      tokens[i + 1]?.norm === 'a' &&
      tokens[i + 2]?.norm === 'half'
    ) {
      out.pop();
      push(number(prev, tokens[i + 2], prev.value + 0.5));
      i += 2;
      continue;
    }
    // "half a gram"
    if (t.norm === 'half' && next?.norm === 'a' && tokens[i + 2]?.kind === 'word' && !isNumber(prev)) {
      push(number(t, t, 0.5));
      i++;
      continue;
    }
    // "a gram of TXA", "no, a full gram": the article counts one of a dose unit said in the singular.
    const unitAt = ARTICLE_AMOUNTS.has(next?.norm ?? '') ? i + 2 : i + 1;
    if (t.norm === 'a' && !isNumber(prev) && SINGULAR_DOSE_UNITS.has(tokens[unitAt]?.norm ?? '')) {
      push(number(t, tokens[unitAt - 1], 1));
      i = unitAt - 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Dose units said in the singular, which an article can count ("a gram"); a plural never follows "a". */
const SINGULAR_DOSE_UNITS = new Set(['gram', 'milligram', 'microgram']);
/** Words between the article and the unit that keep the count at one ("a full gram", "a whole gram"). */
const ARTICLE_AMOUNTS = new Set(['full', 'whole']);
