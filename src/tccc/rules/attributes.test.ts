import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

describe('a time said right after the signs', () => {
  it('dates the set when a pause, a priority or an act with its own time follows, never the next act', () => {
    const r = extractRecord('pulse 120 BP 100/60 at 1430 IO right humerus at 1432');
    expect(r.vitals).toEqual([{ pulse: 120, systolic: 100, diastolic: 60, time: '14:30' }]);
    expect(r.interventions).toEqual([{ type: 'io', location: 'right_arm', time: '14:32' }]);
    expect(extractRecord('HR 110 at 1405, TQ left thigh.').vitals).toEqual([{ pulse: 110, time: '14:05' }]);
    expect(extractRecord('HR 96 BP 138/88 pain 7/10 (0125). SAM splint R arm.').vitals).toEqual([
      { pulse: 96, systolic: 138, diastolic: 88, pain: 7, time: '01:25' },
    ]);
    expect(
      extractRecord('pulse one three two resps two six responds to voice at one five three eight urgent surgical over')
        .vitals,
    ).toEqual([{ pulse: 132, resp_rate: 26, avpu: 'V', time: '15:38' }]);
  });
  it('is left to an act named right after it that says no time of its own', () => {
    expect(extractRecord('HR 118 at 1432 TQ applied left thigh.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:32' },
    ]);
  });
  it('dates the set when the line after it is timed with what runs through it', () => {
    const r = extractRecord('resps 24 sats 91 at 2210 IV left hand saline one liter IV at 2214');
    expect(r.vitals).toEqual([{ resp_rate: 24, spo2: 91, time: '22:10' }]);
    expect(r.interventions).toEqual([{ type: 'iv', location: 'left_arm' }]);
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 1000, route: 'IV', time: '22:14' }]);
  });
  it('dates a reading said as a change even when an act with no time follows ("pain down to four at …")', () => {
    const r = extractRecord('sats up to ninety six at zero nine two two splint on the left leg');
    expect(r.vitals).toEqual([{ spo2: 96, time: '09:22' }]);
    expect(r.interventions).toEqual([{ type: 'splint', location: 'left_leg' }]);
  });
});

describe('a time before a colon and the signs', () => {
  it('heads the signs, not the act named before it', () => {
    const r = extractRecord('TQ L thigh 0817. After TQ at 0825: HR 112, BP 104/66, alert.');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '08:17' }]);
    expect(r.vitals).toEqual([{ time: '08:25', pulse: 112, systolic: 104, diastolic: 66, avpu: 'A' }]);
  });

  it('reads a time said with "p.m." or "a.m." at a sentence end, never as the other half of the day', () => {
    expect(extractRecord('TQ applied 2:20 p.m.').interventions).toEqual([{ type: 'tourniquet', time: '14:20' }]);
    expect(extractRecord('TQ applied 2:20 a.m.').interventions).toEqual([{ type: 'tourniquet', time: '02:20' }]);
    const [c] = extractCasualties('GSW left thigh. TQ applied at 2:20 p.m. Pulse 100.').casualties;
    expect(c.record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:20' }]);
  });
});
