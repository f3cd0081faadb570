import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const priorities = (text: string): (string | undefined)[] =>
  extractCasualties(text).casualties.map((c) => c.record.evac_priority);

describe('a list of triage tags each given a category', () => {
  it('gives each category to the casualty its tag was said to be, whatever is said after the list', () => {
    expect(
      priorities(
        '[1402] SGT Boyle: mortar hit the LZ, 2 down\n[1403] Medic Tran: T2 = SPC Ruiz, lac forehead, HR 88\n' +
          '[1404] Medic Tran: T1 = CPL Vance, GSW L arm, TQ 1404\n' +
          '[1409] SGT Boyle: 9 line: T2 routine, T1 urgent. PZ 38S LD 7714 3021',
      ),
    ).toEqual(['routine', 'urgent']);
    expect(
      priorities(
        '[0830] Doc Imre: grenade in the courtyard\n[0832] Doc Imre: T1 = SSG Kalu, frag abdomen, HR 130\n' +
          '[0833] Doc Imre: T2 = PV2 Fenn, frag L hand, HR 90\n' +
          '[0840] PSG Ward: evac: T1 - urgent surgical; T2 - priority. HLZ 11S NT 5568 8901',
      ),
    ).toEqual(['urgent_surgical', 'priority']);
  });
  it('reads a tag number said bare once "Tag …" labelled the casualty by it', () => {
    expect(
      priorities(
        'Tag twenty-one. Delayed. Corporal Ines Walsh. Frag to the right calf.\n' +
          'Tag twenty-two. Immediate. Private Dale Ortiz. Gunshot to the belly.\n' +
          'Lift: twenty-two urgent surgical, twenty-one priority.',
      ),
    ).toEqual(['priority', 'urgent_surgical']);
  });
});
