import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readRespectiveReadings } from './respective-readings.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('two casualties\' readings given "respectively"', () => {
  it('reads each number as the casualty named in its place, the sentence opening said of both', () => {
    const text = 'Vitals 0405: Moreau and Bell HR 90 and 104, SpO2 98% and 96% respectively. Sokolov HR 122.';
    expect(readRespectiveReadings(text)?.value).toBe(
      'Vitals 0405: Moreau HR 90, SpO2 98%. Vitals 0405: Bell HR 104, SpO2 96%. Sokolov HR 122.',
    );
  });

  it("gives neither casualty the other's numbers", () => {
    const text = [
      'SGT Ann Moreau, frag L thigh, TQ 1210.',
      'SPC Ray Bell, GSW R arm, pressure dressing 1215.',
      'At 1230 Moreau and Bell HR 88 and 112 respectively.',
    ].join('\n');
    const [moreau, bell] = records(text);
    expect(moreau.vitals?.map((v) => v.pulse)).toEqual([88]);
    expect(bell.vitals?.map((v) => v.pulse)).toEqual([112]);
  });

  it('leaves labels that are no names, and lists without "respectively", alone', () => {
    expect(readRespectiveReadings('HR and BP 90 and 110/70 respectively.')).toBeNull();
    expect(readRespectiveReadings('Moreau and Bell HR 90 and 104.')).toBeNull();
  });
});
