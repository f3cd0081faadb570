import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('a time the next speaker puts right and the first takes up', () => {
  it('puts the settled time of injury in place of the one first said', () => {
    const text = [
      'SL (SSG Moore): Garza got hit by the IED at twenty-two ten.',
      'RTO (SPC Lutz): Twenty-two fourteen, Sergeant. I sent the report.',
      'SL: Roger, twenty-two fourteen. He had frag to the left leg.',
      'SL: Medic, you good?',
    ].join('\n');
    expect(record(text).time_of_injury).toBe('22:14');
  });

  it('takes the time up by its minutes alone', () => {
    const text = [
      'PL (1LT Reed): The tourniquet went on his right leg at 1530.',
      "MEDIC (SGT Cho): It was 1533, it's on the tape.",
      'PL: Okay, thirty-three.',
      'PL: What else did you do for him?',
    ].join('\n');
    expect(record(text).interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '15:33' }]);
  });

  it('leaves both times as said when the first speaker never takes the other up', () => {
    const text = [
      'SL (SSG Moore): Garza got hit by the IED at twenty-two ten.',
      'RTO (SPC Lutz): I sent the report at twenty-two fourteen.',
      'SL: He had frag to the left leg.',
      'SL: Medic, you good?',
    ].join('\n');
    expect(record(text).time_of_injury).toBe('22:10');
  });

  it('reads a time broken off by a dash, put right by the casualty and taken up after a dash', () => {
    const text = [
      'Junction checkpoint. Pressure dressing right forearm, IV left hand at fourteen twenty -',
      '"Fourteen twenty-six, I watched you do it."',
      '- okay, fourteen twenty-six, he saw it. Pulse 96.',
    ].join('\n');
    expect(record(text).interventions).toContainEqual({ type: 'iv', location: 'left_arm', time: '14:26' });
  });

  it('keeps a time broken off by a dash when the next turn takes none up', () => {
    const text = [
      'Pressure dressing right forearm, IV left hand at fourteen twenty -',
      '"Fourteen twenty-six, I watched you do it."',
      '- no, I logged it. Pulse 96.',
    ].join('\n');
    expect(record(text).interventions).toContainEqual({ type: 'iv', location: 'left_arm', time: '14:20' });
  });

  it('puts right a time quoted back to the one who said it, once he takes up the other', () => {
    const text = [
      'Q: What did you do for the gunner?',
      'A: Tourniquet on his left arm at 0915. Morphine 4 mg IV at 0920.',
      'Q: You said 0915 for the tourniquet. The log says 0917.',
      'A: Okay, 0917. Go with the log.',
    ].join('\n');
    expect(record(text).interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '09:17' }]);
    expect(record(text).medications?.map((m) => m.time)).toEqual(['09:20']);
  });

  it('leaves a time quoted with another joined by "and", then said again opening a line', () => {
    const text = [
      'TQ left thigh at 0915.',
      'IV left arm 0920.',
      'Told the PA we had 0915 for the TQ and 0920 for the IV.',
      '0920, pulse 110, BP 120/80.',
    ].join('\n');
    expect(record(text).interventions).toContainEqual({ type: 'tourniquet', location: 'left_leg', time: '09:15' });
  });
});
