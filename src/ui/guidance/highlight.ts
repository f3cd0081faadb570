import { html, type TemplateResult } from 'lit';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a query worth marking: two letters or more, without duplicates. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2))];
}

/** `text` with every word starting with one of `terms` wrapped in <mark>; plain text when there are none. */
export function highlightTerms(text: string, terms: readonly string[]): string | TemplateResult[] {
  if (terms.length === 0) return text;
  // Word-start matches only, so "tq" marks "TQ" but not the middle of another word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const parts: TemplateResult[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(html`${text.slice(last, match.index)}<mark>${match[0]}</mark>`);
    last = match.index + match[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return parts;
}
