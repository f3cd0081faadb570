import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('"the stick" for an IO', () => {
  it('is the IO where a bone site is named with it, and the line a fluid then goes through', () => {
    const r = extractRecord(
      'Veins are flat. Put in the stick, right tibia, 0915. One unit of whole blood in the stick, 0918.',
    );
    expect(r.interventions).toEqual([{ type: 'io', location: 'right_leg', time: '09:15' }]);
    expect(r.fluids).toEqual([{ name: 'whole_blood', volume_ml: 500, route: 'IO', time: '09:18' }]);
  });
  it('is no line without a bone site', () => {
    expect(extractRecord('Missed the stick on his left hand.').interventions).toBeUndefined();
  });
});
