import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a turn back to a casualty by his rank', () => {
  it('switches to the one casualty said with that rank, in full, short or spelled', () => {
    for (const back of ['Back to the sergeant.', 'Back to the SGT.', 'over to the s g t,']) {
      const [okoye, marsh, ...rest] = records(
        'Two hurt. The driver is Sergeant Okoye, GSW left thigh, TQ left thigh. ' +
          `The gunner, Specialist Marsh, burns to the right hand, burn dressing. ${back} Pulse 132.`,
      );
      expect(rest).toEqual([]);
      expect([okoye.casualty?.name, okoye.vitals]).toEqual(['Okoye', [{ pulse: 132 }]]);
      expect([marsh.casualty?.name, marsh.vitals]).toEqual(['Marsh', undefined]);
    }
  });
  it('switches to no one by a rank said of two casualties', () => {
    const [, marsh] = records(
      'Two hurt. The driver is Sergeant Okoye, GSW left thigh. The gunner, Sergeant Marsh, burns to the right hand. ' +
        'Back to the sergeant. Pulse 132.',
    );
    expect(marsh.vitals).toEqual([{ pulse: 132 }]);
  });
});
