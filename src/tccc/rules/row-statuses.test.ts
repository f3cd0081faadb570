import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications ?? [];

describe('a medication record whose row has a status cell', () => {
  it('gives no drug of a row whose status says it was not given, wherever the cell stands', () => {
    expect(
      meds(
        'Drug | Dose | Route | Time | Nurse | Status\n' +
          'Ketamine | 50 mg | IM | 1310 | Sgt Obi | given\n' +
          'Morphine | 10 mg | IM | 1315 | - | Declined by patient\n' +
          'Cefazolin | 2 g | IV | 1320 | Sgt Obi | not given - no access\n' +
          'Ondansetron | 4 mg | IM | 1325 | Sgt Obi | given',
      ),
    ).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '13:10' },
      { name: 'ondansetron', dose: '4 mg', route: 'IM', time: '13:25' },
    ]);
  });
  it('reads a log kept by time the same way, and keeps a row that only mentions waste after giving', () => {
    expect(
      meds(
        'Time | Drug | Dose | Route | Remarks\n' +
          '2210 | Fentanyl | 50 mcg | IV | given, 50 mcg of the vial wasted\n' +
          '2215 | Ketamine | 20 mg | IV | Wasted: vial cracked\n' +
          '2220 | TXA | 2 g | IV | Held, bleeding controlled',
      ),
    ).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '22:10' }]);
  });
});
