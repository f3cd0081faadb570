import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('an update that takes a thing back from one casualty for another', () => {
  it('moves the drug said of the first to the one named after "it was"', () => {
    const text = [
      '2210 two cas from the rollover.',
      'Pt 1 SPC Dana Whitfield, closed fx L wrist. Pt 2 PV2 Ali Rostami, scalp lac.',
      '2218: Pt 1 got morphine 5 mg IV 2216. Pt 2 HR 96.',
      "2225: disregard my last on Pt 1's morphine, it was Pt 2.",
    ].join('\n');
    const [whitfield, rostami] = records(text);
    expect(whitfield.medications).toBeUndefined();
    expect(rostami.medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '22:16' }]);
  });

  it('moves nothing when the thing was never said of the casualty it is taken from', () => {
    const text = [
      'Two casualties. Pt 1 SPC Dana Whitfield, closed fx L wrist. Pt 2 PV2 Ali Rostami, scalp lac.',
      "Pt 1 got morphine 5 mg IV 2216. Disregard my last on Pt 2's morphine, it was Pt 1.",
    ].join('\n');
    expect(records(text)[0].medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '22:16' }]);
  });
});

describe('a casualty more come upon, counted in digits', () => {
  it('opens him where the sentence says he was found', () => {
    const text = [
      'Two hurt at the gate. Pt 1 CPL Jae Moon, GSW R thigh, TQ R thigh 0910.',
      'Pt 2 SPC Lara Quint, frag L arm, pressure dsg L arm.',
      'Found a 3rd pt in the guard shack, PFC Ravi Menon, burns to both hands, alert.',
    ].join('\n');
    const found = records(text);
    expect(found.map((r) => r.casualty?.name)).toEqual(['Jae Moon', 'Lara Quint', 'Ravi Menon']);
    expect(found[1].injuries).toEqual([{ type: 'penetrating', location: 'left_arm' }]);
  });
});
