import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties handed over to a receiving crew', () => {
  it('reads "Three for you." as several, the ordinals and "your walker" after it each opening one', () => {
    const [a, b, c, ...rest] = records(
      'Three for you. First, Sergeant Lucía Ferro, frag to the right calf, TQ right leg at 0912. Second is ' +
        'Private Kwame Boateng, burns to the left hand, dressed. Then your walker, Corporal Ivo Petrov, cut over ' +
        'the left eyebrow, pressure dressing, alert.',
    );
    expect(rest).toEqual([]);
    expect([a, b, c].map((r) => r.casualty?.name)).toEqual(['Lucía Ferro', 'Kwame Boateng', 'Ivo Petrov']);
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '09:12' }]);
    expect(c.vitals).toEqual([{ avpu: 'A' }]);
    expect(b.vitals).toBeUndefined();
  });

  it("reads the count after a turn dash, the questions between the turns no one's", () => {
    const [a, b, ...rest] = records(
      [
        '- Two off the range for you. First, Specialist Noor Haddad, GSW to the left forearm, TQ left arm at 1603.',
        '- Allergies?',
        '- Sulfa. Second is Private Tom Reilly, twisted his right ankle, splinted.',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(a.casualty).toEqual({ name: 'Noor Haddad', allergies: 'Sulfa' });
    expect(b.casualty?.name).toBe('Tom Reilly');
    expect(b.interventions).toEqual([{ type: 'splint', location: 'right_leg' }]);
  });

  it('leaves "for you" after a count of things alone ("I have two TQs for you")', () => {
    expect(
      records('Sergeant Lucía Ferro, frag to the right calf. I have two TQs for you, left and right leg.'),
    ).toHaveLength(1);
  });
});
