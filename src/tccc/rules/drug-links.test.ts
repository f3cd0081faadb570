import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications ?? [];

describe('a drug taken back for another in the same sentence', () => {
  it('keeps only the drug said after the correction', () => {
    expect(meds('Gave her the fentanyl lollipop, no wait, that was yesterday, it was the ketamine, 50 mg IV.')).toEqual(
      [{ name: 'ketamine', dose: '50 mg', route: 'IV' }],
    );
    expect(meds('Pushed morphine, correction, we are out of it, ketamine 20 mg IV.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV' },
    ]);
  });
  it('keeps both drugs given one after the other', () => {
    expect(meds('Gave morphine 10 mg IM, then ketamine 20 mg IV.').map((m) => m.name)).toEqual([
      'morphine',
      'ketamine',
    ]);
  });
});

describe('an autoinjector', () => {
  it('gives its drug the intramuscular route', () => {
    expect(meds('Used his morphine autoinjector on the thigh.')).toEqual([{ name: 'morphine', route: 'IM' }]);
    expect(meds('Ketamine auto-injector given at 1410.')).toEqual([{ name: 'ketamine', route: 'IM', time: '14:10' }]);
  });
});

describe('a drug or fluid sent down "the line"', () => {
  it('goes the way of the line placed just before it', () => {
    expect(meds('Eighteen gauge in the right hand. Ondansetron, four milligrams, in the line.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
    expect(extractRecord('IO in his left tibia. Five hundred of Hextend down that line.').fluids).toEqual([
      { name: 'hextend', volume_ml: 500, route: 'IO' },
    ]);
  });
  it('says no route in "the line of fire"', () => {
    expect(meds('IV in the left arm. Gave him ketamine 50 mg, we were still in the line of fire.')).toEqual([
      { name: 'ketamine', dose: '50 mg' },
    ]);
  });
});
