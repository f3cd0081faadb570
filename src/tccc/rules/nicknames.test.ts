import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { extractWithEvidence } from './index.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('a nickname cut from the surname', () => {
  it('is no first name: "Sergeant Rodriguez, Rod," is Rodriguez, "Corporal Marchetti, Chetti," Marchetti', () => {
    expect(extractWithEvidence('Sergeant Rodriguez, Rod, GSW to the left arm, HR 110.').record.casualty?.name).toBe(
      'Rodriguez',
    );
    expect(extractWithEvidence('Corporal Marchetti, Chetti, burns to the face.').record.casualty?.name).toBe(
      'Marchetti',
    );
    // A given name that is no part of the surname stays the first name.
    expect(extractWithEvidence('SSG Okafor, Ryan, 3/75, GSW left leg.').record.casualty?.name).toBe('Ryan Okafor');
  });
  it('turns to that casualty when said again ("Back to Rod", "Rod urgent")', () => {
    const found = records(
      'Two hit by the same RPG. First, Sergeant Rodriguez, Rod, frag to the belly. ' +
        'Second, Corporal Baker, burns to the right hand, pulse 96. Back to Rod, pulse 128, BP 90 over 60. ' +
        'Rod urgent surgical, Baker routine.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Rodriguez', 'Baker']);
    expect(pulses(found)).toEqual([[128], [96]]);
    expect(found[0].evac_priority).toBe('urgent_surgical');
  });
  it('is said only of the surname the narrative gave it: another capitalized word is no turn', () => {
    const found = records(
      'Two hit. First, Sergeant Rodriguez, frag to the belly. Second, Corporal Baker, burns to the right hand, ' +
        'pulse 96. Rod says he is thirsty.',
    );
    expect(pulses(found)).toEqual([[], [96]]);
  });
  it('reads a nickname glossed by a rank and name as that one, counted and triaged in his words', () => {
    // Also: "Last one's the Prof, PVT …" opens the last one; "X and the Prof are both routine" is those two's alone.
    const [a, b, c, ...rest] = records(
      "Three hurt in the rollover. First, Ace. That's Corporal Dana Reyes. Burn to the right hand, pulse one hundred. " +
        "Ace is urgent. Next, Bones. Cut on the chin, pulse eighty. Last one's the Prof, PVT Sam Ortiz. Sprained " +
        'left ankle, pulse ninety. Bones and the Prof are both routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, pulses([a])[0]]).toEqual(['Dana Reyes', 'urgent', [100]]);
    expect([b.evac_priority, pulses([b])[0]]).toEqual(['routine', [80]]);
    expect([c.casualty?.name, c.evac_priority, pulses([c])[0]]).toEqual(['Sam Ortiz', 'routine', [90]]);
  });
});
