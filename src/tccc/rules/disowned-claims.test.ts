import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutDisownedClaims } from './disowned-claims.js';

describe('what a record is quoted as saying, denied in the answer, is no fact', () => {
  it('drops the quoted device when the answer says the record was wrong', () => {
    const text =
      'Interviewer: Where did the tourniquet go?\nMedic: Tourniquet on the left upper arm at 1420.\n' +
      'Interviewer: The casualty card has the tourniquet on the right arm.\nMedic: That is an error on the card. Left arm.';
    expect(extractCasualties(text).casualties[0].record.interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:20' },
    ]);
  });
  it('drops a quoted time after a bare "No" on the next line, keeping who asks', () => {
    const text = 'Q: You said the TXA went in.\nA: Yes.\nQ: The log says TXA at 0940.\nA: No. It was 0945.';
    const out = withoutDisownedClaims(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain('Q:');
    expect(out).not.toContain('0940');
  });
  it('keeps the quote when the answer confirms it', () => {
    const text = 'Q: Your report says 1 g TXA IV at 0940.\nA: Yes, that is right.';
    expect(withoutDisownedClaims(text)).toBe(text);
  });
  it('keeps the quote when another question comes between it and the "No"', () => {
    const text = 'Q: The card says ketamine 50 mg IM. Any other drugs?\nA: No.';
    expect(withoutDisownedClaims(text)).toBe(text);
  });
  it('keeps the quote when the next sentence opens with a finding, not a denial ("No exit wound.")', () => {
    const text = 'Q: The card says GSW left thigh, TQ at 1410.\nA: No exit wound that I saw.';
    expect(withoutDisownedClaims(text)).toBe(text);
  });
});
