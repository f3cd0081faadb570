import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('tests no pattern for blank text (an empty search box renders without compiling them)', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(synonymExpansions('')).toEqual([]);
      expect(synonymExpansions('   ')).toEqual([]);
      expect(test).not.toHaveBeenCalled();
    } finally {
      test.mockRestore();
    }
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
    expect(topIds(roundTripped, 'how long can a tq stay on', 5)).toEqual(
      topIds(library, 'how long can a tq stay on', 5),
    );
  });

  it('searches added user passages alike and forgets a removed document', () => {
    const local = new Library(data);
    const sop: Passage = {
      id: 'user:sop:1',
      title: 'Unit SOP',
      tags: ['user document'],
      source: 'User document: Unit SOP',
      text: 'Our battalion carries the Zephyr splint.',
      documentId: 'sop',
    };
    local.add([sop]);
    expect(topIds(local, 'zephyr')).toEqual(['user:sop:1']);
    local.removeDocument('sop');
    expect(topIds(local, 'zephyr')).toEqual([]);
    expect(local.size).toBe(data.passages.length);
  });

  describe('restoring the index only when a search needs it', () => {
    afterEach(() => vi.restoreAllMocks());
    const sop: Passage = {
      id: 'user:sop:1',
      title: 'Unit SOP',
      tags: ['user document'],
      source: 'User document: Unit SOP',
      text: 'Our battalion carries the Zephyr splint.',
      documentId: 'sop',
    };

    it('opens, counts and gets passages without restoring the index; the first search restores it once', () => {
      const loadJS = vi.spyOn(MiniSearch, 'loadJS');
      const local = new Library(data, [sop]);
      expect(local.size).toBe(data.passages.length + 1);
      expect(local.get('tourniquet-conversion')?.id).toBe('tourniquet-conversion');
      expect(loadJS).not.toHaveBeenCalled();
      expect(topIds(local, 'zephyr')).toEqual(['user:sop:1']);
      expect(topIds(local, 'TQ conversion')[0]).toBe('tourniquet-conversion');
      expect(loadJS).toHaveBeenCalledTimes(1);
    });

    it('searches what was added, replaced and removed before the first search', () => {
      const replaced: Passage = {
        ...data.passages.find((p) => p.id === 'pelvic-binder')!,
        title: 'Quokka',
        tags: [],
        text: 'A quokka.',
      };
      const local = new Library(data, [sop]);
      local.add([replaced, { ...sop, id: 'user:other:1', text: 'Wombat drills.', documentId: 'other' }]);
      local.removeDocument('other');
      expect(topIds(local, 'zephyr')).toEqual(['user:sop:1']);
      expect(topIds(local, 'quokka')).toEqual(['pelvic-binder']);
      expect(topIds(local, 'pelvic binder', 5)).not.toContain('pelvic-binder');
      expect(topIds(local, 'wombat drills', 5)).not.toContain('user:other:1');
    });
  });

  it('holds every passage an alert can cite', () => {
    for (const id of ALERT_PASSAGE_IDS) expect(library.get(id), id).toBeDefined();
  });
});
