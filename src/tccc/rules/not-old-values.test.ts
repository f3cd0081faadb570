import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a value put right by "<new>, not <old>" long after the old one was said', () => {
  it('puts a time, a two-number reading or an amount in its unit in the place of the old one', () => {
    const r = extractRecord(
      'Blast at 0740, frag to the R thigh. BP 96/60 at 0750. Ketamine 50 mg IM 0752. TQ R thigh 0745. ' +
        'Pulse 120 at 0755. Update from the BAS: BP at 0750 was 86/60, not 96/60; the ketamine was 25 mg, not 50 mg; ' +
        'and the blast was 0738, not 0740.',
    );
    expect(r.time_of_injury).toBe('07:38');
    expect(r.vitals).toContainEqual({ time: '07:50', systolic: 86, diastolic: 60 });
    expect(r.vitals).toContainEqual({ time: '07:55', pulse: 120 });
    expect(r.vitals?.some((v) => v.systolic === 96)).toBe(false);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '25 mg', route: 'IM', time: '07:52' }]);
  });
  it('reads the same correction said twice as one', () => {
    const r = extractRecord('HR 110, BP 98/50 at 1805. Binder 1806. BP was 88/50, not 98/50. Again: 88/50, not 98/50.');
    expect(r.vitals).toEqual([{ time: '18:05', pulse: 110, systolic: 88, diastolic: 50 }]);
  });
  it('moves no bare number, and nothing when the old value was never said', () => {
    expect(extractRecord('HR 100 at 1130. Fentanyl 100 mcg. HR 110, not 100.').vitals).toContainEqual({ pulse: 110 });
    expect(extractRecord('GSW L arm. TQ at 1512, not 1510.').interventions?.[0].time).toBeDefined();
  });
});
