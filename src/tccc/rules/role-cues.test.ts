import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('an ordinal before the medic going to a ranked name', () => {
  it('reads "First, I went over to Sergeant …" as the first casualty, counted against "second one, Specialist …"', () => {
    const [a, b, ...rest] = records(
      'Rocket hit the motor pool. First, I went over to Sergeant Mila Horvat. Burn to the left hand, pulse ninety. ' +
        'Then the second one, Specialist Dion Pryce, shrapnel in the right thigh, pulse one twenty.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Mila Horvat', [{ pulse: 90 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Dion Pryce', [{ pulse: 120 }]]);
  });
  it('leaves "First I checked the airway" alone: no ranked name is gone to', () => {
    expect(records('First I checked the airway, clear. Pulse eighty.')).toHaveLength(1);
  });
});
