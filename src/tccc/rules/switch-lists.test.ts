import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties told in the order the speaker got to them', () => {
  it('reads a ranked name after "then" and an ordinal said to be a name as casualties, once several are said', () => {
    const [a, b, c, ...rest] = records(
      'Rocket hit the bunker, three of my guys got hurt. Corporal Easton took frag in the right arm, I put a TQ on it. ' +
        'Then Specialist Ruhl was screaming about his leg, frag in the left calf, pressure dressing on it. ' +
        'Third was Okoro, burns on his face, pulse 96.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.interventions?.[0]]).toEqual(['Easton', { type: 'tourniquet', location: 'right_arm' }]);
    expect([b.casualty?.name, b.interventions?.[0]?.type]).toEqual(['Ruhl', 'pressure_dressing']);
    expect([c.casualty?.name, c.vitals]).toEqual(['Okoro', [{ pulse: 96 }]]);
  });
});
