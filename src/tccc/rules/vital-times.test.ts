import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const vitals = (text: string) => extractRecord(text).vitals ?? [];

describe('a sentence opened by a time and what befell him, its colon before the signs', () => {
  it('dates the signs after the colon', () => {
    expect(vitals('GSW L chest. 1307 got worse, tension pneumo L: HR 140, SpO2 82%.')).toEqual([
      { time: '13:07', pulse: 140, spo2: 82 },
    ]);
  });
  it('leaves the time of care said there to the care', () => {
    expect(vitals('GSW L thigh. 1307 TQ on L thigh: HR 120.')).toEqual([{ pulse: 120 }]);
  });
});

describe('a heading said as a sentence of its own before the signs', () => {
  it('dates the signs when it only reads the time off a clock', () => {
    expect(vitals('Pressure dressing is holding. My watch reads 2231. Pulse one-ten, resps twenty-four.')).toEqual([
      { time: '22:31', pulse: 110, resp_rate: 24 },
    ]);
    expect(vitals('Splint on. Dash clock shows oh-four-twelve. Sats ninety-four.')).toEqual([
      { time: '04:12', spo2: 94 },
    ]);
  });
  it('dates nothing when it says only a bare time after an act', () => {
    expect(vitals('Tourniquet on the left leg. 1510. HR 120.')).toEqual([{ pulse: 120 }]);
  });
  it('dates the signs with a bare time answering a question that asks for them', () => {
    expect(vitals('Interviewer: Next set of vitals?\nMedic: 0915. HR 98, RR 16.')).toEqual([
      { time: '09:15', pulse: 98, resp_rate: 16 },
    ]);
    expect(vitals('Repeat vitals? Oh-two-forty. Pulse one-oh-four.')).toEqual([{ time: '02:40', pulse: 104 }]);
  });
  it('dates nothing with a bare time answering a question about something else', () => {
    expect(vitals('Tourniquet time? 1510. HR 120.')).toEqual([{ pulse: 120 }]);
  });
});

describe('a bare time closing one item of a list whose items each close on their own time', () => {
  it('dates the signs of its item', () => {
    expect(vitals('Moans to pain 2247, splint on left forearm 2250.')).toEqual([{ avpu: 'P', time: '22:47' }]);
  });
  it('dates nothing when the item after it has no time of its own', () => {
    expect(vitals('Moans to pain 2247, splint on left forearm.')).toEqual([{ avpu: 'P' }]);
  });
});

describe('clipped speech, each sign a sentence of its own', () => {
  it('dates the signs by a sentence right after them that says only a time, and no sign after it', () => {
    expect(vitals('Sats ninety-one. Heart rate one ten. Zero four twenty. Eyes open to voice.')).toEqual([
      { spo2: 91, pulse: 110, time: '04:20' },
      { avpu: 'V' },
    ]);
  });
  it('leaves a time said before the signs to the act it follows', () => {
    expect(vitals('Chest seal on. Zero four twenty. Sats ninety-one. Heart rate one ten.')).toEqual([
      { spo2: 91, pulse: 110 },
    ]);
  });
});

describe('two times before the signs', () => {
  it('dates the signs with the time said nearest them, not the stamp the line opens with', () => {
    const r = extractRecord('GSW R arm.\nLate note 1740: rechecked at 1725, pulse 96, BP 124/78.');
    expect(r.vitals).toEqual([{ time: '17:25', pulse: 96, systolic: 124, diastolic: 78 }]);
  });
});
