import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

describe('a ranked name after a word that moves the story on', () => {
  it('opens that casualty, "and" as "then" does', () => {
    const text =
      'Two wounded. Corporal Diaz: GSW to the right forearm, pressure dressing on it. ' +
      'And Private Moreno took frag to the left calf, Combat Gauze packed.';
    const records = extractCasualties(text).casualties.map((c) => c.record);
    expect(records.map((r) => r.casualty?.name)).toEqual(['Diaz', 'Moreno']);
    expect(records[1].injuries).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
  });
});
