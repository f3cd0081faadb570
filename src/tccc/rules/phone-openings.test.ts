import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutPhoneOpening } from './phone-openings.js';

describe('withoutPhoneOpening', () => {
  it('blanks whom the medic rings up by rank and name, never named again, offsets kept', () => {
    const text = "Sergeant Mbeki, it's Doc. Two hit. Lopez, round through the left forearm.";
    const out = withoutPhoneOpening(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('Two hit. Lopez, round through the left forearm.');
    expect(extractCasualties(text).casualties.map((c) => c.record.casualty?.name)).not.toContain('Mbeki');
  });
  it('keeps a casualty told who treats him, named again or called by no rank', () => {
    const named = "Sergeant Ruiz, it's Doc. Ruiz, stay with me, GSW left thigh.";
    expect(withoutPhoneOpening(named)).toBe(named);
    const unranked = "Ramirez, it's Doc. What hurts?";
    expect(withoutPhoneOpening(unranked)).toBe(unranked);
  });
});
