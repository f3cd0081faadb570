import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const devices = (text: string) => extractRecord(text).interventions;

describe('a device put on "it" or "there"', () => {
  it('goes on the one wound said just before, in its sentence or the one before', () => {
    expect(devices('His left forearm is pouring blood. I slapped a TQ on it.')).toEqual([
      { type: 'tourniquet', location: 'left_arm' },
    ]);
    expect(devices('Right calf has a nasty hole, still oozing, so I packed Combat Gauze in there.')).toEqual([
      { type: 'hemostatic_dressing', location: 'right_leg' },
    ]);
  });
});
