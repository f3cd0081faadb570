import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('pressure held on a wound', () => {
  it('is not the blood pressure: the time after it stays with the dressing, and the readings after stay untimed', () => {
    const r = extractRecord(
      'frag in the right side of the neck packing it with hemostatic gauze holding pressure twenty one ten sat ninety four pulse one hundred',
    );
    expect(r.interventions).toEqual([{ type: 'hemostatic_dressing', location: 'neck', time: '21:10' }]);
    expect(r.vitals).toEqual([{ spo2: 94, pulse: 100 }]);
  });
  it('leaves "applying pressure dressing" a dressing', () => {
    expect(extractRecord('applying pressure dressing to the abdomen time one seven three zero').interventions).toEqual([
      { type: 'pressure_dressing', location: 'abdomen', time: '17:30' },
    ]);
  });
  it('leaves "pressure" said as a reading a blood pressure', () => {
    expect(extractRecord('pulse one fourteen pressure now ninety eight over sixty').vitals).toEqual([
      { pulse: 114, systolic: 98, diastolic: 60 },
    ]);
  });
});

describe('pressure said before "held"', () => {
  it('is pressure kept on the wound, not the dressing held back', () => {
    expect(extractRecord('Combat gauze into the left thigh, pressure held three minutes.').interventions).toEqual([
      { type: 'hemostatic_dressing', location: 'left_leg' },
    ]);
    expect(
      extractRecord('QuikClot packed in the neck with pressure maintained. Pressure drsg L arm.').interventions,
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'neck' },
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
  });
});
