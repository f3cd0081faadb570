import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by a wound, and several spoken of at once', () => {
  it('reads "patient with the chest wound" as a casualty, and the same words later as the same one', () => {
    const [a, b, ...rest] = records(
      'Ok two patients here. Patient with the chest wound: chest seal on, sats 88. Patient with the burns: ' +
        'burn dressing on both arms, pulse 110. Back to the one with the chest wound, pulse 130.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.interventions]).toEqual([
      [{ spo2: 88, pulse: 130 }],
      [{ type: 'chest_seal', location: 'chest' }],
    ]);
    expect(b.vitals).toEqual([{ pulse: 110 }]);
  });
  it('gives what is said of "the other two" to no one', () => {
    const { casualties, unattributed } = extractCasualties(
      'IED strike, 3 casualties. SGT Cole has a TQ on the right thigh at 0812, pulse 130. The other two have minor frag, pulse 90.',
    );
    expect(casualties.map((c) => c.record.vitals)).toEqual([[{ pulse: 130 }]]);
    expect(unattributed.some((e) => e.path.startsWith('/vitals'))).toBe(true);
  });
});
