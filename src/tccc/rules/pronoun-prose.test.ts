import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a man and a woman told apart by pronoun', () => {
  it('gives each clause that names neither to the one its first pronoun is', () => {
    const [first, second, ...rest] = records(
      'Back of the Stryker, cramped, I have two. Mortar landed on the hatch at 1932, both of them caught it. ' +
        'Sergeant Lucia Brandt against the ramp, female; Private Tomas Keel by the bench. His right hand is mangled, ' +
        'pumping blood. Her left thigh, frag, oozing. Tourniquet on his right arm, 1935. Combat gauze into her thigh, 1937. ' +
        'His pulse 124. Her pulse 96, she is alert. Both urgent.',
    );
    expect(rest).toEqual([]);
    expect([first.casualty, first.vitals, first.interventions]).toEqual([
      { name: 'Lucia Brandt', sex: 'female' },
      [{ pulse: 96, avpu: 'A' }],
      [{ type: 'hemostatic_dressing', location: 'left_leg', time: '19:37' }],
    ]);
    expect([second.casualty, second.vitals, second.interventions]).toEqual([
      { name: 'Tomas Keel' },
      [{ pulse: 124 }],
      [{ type: 'tourniquet', location: 'right_arm', time: '19:35' }],
    ]);
    expect([first.time_of_injury, second.time_of_injury, first.evac_priority, second.evac_priority]).toEqual([
      '19:32',
      '19:32',
      'urgent',
      'urgent',
    ]);
  });
  it('follows a given name called out, and keeps one turned to until the other pronoun', () => {
    const [a, b] = records(
      'RPG hit the bunker at 0510, it got both of them. Corporal Ivan Petrov is on the floor, male. Specialist Grace ' +
        'Adeyemi sits by the door. Grace, look at me. Her left thigh, frag. Pressure dressing on it, 0514. Back to him. ' +
        'Ivan, squeeze my hand. Pulse 110. Her pulse 88.',
    );
    expect([a.casualty?.name, a.vitals]).toEqual(['Ivan Petrov', [{ pulse: 110 }]]);
    expect([b.casualty?.name, b.vitals, b.interventions?.[0]?.time]).toEqual([
      'Grace Adeyemi',
      [{ pulse: 88 }],
      '05:14',
    ]);
  });
  it('does not turn by pronoun between two casualties of one sex, or of no sex said', () => {
    const out = records(
      'Both of them were hit by the IED at 0300. Private Carl Ruiz and Private Sam Ortega. His left leg is gone, TQ at ' +
        '0302. His pulse 130.',
    );
    expect(out.flatMap((r) => r.interventions ?? []).length).toBeLessThanOrEqual(1);
    expect(out.flatMap((r) => (r.casualty?.sex ? [r.casualty.sex] : []))).toEqual([]);
  });
});
