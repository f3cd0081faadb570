import { describe, expect, it } from 'vitest';
import { Library } from './library.js';
import { libraryDataFromFiles } from './passage-files.js';
import { passagesForRecord, RECORD_PASSAGE_IDS, recordHasPassages } from './record-passages.js';

const library = new Library(libraryDataFromFiles());

describe('passagesForRecord', () => {
  it('lists each distinct fact with its passages and sources, in record order', () => {
    const facts = passagesForRecord(
      {
        injuries: [
          { type: 'amputation', location: 'left_leg' },
          { type: 'gsw', location: 'groin' },
        ],
        interventions: [
          { type: 'tourniquet', location: 'left_leg', time: '10:00' },
          { type: 'tourniquet', location: 'left_leg', time: '10:02' },
        ],
        medications: [{ name: 'txa', dose: '2 g', route: 'IV' }],
        evac_priority: 'urgent',
      },
      library,
    );
    expect(facts.map((fact) => [fact.kind, fact.fact])).toEqual([
      ['injury', 'amputation (left leg)'],
      ['injury', 'gsw (groin)'],
      ['intervention', 'tourniquet (left leg)'],
      ['medication', 'txa 2 g IV'],
      ['evacuation', 'evacuation urgent'],
    ]);
    expect(facts[0].passages.map((passage) => passage.id)).toContain('traumatic-amputation');
    expect(facts[1].passages.map((passage) => passage.id)).toContain('junctional-hemorrhage');
    expect(facts[3].passages[0]).toMatchObject({
      id: 'txa-dose-administration',
      source: expect.stringContaining('CoTCCC'),
    });
  });

  it('returns nothing for an empty record', () => {
    expect(passagesForRecord({}, library)).toEqual([]);
  });

  it('maps only to passages that exist', () => {
    for (const id of RECORD_PASSAGE_IDS) expect(library.get(id), id).toBeDefined();
  });
});

describe('recordHasPassages', () => {
  it('says whether passagesForRecord would list anything, without the library', () => {
    const records = [
      {},
      { vitals: [{ time: '10:00', pulse: 120 }] },
      { interventions: [{ type: 'other' as const }] },
      { interventions: [{ type: 'tourniquet' as const, location: 'left_leg' as const }] },
      { evac_priority: 'routine' as const },
    ];
    expect(records.map(recordHasPassages)).toEqual([false, false, false, true, true]);
    for (const record of records) expect(recordHasPassages(record)).toBe(passagesForRecord(record, library).length > 0);
  });
});
