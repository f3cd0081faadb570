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
  it('keeps a casualty spoken to by rank and name, then called only "he"', () => {
    const sergeant =
      "Sergeant Diaz, it's Doc, stay with me. GSW left thigh, TQ left thigh at 1410. He is alert, pulse 110.";
    expect(withoutPhoneOpening(sergeant)).toBe(sergeant);
    const corporal = 'Corporal Nguyen, this is the medic. Frag right forearm, pressure dressing. He is alert.';
    expect(withoutPhoneOpening(corporal)).toBe(corporal);
    const names = [sergeant, corporal].map((t) => extractCasualties(t).casualties[0]?.record.casualty?.name);
    expect(names).toEqual(['Diaz', 'Nguyen']);
  });
});
