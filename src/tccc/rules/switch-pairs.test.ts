import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const priorities = (text: string) => extractCasualties(text).casualties.map((c) => c.record.evac_priority);

describe('a category changed in the sentence that says it (RECATEGORIZED)', () => {
  it('keeps the category it was changed to, not the one he had', () => {
    const changed = 'GSW left thigh. He was priority, changing him to urgent surgical.';
    expect(extractRecord(changed).evac_priority).toBe('urgent_surgical');
  });
  it('keeps a category changed in the second of two clauses on the casualty the first names', () => {
    const text =
      'Staff Sergeant Wade Hollister, GSW left thigh. TQ left thigh at 2351.\n\nPFC Ana Ruiz, frag right forearm. ' +
      'Dressings are dry.\n\nCalling it up again. Hollister was priority, changing him to urgent surgical.';
    expect(priorities(text)).toEqual(['urgent_surgical', undefined]);
  });
});
