import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('several casualties told in prose', () => {
  it('counts "the two soldiers" as several, so ranked names opening sentences are one casualty each', () => {
    const [a, b, ...rest] = records(
      'Rollover on the MSR at 2210, the two soldiers in the back were thrown out. CPL Dana Wirth, female, has a broken left wrist, ' +
        'splinted, HR 96. Pvt Eli Soren, male, cut his scalp, pressure dressing to the head, HR 88.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Dana Wirth', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.vitals, b.interventions?.length]).toEqual(['Eli Soren', [{ pulse: 88 }], 1]);
  });
});
