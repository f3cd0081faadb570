import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { findVitals } from './vitals.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('a level said first in a sentence that repeats the open set’s signs', () => {
  it('goes with the signs after it, not the set before', () => {
    expect(vitals('Pulse 104, BP 122/76 at 0915. Now only responds to voice, pulse 126 at 0940.')).toEqual([
      { pulse: 104, systolic: 122, diastolic: 76, time: '09:15' },
      { avpu: 'V', pulse: 126, time: '09:40' },
    ]);
  });
  it('reads the same across a log’s lines, each ending with a full stop', () => {
    expect(vitals('Medic: RR 22, SpO2 91% @2208.\nMedic: unresponsive, SpO2 84% @2230.')).toEqual([
      { resp_rate: 22, spo2: 91, time: '22:08' },
      { avpu: 'U', spo2: 84, time: '22:30' },
    ]);
  });
  it('stays with the set before when its sentence says no sign that set already holds', () => {
    expect(vitals('Pulse 104, BP 122/76 at 0915. Alert and talking, pain 7.')).toEqual([
      { pulse: 104, systolic: 122, diastolic: 76, time: '09:15', avpu: 'A', pain: 7 },
    ]);
  });
});

describe('a sentence opening with "now" after a dated set', () => {
  it('is a later set of its own', () => {
    expect(vitals('SpO2 95 at 2212. Now responds to voice only.')).toEqual([
      { spo2: 95, time: '22:12' },
      { avpu: 'V' },
    ]);
  });
  it('goes on the open set when that set has no time yet', () => {
    expect(vitals('SpO2 95. Now responds to voice only.')).toEqual([{ spo2: 95, avpu: 'V' }]);
  });
});
