import { describe, expect, it } from 'vitest';
import { highlightSegments, queryTerms } from './highlight.js';

describe('queryTerms', () => {
  it('keeps the meaningful words and adds the expansions of abbreviations', () => {
    expect(queryTerms('how much TXA do I give')).toEqual(['txa', 'tranexamic', 'acid']);
    expect(queryTerms('TQ conversion')).toEqual(['tq', 'conversion', 'tourniquet']);
  });

  it('drops one-letter words and duplicates', () => {
    expect(queryTerms('a TQ, a tq')).toEqual(['tq', 'tourniquet']);
  });
});

describe('highlightSegments', () => {
  it('marks whole words that start with a term, case-insensitively, and keeps every character', () => {
    const text = 'Convert the TQs; a tourniquet at 2 h. Not atq.';
    const segments = highlightSegments(text, ['tq', 'tourniquet']);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['TQs', 'tourniquet']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('treats terms as text, not patterns', () => {
    expect(
      highlightSegments('dose (2 g) is fine', ['(2'])
        .filter((segment) => segment.marked)
        .map((segment) => segment.text),
    ).toEqual(['(2']);
    expect(
      highlightSegments('a.b axb', ['a.b'])
        .filter((segment) => segment.marked)
        .map((segment) => segment.text),
    ).toEqual(['a.b']);
  });

  it('returns the text whole when there are no terms', () => {
    expect(highlightSegments('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});
