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

describe('a category said with "was" (takenBack)', () => {
  it('keeps the category he was when a later clause changes a dressing or a tourniquet', () => {
    const dressing = 'GSW left thigh, TQ at 1410. He was urgent surgical, dressing changed at 1430.';
    expect(extractRecord(dressing).evac_priority).toBe('urgent_surgical');
    const tq = 'GSW left thigh, TQ at 1410. Evac priority was urgent surgical, TQ changed to a CAT at 1430.';
    expect(extractRecord(tq).evac_priority).toBe('urgent_surgical');
  });
  it('reads the category he is changed to ("was priority, changing him to urgent surgical")', () => {
    const text = 'Hollister was priority, changing him to urgent surgical.';
    expect(extractRecord(text).evac_priority).toBe('urgent_surgical');
  });
});
