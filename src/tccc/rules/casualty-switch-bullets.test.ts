import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a known surname heading a bulleted line', () => {
  it('gives the line to that casualty, not to the one spoken of before it', () => {
    const [lund, odum, ...rest] = records(
      'WIA 1: SSG Victor Lund\n• Traumatic BKA R leg\n• CAT R thigh 0613\n\n' +
        'WIA 2: PFC Samuel Odum\n• Frag to R eye\n• Rigid eye shield R eye 0620\n\n' +
        'SUMMARY\n• Odum: PRIORITY\n• Lund: URGENT SURGICAL; NKDA\n• Odum: allergic to PCN',
    );
    expect(rest).toEqual([]);
    expect([lund.casualty?.allergies, lund.evac_priority]).toEqual(['NKDA', 'urgent_surgical']);
    expect([odum.casualty?.allergies, odum.evac_priority]).toEqual(['PCN', 'priority']);
  });
});

describe('a line heading who works on whom, and a ranked name after a dash bullet', () => {
  it('opens the casualty after the slash of "Me/Iverson:" and after "- PFC Wade Gage"', () => {
    const byName: Record<string, TcccRecord> = Object.fromEntries(
      records(
        'OP Lark. Me (SGT Becker) + Doc Sun.\n- 1458 sniper round, CPL Noah Iverson, R side of the neck.\n' +
          '- PFC Wade Gage came down the roof ladder and fell ~3 m, about 1500.\n- Split: me on Iverson, Sun on Gage.\n' +
          'Me/Iverson: packed R neck w/ Combat Gauze 1504. HR 124.\nSun/Gage: R forearm deformed. SAM splint R forearm ' +
          '1508.\nSun/Iverson: TXA 2 g IV 1518.\nMe/Gage: ketamine 50 mg IM 1516.\n- Iverson urgent surgical. Gage priority.',
      ).map((r) => [r.casualty?.name, r]),
    );
    expect(Object.keys(byName).sort()).toEqual(['Noah Iverson', 'Wade Gage']);
    const [iverson, gage] = [byName['Noah Iverson'], byName['Wade Gage']];
    expect(iverson.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '15:18' }]);
    expect(iverson.interventions?.map((i) => i.type)).toEqual(['hemostatic_dressing']);
    expect(gage.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '15:16' }]);
    expect(gage.interventions?.map((i) => i.type)).toEqual(['splint']);
    expect([iverson.evac_priority, gage.evac_priority, gage.time_of_injury]).toEqual([
      'urgent_surgical',
      'priority',
      '15:00',
    ]);
    expect(iverson.time_of_injury).not.toBe('15:00');
  });
});
