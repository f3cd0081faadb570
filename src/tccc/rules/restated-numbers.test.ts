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
});
