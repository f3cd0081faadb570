import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("a card's field left blank", () => {
  it('records no care whose field holds N/A, none, nil or a lone dash', () => {
    const r = extractRecord(
      'Hemorrhage: TQ: N/A | Pressure dsg L calf 0915\nMeds: TXA: - | Ketamine 30 mg IM 0920\nO2 --',
    );
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg', time: '09:15' }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '09:20' }]);
    expect(extractRecord('Tourniquet: nil. IV R hand 1104.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '11:04' },
    ]);
  });
  it('reads a field read aloud as blank after a comma or a pause', () => {
    expect(extractRecord('Tourniquet, N/A. Splint, left forearm, fourteen ten.').interventions).toEqual([
      { type: 'splint', location: 'left_arm', time: '14:10' },
    ]);
    expect(extractRecord('Ketamine... left it blank, she is talking fine.').medications).toBeUndefined();
  });
  it('lets "none" said after a field reach no care after it', () => {
    expect(extractRecord('tourniquet none pressure dressing right forearm 1510').interventions).toEqual([
      { type: 'pressure_dressing', location: 'right_arm', time: '15:10' },
    ]);
  });
  it('keeps a dash that only sets a field off from its value', () => {
    expect(extractRecord('TQ - L upper arm 2204').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '22:04' },
    ]);
  });
});

describe('a status set off by a dash after the care in its field', () => {
  it('takes back the whole item, not only the word before the dash', () => {
    expect(extractRecord('Meds: Morphine 5 mg IV - held, BP soft / Cefazolin 2 g IV 0412').medications).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '04:12' },
    ]);
    expect(extractRecord('Access: IO L tibia 0340 | IV R AC -- failed').interventions).toEqual([
      { type: 'io', location: 'left_leg', time: '03:40' },
    ]);
  });
});

describe('a status set off by commas alone after the care', () => {
  it('takes back the care it closes, and a status with words of its own after it does not', () => {
    expect(
      extractRecord('1102 | IO L humeral, FAILED, infiltrated. Pulled.\n1104 | IO R humeral, good flush.')
        .interventions,
    ).toEqual([{ type: 'io', location: 'right_arm', time: '11:04' }]);
    expect(extractRecord('1115 | Ketamine 50 mg drawn for IM, not given, pt declined.').medications).toBeUndefined();
    expect(extractRecord('Tourniquet left thigh at 1420, not given TXA.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:20' },
    ]);
  });
});
