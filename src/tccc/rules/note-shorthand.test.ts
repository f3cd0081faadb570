import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('shorthand of written notes', () => {
  it('reads "PD" as a pressure dressing', () => {
    expect(extractRecord('Hand grenade frag R shin. PD R leg 1118.').interventions).toEqual([
      { type: 'pressure_dressing', location: 'right_leg', time: '11:18' },
    ]);
  });
  it('reads "CG" as Combat Gauze, a hemostatic dressing', () => {
    expect(extractRecord('Frag L calf, packed w/ CG then ETD 0942.').interventions).toEqual([
      { type: 'hemostatic_dressing', location: 'left_leg' },
      { type: 'pressure_dressing', location: 'left_leg', time: '09:42' },
    ]);
  });
  it('reads the phrase after "corr:" as the correction of the one before', () => {
    expect(extractRecord('Frag L forearm, corr: R forearm not L. Frag L cheek.').injuries).toEqual([
      { type: 'penetrating', location: 'right_arm' },
      { type: 'penetrating', location: 'face' },
    ]);
    expect(extractRecord('Tourniquet L thigh 0915, correction: 0917.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:17' },
    ]);
  });
  it('reads an AVPU letter closing a cell of a row of signs', () => {
    expect(extractRecord('VS: 0710 HR 132 RR 28 SpO2 92 V | 0725 HR 118 SpO2 95 A | 0740 HR 104').vitals).toEqual([
      { time: '07:10', pulse: 132, resp_rate: 28, spo2: 92, avpu: 'V' },
      { time: '07:25', pulse: 118, spo2: 95, avpu: 'A' },
      { time: '07:40', pulse: 104 },
    ]);
  });
});
