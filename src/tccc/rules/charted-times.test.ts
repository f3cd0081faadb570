import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('the time a thing was charted at and the time it was done', () => {
  it('reads the time a thing was done in the place of the time it was charted at', () => {
    const r = extractRecord(
      'Splint L leg 2250. The second set, charted at 2250 (HR 120, BP 96/60), was taken at 2300 per the monitor.',
    );
    expect(r.vitals).toEqual([{ time: '23:00', pulse: 120, systolic: 96, diastolic: 60 }]);
  });
  it('keeps the time of care done after a thing seen ("bleeding noted at 1400, tourniquet was placed at 1402")', () => {
    const r = extractRecord(
      'PFC Lee, GSW left thigh. Heavy bleeding noted at 1400, tourniquet was placed at 1402 and the bleeding stopped. Pulse 110.',
    );
    expect(r.interventions).toContainEqual(expect.objectContaining({ type: 'tourniquet', time: '14:02' }));
  });
  it('keeps a charted time when the later clause names a thing of its own', () => {
    const r = extractRecord(
      'GSW left thigh. Bleeding charted at 1400, tourniquet was placed at 1402 and the bleeding stopped.',
    );
    expect(r.interventions).toContainEqual(expect.objectContaining({ type: 'tourniquet', time: '14:02' }));
  });
});
