import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("a time that opens the next act is that act's, not the one before", () => {
  it('keeps each dressing\'s own time ("At 0340 NPA placed, at 0344 chest seal …")', () => {
    expect(extractRecord('At 0340 NPA placed, at 0344 chest seal on the right chest.').interventions).toEqual([
      { type: 'npa', time: '03:40' },
      { type: 'chest_seal', location: 'chest', time: '03:44' },
    ]);
  });
  it('reads "and at" or "and then at" as opening the next act, with or without a comma', () => {
    expect(extractRecord('At 0340 NPA placed and at 0344 chest seal on the chest.').interventions).toEqual([
      { type: 'npa', time: '03:40' },
      { type: 'chest_seal', location: 'chest', time: '03:44' },
    ]);
    expect(extractRecord('At 0512 splint to the left arm, and then at 0519 ketamine 20 mg IV.')).toMatchObject({
      interventions: [{ type: 'splint', location: 'left_arm', time: '05:12' }],
      medications: [{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '05:19' }],
    });
  });
  it('keeps each drug\'s and fluid\'s own time ("At 2140 we hung Hextend, at 2151 TXA …")', () => {
    const record = extractRecord(
      'At 2140 we hung 500 ml Hextend, at 2151 TXA 1 g IV. At 0905 I gave morphine 5 mg IV.',
    );
    expect(record.fluids).toEqual([{ name: 'hextend', volume_ml: 500, time: '21:40' }]);
    expect(record.medications).toEqual([
      { name: 'txa', dose: '1 g', route: 'IV', time: '21:51' },
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '09:05' },
    ]);
  });
  it('gives a time that opens the next act to that act, though none is said before the first ("Splint L forearm, at 1412 …")', () => {
    const record = extractRecord('Splint L forearm, at 1412 ketamine 20 mg IV.');
    expect(record.interventions).toEqual([{ type: 'splint', location: 'left_arm' }]);
    expect(record.medications).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '14:12' }]);
  });
});

describe('a time between two acts, opening the second', () => {
  it("is only the second act's when none is said before the first", () => {
    const record = extractRecord('Hextend 500 ml IV hung, at 1422 fentanyl 50 mcg IV.');
    expect(record.fluids).toEqual([{ name: 'hextend', volume_ml: 500, route: 'IV' }]);
    expect(record.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '14:22' }]);
    expect(
      extractRecord('Combat gauze packed in the R groin, at 0915 an Israeli bandage over it.').interventions,
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'groin' },
      { type: 'pressure_dressing', location: 'groin', time: '09:15' },
    ]);
  });
});

describe('a time said before the verb that gives the next act', () => {
  it('is that act\'s ("IV in the left hand, at 0915 was given morphine")', () => {
    const record = extractRecord('IV in the left hand, at 0915 was administered morphine 10 mg IV.');
    expect(record.interventions).toEqual([{ type: 'iv', location: 'left_arm' }]);
    expect(record.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IV', time: '09:15' }]);
  });
});
