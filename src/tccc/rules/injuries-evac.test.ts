import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

// findEvacPriority (injuries.ts); its other tests are in injuries.test.ts.
describe('an evacuation priority changed in the sentence that first calls it', () => {
  it('reads the category it was changed to ("requested as priority, upgraded to urgent")', () => {
    const text = 'Closed femur fx L. MEDEVAC requested 1532 as priority, upgraded to urgent 1548.';
    expect(extractRecord(text).evac_priority).toBe('urgent');
  });
  it('still reads no one priority where two people are given two', () => {
    expect(extractRecord('Father urgent surgical, boy priority.').evac_priority).toBeUndefined();
  });
});
