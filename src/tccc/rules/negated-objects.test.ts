import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const meds = (text: string) => extractCasualties(text).casualties[0].record.medications ?? [];

describe('a heading of care not given', () => {
  it('records no drug a "Held:", "Withheld:" or "Not given:" heading opens', () => {
    expect(meds('Held: fentanyl, BP soft. Ketamine 50 mg IM 1400.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:00' },
    ]);
    expect(meds('GSW L arm. Withheld: TXA. Not given: morphine. Ketamine 50 mg IM.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
    ]);
  });
  it('records the care said after the drugs it lists as done ("Held: direct pressure 5 min, TQ R arm 1305")', () => {
    const record = (text: string) => extractCasualties(text).casualties[0].record;
    const tq = record('Held: direct pressure 5 min, TQ R arm 1305 when it kept bleeding.').interventions ?? [];
    expect(tq.map((i) => i.type)).toContain('tourniquet');
    expect(meds('Held: pressure on the wound until the TQ went on, then TXA 2 g IV 1312.').map((m) => m.name)).toEqual([
      'txa',
    ]);
  });
  it('still reads the drug a status said after it holds back alone', () => {
    expect(meds('TXA held: BP fine. Morphine 5 mg IV.')).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV' }]);
  });
});
