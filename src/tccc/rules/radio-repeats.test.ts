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
  it('knows a request after both callsigns, and the answer after both that repeats', () => {
    expect(
      record(
        'Kilo Base, Hatchet One, pulse wun-too-fife, sats niner-six, over. Hatchet One, Kilo Base, say again pulse, ' +
          'over. Kilo Base, Hatchet One, I say again pulse wun-too-fife. Over.',
      ).vitals,
    ).toEqual([{ pulse: 125, spo2: 96 }]);
    const answered = record(
      'TQ left leg, one on. Hatchet One, Kilo Base, say again priority, over. Kilo Base, Hatchet One. One urgent. Over.',
    );
    expect(answered.evac_priority).toBe('urgent');
  });
  it('reads an answer that says new numbers as said, and leaves a text with no request as it is', () => {
    const text = 'HR 120 at 0910, over. Say again last vitals? At 0925, HR 110. Over.';
    expect(withoutRepeats(text)).toBe(
      `HR 120 at 0910, over.${' '.repeat(' Say again last vitals?'.length)} At 0925, HR 110. Over.`,
    );
    expect(withoutRepeats('I say again, HR 110, over.')).toBe('I say again, HR 110, over.');
  });
  it("reads nothing from the other station's read-back, to its over", () => {
    const text =
      'Dustoff One, this is Medic Lowe, PFC Hart, frag left arm, pressure dressing left arm at 0840, ketamine 50 mg IM ' +
      'at 0845, over. Medic Lowe, Dustoff One, readback: Hart, dressing 0840, ketamine fifty, over. Good readback, out.';
    expect(record(text).interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm', time: '08:40' }]);
    expect(record(text).medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '08:45' }]);
    expect(withoutRepeats('I read back the card, TQ at 0840. Over.')).toBe('I read back the card, TQ at 0840. Over.');
  });
});
