import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualty designators, wherever they stand', () => {
  it('reads the MIST letters heading each casualty of a radio report as headings, never as a name', () => {
    const [a, b, ...rest] = records(
      'MIST for two. Casualty one: Mike, blast. India, burns left hand. Sierra, pulse one hundred. ' +
        'Casualty two: Mike, blast. India, frag right thigh. Sierra, pulse eighty.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual([undefined, undefined]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 100 }], [{ pulse: 80 }]]);
  });
});
