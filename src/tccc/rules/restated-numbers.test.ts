import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { withoutRestatedNumbers } from './restated-numbers.js';

describe('withoutRestatedNumbers', () => {
  it('reads a dose said again digit by digit as the dose, never as a clock', () => {
    const r = extractRecord(
      'Gave ketamine at 0415: two hundred fifty milligrams, that is two five zero, IV. Pulse 100 at 0420.',
    );
    expect(r.medications?.[0]).toMatchObject({ name: 'ketamine', dose: '250 mg' });
    expect(r.medications?.[0].time).not.toBe('02:50');
  });

  it('blanks only a restatement of the same number, keeping offsets', () => {
    const text = 'fentanyl eight hundred mcg, I say again eight zero zero';
    const out = withoutRestatedNumbers(text);
    expect(out).toHaveLength(text.length);
    expect(out.trimEnd()).toBe('fentanyl eight hundred mcg,');
    const other = 'pulse ninety, that is 0930 now';
    expect(withoutRestatedNumbers(other)).toBe(other);
  });

  it('reads a number shouted again after a dash or said another way after a comma as one number', () => {
    const r = extractRecord(
      'Morphine TEN \u2014 ONE ZERO milligrams IM, oh-three ten. Resps twenty-two \u2014 TWENTY-TWO \u2014 sats eighty-eight, EIGHTY-EIGHT.',
    );
    expect(r.medications?.[0]).toMatchObject({ name: 'morphine', dose: '10 mg', route: 'IM' });
    expect(r.vitals?.[0]).toMatchObject({ resp_rate: 22, spo2: 88 });
  });

  it('reads a number cut off and started again after a dash as the whole number', () => {
    const r = extractRecord('Pulse one \u2014 ONE FOUR TWO, one forty-two, BP eighty over fifty.');
    expect(r.vitals?.[0]).toMatchObject({ pulse: 142, systolic: 80, diastolic: 50 });
  });

  it('keeps a series of readings said alike, and a count before another number', () => {
    const series = 'sats ninety-eight, ninety-eight, ninety-seven';
    expect(withoutRestatedNumbers(series)).toBe(series);
    const count = 'two \u2014 twenty minutes out';
    expect(withoutRestatedNumbers(count)).toBe(count);
    const corrected = 'fentanyl fifteen \u2014 FIFTY mikes';
    expect(withoutRestatedNumbers(corrected)).toBe(corrected);
  });
});
