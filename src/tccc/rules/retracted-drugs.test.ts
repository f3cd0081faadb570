import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a bare "no" after a drug and its dose takes the drug back', () => {
  it('when another drug follows with only plain words between', () => {
    expect(extractRecord('Abx now, cefazolin 1 g... no, ceftriaxone 2 g IV at 1315.').medications).toEqual([
      { name: 'other', dose: '2 g', route: 'IV', time: '13:15' },
    ]);
    expect(
      extractRecord('Morphine ten milligrams... nope, his pressure is too low, fentanyl instead: fentanyl 50 mcg IV.')
        .medications,
    ).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV' }]);
  });
  it('when the same drug is named again with its new dose', () => {
    expect(extractRecord('Ketamine... 100 IM, nah, we have the IO now, 30 of ketamine IO, 0912.').medications).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IO', time: '09:12' },
    ]);
  });
  it('when only a reason follows it to the end of the sentence', () => {
    expect(
      extractRecord('Gave TXA 1 g IV 0840. Then ondansetron 4 IV - no wait, that was yesterday on the range. Pulse 90.')
        .medications,
    ).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '08:40' }]);
  });
  it('keeps the drug when the "no" is about something else or corrects a number', () => {
    expect(extractRecord('Morphine 5 mg IV at 1400. No relief, pain still 8.').medications).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '14:00' },
    ]);
    expect(
      extractRecord('Fentanyl 50 mcg IV, no, make that 100 mcg, and ketamine 20 mg IM.').medications?.map(
        (m) => m.name,
      ),
    ).toEqual(['fentanyl', 'ketamine']);
  });
});
