import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a time that opens a sentence stamps its acts', () => {
  it('reads the time after a bracketed aside that opens the sentence ("[Nurse: 1433] 1433, binder\'s on.")', () => {
    const record = extractRecord('Pelvis is unstable. [Nurse: fourteen thirty-three] 1433, binder is on. HR 120.');
    expect(record.interventions).toEqual([{ type: 'pelvic_binder', time: '14:33' }]);
  });
  it('reads it after a sound in parentheses too ("(rotor noise) 1433, …")', () => {
    const record = extractRecord('Gauze packed in the left groin. (rotor noise) 1433, ketamine 50 mg IM.');
    expect(record.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:33' }]);
  });
  it('gives no stamp when the bracket never closes in the sentence', () => {
    const record = extractRecord('Pelvis is unstable. [Nurse 1433, binder is on.');
    expect(record.interventions?.[0]?.time).toBeUndefined();
  });
});

describe('a time said after an opening "at"', () => {
  it('stamps the acts of its sentence that say no time of their own', () => {
    expect(extractRecord('At 9:40 PM she got 30 milligrams of ketamine IM for the pain.').medications).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IM', time: '21:40' },
    ]);
  });
  it('stamps nothing when "at" opens a place', () => {
    expect(extractRecord('At the aid station he was given ketamine 30 mg IM.').medications).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IM' },
    ]);
  });
});
