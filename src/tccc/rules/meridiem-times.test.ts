import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withStatedMeridiems } from './meridiem-times.js';

const times = (text: string): (string | undefined)[] =>
  extractCasualties(text).casualties.flatMap((c) => (c.record.interventions ?? []).map((i) => i.time));

describe('bare 12-hour times among times said with pm', () => {
  it('reads a bare time between two "pm" times on the evening clock', () => {
    expect(times('TQ left leg at 8:50 pm. Second TQ left leg 8:58. Fentanyl given 9:05 p.m.')).toEqual([
      '20:50',
      '20:58',
    ]);
  });
  it('keeps offsets: the text is the same length', () => {
    const text = 'Packed the wound 11:02, pressure dressing 11:10 pm.';
    expect(withStatedMeridiems(text)).toHaveLength(text.length);
    expect(withStatedMeridiems(text)).toContain('2302');
  });
  it('leaves a bare time alone when no am/pm is said near it on the clock, or the near one is am', () => {
    expect(withStatedMeridiems('Chest seal 3:10, first vitals 9:40 pm.')).toContain('3:10');
    expect(withStatedMeridiems('TQ at 7:15 am, rechecked 7:30.')).toContain('7:30');
    expect(withStatedMeridiems('BP 120/80 at 1430, TQ 14:35.')).toContain('14:35');
  });

  it('leaves a time written with its "p" alone: it says its own half of the day', () => {
    expect(times('Fentanyl 2:10 pm. TQ applied 2:20p. Chest seal 2:25 p.m.')).toEqual(['14:20', '14:25']);
  });
});
