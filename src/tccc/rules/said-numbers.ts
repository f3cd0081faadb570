/**
 * Words as the record writes them when their numbers were spoken with a dash between: "Bravo Company wun dash fife
 * zero too" is written "Bravo Company 1-502", the spoken numbers as their digits and the dash as the hyphen it says.
 */
import type { Doc } from './document.js';
import type { Span } from './found.js';

/**
 * The text of tokens [start, end) with spoken numbers written as digits where a dash was said between numbers (a
 * unit's "one dash five oh two"); else the text as written ("two platoon" stays as said).
 */
export function writtenAsSaid(doc: Doc, start: number, end: number, span: Span): string {
  const tokens = doc.tokens.slice(start, end);
  if (!tokens.some((t) => t.norm === '-' && t.raw.toLowerCase() === 'dash'))
    return doc.text.slice(span.start, span.end);
  return tokens
    .map((t, k) => {
      const words = t.kind === 'number' && t.spoken ? (t.digits ?? t.norm) : t.norm === '-' ? '-' : t.raw;
      return k > 0 && t.spaced ? ` ${words}` : words;
    })
    .join('');
}
