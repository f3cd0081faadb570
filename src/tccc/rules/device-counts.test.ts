import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions;

describe('a count before a device', () => {
  it('reads no count from the minutes of an elapsed-time mark ("T+3 CAT")', () => {
    expect(interventions('T+2 reached him. T+3 CAT L thigh, bleeding stopped.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
  it('still reads a count said before the device', () => {
    expect(interventions('3 CATs on the legs and left arm.')).toHaveLength(3);
  });
});
