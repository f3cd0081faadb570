import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a take-back command said as a sentence of its own', () => {
  it('takes back the drug of the sentence before when the next sentence gives it again', () => {
    expect(
      extractRecord('Ondansetron eight milligrams IV, 2210. Undo. Ondansetron four milligrams IV, 2212.').medications,
    ).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '22:12' }]);
  });
  it('takes back a line placed on the other side, with its time', () => {
    expect(extractRecord('IV left hand at 0930. Delete that. IV right AC at 0931.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '09:31' },
    ]);
  });
  it('takes back only the last item of a list of readings', () => {
    expect(extractRecord('Vitals: HR 96, RR 18, alert. Delete last. Responds to pain.').vitals).toEqual([
      { pulse: 96, resp_rate: 18, avpu: 'P' },
    ]);
  });
  it('leaves the rest of the sentence before where it was: "Scratch that." alone', () => {
    expect(
      extractRecord('Wounds, burn to the left hand, possible fracture right femur. Scratch that. Fracture right femur.')
        .injuries,
    ).toEqual([
      { type: 'burn', location: 'left_arm' },
      { type: 'fracture', location: 'right_leg' },
    ]);
  });
  it('is no command where "undo" is the verb of an act', () => {
    expect(
      extractRecord('TQ right thigh 1405. Could not undo the strap. Morphine 5 mg IV 1410.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '14:05' }]);
    expect(
      extractRecord('TQ right thigh 1405. Undo the strap, it is slipping. TQ right thigh 1407.').interventions,
    ).toHaveLength(2);
  });
});
