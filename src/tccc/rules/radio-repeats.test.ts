import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutRepeats } from './radio-repeats.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('a request to say again and the answer that repeats', () => {
  it('reads no fact from the other station asking again for something', () => {
    const text =
      'Two casualties. Patient one, PFC Ames, GSW left thigh, TXA 1 gram IV at 1410. Patient two, SPC Bell, burns ' +
      'to both hands, over. - Say again time of TXA, over. - Time 1410, over.';
    expect(extractCasualties(text).casualties.map((c) => c.record.medications)).toEqual([
      [{ name: 'txa', dose: '1 g', route: 'IV', time: '14:10' }],
      undefined,
    ]);
  });
  it('adds no reading from an answer that says only numbers said before', () => {
    expect(
      record('Resps 22, BP 100 over 60, over. Say again resps, over. Resps 22, I say again 22, over.').vitals,
    ).toEqual([{ resp_rate: 22, systolic: 100, diastolic: 60 }]);
  });
  it('reads an answer that says new numbers as said, and leaves a text with no request as it is', () => {
    const text = 'HR 120 at 0910, over. Say again last vitals? At 0925, HR 110. Over.';
    expect(withoutRepeats(text)).toBe(
      `HR 120 at 0910, over.${' '.repeat(' Say again last vitals?'.length)} At 0925, HR 110. Over.`,
    );
    expect(withoutRepeats('I say again, HR 110, over.')).toBe('I say again, HR 110, over.');
  });
});
