import { describe, expect, it } from 'vitest';
import { NORMALIZE_OPTIONS } from '../rules/lexicon/index.js';
import { extractCasualties } from '../rules/casualties.js';
import { readTokens } from './normalize.js';

const numbers = (text: string) =>
  readTokens(text, NORMALIZE_OPTIONS)
    .filter((t) => t.kind === 'number')
    .map((t) => t.value);

describe('a recogniser that writes numbers as the words they sound like', () => {
  it('joins its split numbers and reads its sound-alikes beside them as digits', () => {
    expect(numbers('heart rate won six tee, breathing to tee ate, hurt at seven teen won too')).toEqual([
      160, 28, 1712,
    ]);
  });

  it('reads a run of sound-alikes as digits, and "nein" as nine where it stands', () => {
    expect(numbers('six tee for, sats nine tee. morphine at too too won for, pain nein out of ten')).toEqual([
      64, 90, 2214, 9, 10,
    ]);
  });

  it('leaves the same words as words in a text with no split number, or only one', () => {
    expect(numbers('ran to one casualty, pressure for ten minutes, he won a medal')).toEqual([1, 10]);
    expect(numbers('went for tea at nine, carried him to one truck')).toEqual([9, 1]);
  });

  it('keeps the "to" between two readings: "one twenty to one thirty" is a range', () => {
    expect(numbers('pulse ate tea, then six tee, from one twenty to one thirty')).toEqual([80, 60, 120, 130]);
  });

  it('gives the record the values the medic said', () => {
    const text =
      'private ana lind, blast to the left leg. tourniquet left thigh on at seven teen for tee. ' +
      'pulse won fife tee resps to tee too. morphine ten milligrams IM at seven teen fife tee.';
    const record = extractCasualties(text).casualties[0].record;
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '17:40' }]);
    expect(record.vitals).toEqual([{ pulse: 150, resp_rate: 22 }]);
    expect(record.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '17:50' }]);
  });
});
