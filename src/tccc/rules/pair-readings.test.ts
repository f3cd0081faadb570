import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const vitals = (text: string) => extractRecord(text).vitals;

describe('a blood pressure put right in the next sentence', () => {
  it('takes the new reading in place of the old one after a marker, "no", or "wait, that is wrong"', () => {
    for (const fix of ['Correction, 110 over 70.', 'No, 110 over 70.', "Wait, that's wrong, 110 over 70, misread it."])
      expect(vitals(`HR 96, BP 80 over 50. ${fix}`)).toEqual([{ pulse: 96, systolic: 110, diastolic: 70 }]);
  });
  it('keeps both readings when the next sentence corrects something else', () => {
    expect(vitals('BP 80/50. No, HR 96.')).toEqual([{ systolic: 80, diastolic: 50, pulse: 96 }]);
    expect(extractRecord('TQ left leg, that is wrong, right leg, at 1410.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '14:10' },
    ]);
  });
});
