import { describe, expect, it } from 'vitest';
import { Library } from './library.js';
import { libraryDataFromFiles } from './passage-files.js';
import type { Passage } from './passage.js';
import { RELEVANCE_CUTOFF, splitByRelevance } from './relevance.js';

const library = new Library(libraryDataFromFiles());
const ids = (hits: { passage: Passage }[]) => hits.map((hit) => hit.passage.id);

describe('splitByRelevance', () => {
  it('keeps hits at or above the cut-off share of the best score, in order, and holds back the rest', () => {
    const hit = (id: string, score: number) => ({ passage: { id } as Passage, score });
    const { relevant, more } = splitByRelevance([
      hit('a', 100),
      hit('b', 40),
      hit('c', 25),
      hit('d', 24.9),
      hit('e', 1),
    ]);
    expect(ids(relevant)).toEqual(['a', 'b', 'c']);
    expect(ids(more)).toEqual(['d', 'e']);
    expect(RELEVANCE_CUTOFF).toBe(0.25);
  });

  it('splits no hits into two empty lists', () => {
    expect(splitByRelevance([])).toEqual({ relevant: [], more: [] });
  });

  it('"TXA dose" shows the TXA passages first and holds back the TBI and hypothermia ones', () => {
    const { relevant, more } = splitByRelevance(library.search('TXA dose', 10));
    expect(ids(relevant)).toEqual(expect.arrayContaining(['txa-dose-administration', 'txa-indications-timing']));
    expect(ids(relevant).filter((id) => /tbi|hypothermia/.test(id))).toEqual([]);
    expect(ids(more)).toEqual(expect.arrayContaining(['tbi-monitoring-targets', 'hypothermia-lethal-triad']));
  });

  it('keeps both needle decompression passages for "NDC site" and none of the 9-line ones', () => {
    const { relevant } = splitByRelevance(library.search('NDC site', 10));
    expect(ids(relevant)).toEqual(['needle-decompression-sites', 'needle-decompression-technique']);
  });
});
