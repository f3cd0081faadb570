import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications ?? [];

describe("the time a card's drug field opens with", () => {
  it('dates every drug in the field that says no time of its own', () => {
    expect(meds('Medications: 1610 - acetaminophen 1000 mg, meloxicam 15 mg, both PO')).toEqual([
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO', time: '16:10' },
      { name: 'meloxicam', dose: '15 mg', route: 'PO', time: '16:10' },
    ]);
    expect(meds('meds, twenty-one oh five, ertapenem one gram IV, ondansetron four milligrams IV.')).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '21:05' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '21:05' },
    ]);
  });
  it('leaves a drug said after a later time to that time', () => {
    expect(meds('Meds: 0930 ketamine 50 mg IM, 0945 fentanyl 800 mcg OTFC')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:30' },
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '09:45' },
    ]);
  });
  it('dates drugs after a heading word said without a colon ("for pain")', () => {
    expect(meds('Meds 1145, for pain Tylenol 1000 mg PO and Mobic 15 mg PO, moxi 400 mg PO.')).toEqual([
      expect.objectContaining({ name: 'acetaminophen', time: '11:45' }),
      expect.objectContaining({ name: 'meloxicam', time: '11:45' }),
      expect.objectContaining({ name: 'moxifloxacin', time: '11:45' }),
    ]);
  });
});
