import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a tally of supplies used', () => {
  it('gives each entry of an item to the casualty it names, with its site and time', () => {
    const [ruiz, cole] = records(
      'USED: CAT x2 (Ruiz R arm 1402, Cole L leg 1405) | ket 50mg x2 IM (Ruiz 1410, Cole 1412) | Need: 4 CAT',
    );
    expect(ruiz.casualty?.name).toBe('Ruiz');
    expect(ruiz.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '14:02' }]);
    expect(ruiz.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:10' }]);
    expect(cole.casualty?.name).toBe('Cole');
    expect(cole.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:05' }]);
    expect(cole.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:12' }]);
  });
  it("puts what each was given with his row of the patient list, and gives an item used on 'all' to each", () => {
    const [silva, park] = records(
      [
        'IED on the route, TOI 1130.',
        'Used:',
        'TQ x1 - Silva L thigh 1133',
        'TXA 1g x2 - Silva IV 1140, Park IO 1145',
        'Blizzard blanket x2 - all 2',
        'Resupply: TQ x3, TXA x2.',
        'Silva - traumatic amputation L foot, HR 130. Urgent surgical.',
        'Park - frag R arm, alert. Priority.',
      ].join('\n'),
    );
    expect(silva.evac_priority).toBe('urgent_surgical');
    expect(silva.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '11:33' },
      { type: 'hypothermia_prevention' },
    ]);
    expect(silva.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '11:40' }]);
    expect(park.evac_priority).toBe('priority');
    expect(park.interventions).toEqual([{ type: 'hypothermia_prevention' }]);
    expect(park.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IO', time: '11:45' }]);
  });
  it('reads nothing from an item used none of, an entry naming no one, or a request for resupply', () => {
    const [diaz, lee] = records(
      'Used:\nChest seal x0 (none left)\nCAT x3 (Diaz L arm 0910, Lee R leg 0912, +1 dropped)\nMorphine 4mg IV x1 - Lee 0920\nNeed: chest seals x4, morphine',
    );
    expect(diaz.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '09:10' }]);
    expect(diaz.medications).toBeUndefined();
    expect(lee.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '09:12' }]);
    expect(lee.medications).toEqual([{ name: 'morphine', dose: '4 mg', route: 'IV', time: '09:20' }]);
  });
  it('gives a second one of an entry said as a lone time, the way the one before it went', () => {
    const [, vance] = records(
      'Used:\nCAT x1 (Orr R arm 0301)\nLTOWB x2 units - Vance IO 0305, 0320\nOrr - GSW R arm. Priority.\nVance - GSW abdomen. Urgent.',
    );
    expect(vance.fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '03:05' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '03:20' },
    ]);
  });
});
