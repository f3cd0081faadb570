import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const devices = (text: string) => extractRecord(text).interventions ?? [];

describe('a tourniquet already on, said to stay as it is or loosened, is no second tourniquet', () => {
  it('reads "the arm TQ stays on" as the one placed before', () => {
    expect(
      devices('CAT high on the right arm, 1412. Pressure dressing on the left hand. The arm TQ stays on. Pulse 104.'),
    ).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '14:12' },
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
  });
  it('reads "both TQs stay tight" and "loosening the TQ" as the ones placed before', () => {
    expect(
      devices(
        'Tourniquet left leg at 0340, second tourniquet left leg above it at 0343. Both TQs stay tight. ' +
          'Loosening the tourniquet on his left leg to check... no, bleeds again, re-tightened.',
      ),
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '03:40' },
      { type: 'tourniquet', location: 'left_leg', time: '03:43' },
    ]);
  });
  it('still reads a tourniquet named for the first time before "stays on" as placed', () => {
    expect(devices('Tourniquet on the left thigh stays on for the flight, placed 2215.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '22:15' },
    ]);
  });
  it('reads "stats 97" as a saturation still, "stays" being read from the words alone', () => {
    expect(extractRecord('Pulse 88. Stats 97.').vitals).toEqual([{ pulse: 88, spo2: 97 }]);
  });
});
