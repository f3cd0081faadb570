import { describe, expect, it } from 'vitest';
import { ALERT_PASSAGE_IDS } from '../tccc/alerts/index.js';
import { Library } from './library.js';
import { libraryDataFromFiles } from './passage-files.js';
import { buildLibraryData } from './search-index.js';
import { synonymExpansions } from './synonyms.js';
import type { Passage } from './passage.js';

const data = libraryDataFromFiles();
const topIds = (library: Library, query: string, k = 3) => library.search(query, k).map((hit) => hit.passage.id);

describe('synonymExpansions', () => {
  it('expands abbreviations as whole words, across spaces and hyphens', () => {
    expect(synonymExpansions('TQ on the left leg')).toContain('tourniquet');
    expect(synonymExpansions('needle-D right chest')).toEqual(expect.arrayContaining(['needle', 'decompression']));
    expect(synonymExpansions('needle d')).toEqual(expect.arrayContaining(['needle', 'decompression']));
    expect(synonymExpansions('TXA 2 g')).toEqual(expect.arrayContaining(['tranexamic', 'acid']));
    expect(synonymExpansions('got an HPMK on him')).toContain('hypothermia');
  });

  it('does not match inside other words', () => {
    expect(synonymExpansions('technique')).not.toContain('tourniquet');
    expect(synonymExpansions('kio radio')).not.toContain('intraosseous');
  });
});

describe('Library search', () => {
  const library = new Library(data);

  it('finds passages by abbreviation the same as by the full word', () => {
    expect(topIds(library, 'TQ conversion')[0]).toBe('tourniquet-conversion');
    expect(topIds(library, 'tourniquet conversion')[0]).toBe('tourniquet-conversion');
    expect(topIds(library, 'NDC sites')).toContain('needle-decompression-sites');
    expect(topIds(library, 'tranexamic acid dose')).toContain('txa-dose-administration');
  });

  it('matches by prefix and tolerates typos', () => {
    expect(topIds(library, 'cricothyr')).toContain('surgical-cricothyroidotomy');
    expect(topIds(library, 'ketamnie dose')).toContain('ketamine-analgesia-dosing');
  });

  it('boosts titles over body text', () => {
    expect(topIds(library, 'pelvic binder', 1)).toEqual(['pelvic-binder']);
  });

  it('returns at most k hits, best first, and nothing for an empty query', () => {
    const hits = library.search('bleeding', 4);
    expect(hits).toHaveLength(4);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[3].score);
    expect(library.search('   ')).toEqual([]);
  });

  it('ranks the same from serialized data as from a fresh build', () => {
    const roundTripped = new Library(JSON.parse(JSON.stringify(buildLibraryData(data.passages))));
    expect(topIds(roundTripped, 'how long can a tq stay on', 5)).toEqual(topIds(library, 'how long can a tq stay on', 5));
  });

  it('searches added user passages alike and forgets a removed document', () => {
    const local = new Library(data);
    const sop: Passage = { id: 'user:sop:1', title: 'Unit SOP', tags: ['user document'], source: 'User document: Unit SOP', text: 'Our battalion carries the Zephyr splint.', documentId: 'sop' };
    local.add([sop]);
    expect(topIds(local, 'zephyr')).toEqual(['user:sop:1']);
    local.removeDocument('sop');
    expect(topIds(local, 'zephyr')).toEqual([]);
    expect(local.size).toBe(data.passages.length);
  });

  it('holds every passage an alert can cite', () => {
    for (const id of ALERT_PASSAGE_IDS) expect(library.get(id), id).toBeDefined();
  });
});
