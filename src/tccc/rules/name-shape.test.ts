import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

describe('a surname written with accented letters after a rank', () => {
  it('names the casualty as an unaccented one does', () => {
    const records = extractCasualties(
      'Two wounded. Corporal Ortega has a laceration on the right arm. And Private Muñoz has burns on the left ' +
        'hand. Both are delayed... correction, both are priority.',
    ).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Ortega', 'priority'],
      ['Muñoz', 'priority'],
    ]);
  });
});
