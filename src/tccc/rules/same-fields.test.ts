import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a second device written "same" in its field', () => {
  it('goes where the one before it went', () => {
    expect(extractRecord('TQ L upper arm 1402 | TQ #2: same, 1409').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:02' },
      { type: 'tourniquet', location: 'left_arm', time: '14:09' },
    ]);
    expect(extractRecord('Tourniquet: R thigh 0733. Tourniquet 2 - same 0741.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '07:33' },
      { type: 'tourniquet', location: 'right_leg', time: '07:41' },
    ]);
  });
});
