import { describe, expect, it } from 'vitest';
import { extractCasualties } from '../rules/casualties.js';
import { tokenize } from './tokenize.js';
import { readSpokenPunctuation } from './spoken-punctuation.js';

const norms = (text: string): string[] => readSpokenPunctuation(tokenize(text)).map((t) => t.norm);

describe('punctuation said aloud', () => {
  it('reads "comma", "period", "colon" and "new line" as marks once the narrative dictates its punctuation', () => {
    expect(norms('pulse ninety comma sats ninety six period new line Casualty two colon burns')).toEqual([
      'pulse',
      'ninety',
      ',',
      'sats',
      'ninety',
      'six',
      '.',
      '\n',
      'casualty',
      'two',
      ':',
      'burns',
    ]);
  });
  it('leaves a lone "period" or a bowel "colon" as words', () => {
    expect(norms('pain for a period of ten minutes')).toContain('period');
    expect(norms('GSW abdomen comma possible colon injury period')).toContain('colon');
    expect(norms('TQ on after a short period')).toContain('period');
  });
  it("cuts a dictated report into its casualties and keeps each one's facts", () => {
    const [a, b, ...rest] = extractCasualties(
      'Grenade at two two one zero comma two hurt period new line First colon Corporal Lena Fox comma burns to the ' +
        'right hand comma dressing on the right hand period Pulse one hundred period new line Second colon Private ' +
        'Jon Sato comma gunshot wound left thigh comma tourniquet left thigh two two one five period Both urgent period',
    ).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Lena Fox');
    expect(a.vitals).toEqual([{ pulse: 100 }]);
    expect(b.casualty?.name).toBe('Jon Sato');
    expect(b.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '22:15' }]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'urgent']);
  });
});
