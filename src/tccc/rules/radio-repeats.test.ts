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
  it('reads nothing from a station that says it is reading back, a blood pressure\'s "over" ending nothing', () => {
    const text = [
      'Viper Six, this is Doc Ames, one casualty, over.',
      '- Doc Ames, Viper Six, send it, over.',
      '- Specialist Lund, GSW right arm. CAT right arm at two one one zero. Pulse one one six, BP one zero four over six two, over.',
      '- Viper Six reading back: Lund; GSW left arm; CAT left arm two one one five; pulse one one six, BP one zero four over six two; over.',
      '- Negative, right arm, CAT at two one one zero, over.',
    ].join('\n');
    const r = record(text);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '21:10' }]);
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(r.vitals).toHaveLength(1);
  });
  it('reads nothing from "<station> copies:", nor from a "Copy" turn that says back only numbers said before', () => {
    const text = [
      '- Private Osei, blast, frag left calf. Morphine one zero milligrams IM at zero three one five, over.',
      '- Hawk Two copies: Osei; blast; frag right calf; morphine one five milligrams IM zero three one five; over.',
      '- Copy, morphine one zero IM zero three one five. Send grid, over.',
    ].join('\n');
    expect(record(text).medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '03:15' }]);
    expect(record(text).injuries).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
  });
  it('reads a "Copy" turn that says a new number, and a "copies:" after words that are no callsign', () => {
    const text = '- Send latest pulse, over.\n- Copy, pulse one two two at zero three four zero, over.';
    expect(record(text).vitals).toEqual([{ time: '03:40', pulse: 122 }]);
    const narrative = 'the medic copies: pulse 120 at 1400, over.';
    expect(withoutRepeats(narrative)).toBe(narrative);
  });
});

describe('a read-back refused and the facts said again', () => {
  const call = (answer: string) =>
    'Dustoff Six, this is Viper Two-Two, one casualty, over.\n' +
    '- PVT Okafor, GSW right arm. Vitals at two one one zero: pulse niner four, BP one zero two over six six. ' +
    'Morphine one zero milligrams IM at two one one five, over.\n' +
    '- Dustoff Six reading back: Okafor, GSW right arm, pulse niner four, BP one two zero over six six, ' +
    'morphine one zero milligrams IM two one one five, over.\n' +
    answer;
  it('reads no second reading or dose from the caller saying them again', () => {
    const r = record(
      call('- Negative. BP one zero two over six six. Morphine one zero milligrams IM. Rest correct, over.'),
    );
    expect(r.vitals).toEqual([{ time: '21:10', pulse: 94, systolic: 102, diastolic: 66 }]);
    expect(r.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '21:15' }]);
  });
  it('reads what the refusing turn adds that was not said before', () => {
    const r = record(
      call('- Negative, I say again BP one zero two over six six. Also gave ondansetron four milligrams IV, over.'),
    );
    expect(r.vitals).toEqual([{ time: '21:10', pulse: 94, systolic: 102, diastolic: 66 }]);
    expect(r.medications).toEqual([
      { name: 'morphine', dose: '10 mg', route: 'IM', time: '21:15' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
  });
  it('reads a whole read-back when its last reading ends in numbers', () => {
    const r = record(call('- Roger, out.'));
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(r.vitals).toHaveLength(1);
  });
});
