import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutCountsAloud } from './counted-aloud.js';

describe('withoutCountsAloud', () => {
  it('blanks counts over part of a minute, their sums and the seconds counted, same length', () => {
    const text = 'Breaths, thirty seconds... nine in thirty, so eighteen. Beats: twenty-two times four, eighty-eight.';
    const out = withoutCountsAloud(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe('Breaths, ... , so eighteen. Beats: , eighty-eight.');
  });

  it('blanks a count up from one and a run rising by one, not readings or a rate worked out after them', () => {
    expect(withoutCountsAloud('Lift on three: one, two, three. Pulse 90.').replace(/\s+/g, ' ')).toBe(
      'Lift on three: . Pulse 90.',
    );
    expect(withoutCountsAloud('Pulse... forty, forty-one. Forty-one, so eighty-two.').replace(/\s+/g, ' ')).toBe(
      'Pulse... , so eighty-two.',
    );
    const readings = 'Pulse 96, 104, 110 over the hour. BP 120/80, roster one two three four. IO in 14.15.';
    expect(withoutCountsAloud(readings)).toBe(readings);
  });

  it('lets the rate be read, not the count', () => {
    const record = extractCasualties(
      'TQ right leg at 0140. Resps... seven in fifteen, so twenty-eight. Pulse, fifteen seconds... one, two, three... ' +
        'thirty. Thirty times four, one twenty.',
    ).casualties[0].record;
    expect(record.vitals).toEqual([{ resp_rate: 28, pulse: 120 }]);
  });
});
