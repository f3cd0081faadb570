import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a header naming a set of signs and its time, the casualties then taken one sentence each', () => {
  it("dates each casualty's signs said in the sentences after it that open on his name", () => {
    const found = records(
      'Two hurt by the mortar. SPC Nia Ames has frag to the left thigh. PFC Theo Boyd has a burn on the right hand. ' +
        'Final reassessment on the ramp of the bird at 1620: Ames pulse 112, BP 104/68, responding to voice. ' +
        'Boyd pulse 90, alert, pain 5.',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [{ time: '16:20', pulse: 112, systolic: 104, diastolic: 68, avpu: 'V' }],
      [{ time: '16:20', pulse: 90, avpu: 'A', pain: 5 }],
    ]);
  });
});
