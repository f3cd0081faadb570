import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('"the other guy" said as whom the medic is busy with', () => {
  it('keeps one casualty when the medic, not the speaker, is with the other one', () => {
    for (const aside of [
      'The medic was busy with the other guy, so I packed it myself.',
      'Doc, he was treating the other one, told me to pack it.',
      'Our corpsman had the other casualty so I packed it.',
    ]) {
      const found = records(
        `IED hit the lead truck and got SPC Ruiz. Frag to the left thigh, bleeding a lot. ${aside} ` +
          'Then a pressure dressing over it, pulse 118.',
      );
      expect(found).toHaveLength(1);
      expect(found[0].vitals).toEqual([{ pulse: 118 }]);
    }
  });
});
