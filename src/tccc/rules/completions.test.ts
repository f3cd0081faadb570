import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('details said after the act, in a sentence of their own', () => {
  it('gives a time said in the next sentence to the act before it', () => {
    expect(
      extractRecord('Putting a CAT on the right arm, high and tight. Time on is zero nine twelve.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '09:12' }]);
    expect(
      extractRecord('Ketamine going in, twenty milligrams IV. That was at zero four one five.').medications,
    ).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '04:15' }]);
  });
  it('reaches past a sentence that names nothing, and gives the time to every drug of the sentence', () => {
    expect(
      extractRecord(
        'Meloxicam fifteen milligrams and Tylenol one gram by mouth. He tolerated it. Time on those is one five one zero.',
      ).medications,
    ).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO', time: '15:10' },
      { name: 'acetaminophen', dose: '1 g', route: 'PO', time: '15:10' },
    ]);
  });
  it('gives a place said in the next sentence to the one device without a place', () => {
    expect(extractRecord('Getting an IV in. Eighteen gauge, left hand.').interventions).toEqual([
      { type: 'iv', location: 'left_arm' },
    ]);
  });
  it('leaves a sentence with an act, a sign or an event of its own to that', () => {
    expect(extractRecord('TQ on the left thigh. 1432: HR 110.')).toMatchObject({
      interventions: [{ type: 'tourniquet', location: 'left_leg' }],
      vitals: [{ time: '14:32', pulse: 110 }],
    });
    expect(extractRecord('TQ on the left thigh. He was hit at 1400.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
    expect(extractRecord('TQ on the left thigh. IED at 1400.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
  it('gives the time said as "Time\'s …" two sentences on to the tourniquet said as going on', () => {
    expect(
      extractRecord("Tourniquet, left thigh, going on now. Cinching. Time's zero nine fifty-two.").interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '09:52' }]);
  });
});

describe('the time asked for right after an act', () => {
  it('gives the act the time said in answer to "Time?", past the speakers\' labels', () => {
    const record = extractRecord(
      'Trainee: Junctional tourniquet on the left groin, cinching it. Evaluator: Time? Trainee: Zero four one five. Evaluator: Good.',
    );
    expect(record.interventions).toEqual([{ type: 'junctional_tourniquet', location: 'groin', time: '04:15' }]);
    expect(
      extractRecord('Ketamine fifty milligrams IM. What time? Twenty-two ten. Pulse one hundred.').medications,
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:10' }]);
  });
  it('never gives a device the answer to a question about something else', () => {
    const record = extractRecord('Tourniquet on the left thigh. Evaluator: Pulse? Trainee: One twenty.');
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg' }]);
  });
});

describe('a place said again, then the time, each in a sentence of its own', () => {
  it('gives the act the time said after the sentence that restates its place', () => {
    expect(
      extractRecord('Tourniquet on the right arm. Right upper arm. Zero four two two. Bleeding stopped.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '04:22' }]);
  });
});
