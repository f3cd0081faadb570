import { html, type TemplateResult } from 'lit';
import { STOP_WORDS } from '../../library/stop-words.js';
import { synonymExpansions } from '../../library/synonyms.js';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of a query worth marking, as search reads them: its own words and the expansions of its
 * abbreviations ("TQ" also marks "tourniquet"), without stop words, one-letter words or duplicates.
 */
export function queryTerms(query: string): string[] {
  const words = [...query.toLowerCase().split(/[^\p{L}\p{N}]+/u), ...synonymExpansions(query)];
  return [...new Set(words.filter((word) => word.length >= 2 && !STOP_WORDS.has(word)))];
}

/** One piece of a text: marked when a word in it starts with a query term. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Cuts `text` into marked and plain segments; words are marked from their start only ("tq" marks "TQs", not "atq"). */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), marked: false });
    segments.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}

/** `text` with its query terms in <mark>, for a Lit template. */
export function highlightTerms(text: string, terms: readonly string[]): TemplateResult[] {
  return highlightSegments(text, terms).map((segment) =>
    segment.marked ? html`<mark>${segment.text}</mark>` : html`${segment.text}`,
  );
}
