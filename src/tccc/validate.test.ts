import { describe, expect, it } from 'vitest';
import { validateRecord } from './validate.js';

describe('validateRecord', () => {
  it('accepts an empty record', () => {
    expect(validateRecord({})).toEqual({ valid: true, errors: [] });
  });
  it('accepts a full record', () => {
    const r = validateRecord({
      casualty: { name: 'Luis Alvarado', sex: 'male', allergies: 'NKDA' },
      location_grid: '38SMB4484',
      evac_priority: 'urgent_surgical',
      mechanism: ['gsw'],
      injuries: [{ type: 'gsw', location: 'left_leg' }],
      vitals: [{ time: '14:32', pulse: 118, systolic: 96, diastolic: 60, avpu: 'A' }],
      interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:32' }],
      fluids: [{ name: 'whole_blood', volume_ml: 500, route: 'IO' }],
      medications: [{ name: 'txa', dose: '2 g', route: 'IV', time: '14:40' }],
    });
    expect(r.valid).toBe(true);
  });
  it('rejects unknown fields, bad enums and bad times', () => {
    const r = validateRecord({ foo: 1, mechanism: ['laser'], vitals: [{ time: '2:32' }] });
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toMatch(/additional properties/);
    expect(r.errors.join('\n')).toMatch(/\/mechanism\/0/);
    expect(r.errors.join('\n')).toMatch(/\/vitals\/0\/time/);
  });
});
