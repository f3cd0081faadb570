import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { findVitals } from './vitals.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('signs said without their names in a run of signs', () => {
  it('reads a bare pressure pair after a named sign as the blood pressure', () => {
    expect(vitals('Recheck at 1842: HR 96, 124/78, RR 16.')).toEqual([
      { time: '18:42', pulse: 96, systolic: 124, diastolic: 78, resp_rate: 16 },
    ]);
    expect(vitals('Obs again: pulse ninety-two... one-twenty-two over seventy-four, sats ninety-nine.')).toEqual([
      { pulse: 92, systolic: 122, diastolic: 74, spo2: 99 },
    ]);
  });
  it('reads a bare rate and pressure that open the signs as pulse and pressure', () => {
    expect(vitals('Last obs? Nineteen ten, ninety-eight, one-forty over ninety, resps sixteen.')).toEqual([
      { time: '19:10', pulse: 98, systolic: 140, diastolic: 90, resp_rate: 16 },
    ]);
    expect(vitals('Repeat set: 2240, 104, 112/66, SpO2 95.')).toEqual([
      { time: '22:40', pulse: 104, systolic: 112, diastolic: 66, spo2: 95 },
    ]);
    expect(vitals('NURSE: Numbers? CORPSMAN: Eighty-eight, one-ten over seventy, sats ninety-eight.')).toEqual([
      { pulse: 88, systolic: 110, diastolic: 70, spo2: 98 },
    ]);
  });
  it('reads no pair that is not a pressure, and no second pressure in a run that has one', () => {
    // A fraction of something named, a pair whose low number is not the lower, a pressure already named.
    expect(vitals('Gave 2/3 of the bag, pulse 100.')).toEqual([{ pulse: 100 }]);
    expect(vitals('HR 100, 80/120, RR 20.')).toEqual([{ pulse: 100, resp_rate: 20 }]);
    expect(vitals('BP about ninety over sixty-something, call it 90/60, pulse 120.')).toEqual([
      { systolic: 90, pulse: 120 },
    ]);
    // A bare number that does not open the set is no pulse.
    expect(vitals('Wound is 4 cm long, 130/80, sats 97.')).toEqual([{ systolic: 130, diastolic: 80, spo2: 97 }]);
  });
  it('dates the signs by a sentence of their own that points back at them', () => {
    expect(vitals('Pulse 116, sats 93. That was 0415.')).toEqual([{ pulse: 116, spo2: 93, time: '04:15' }]);
  });
});
