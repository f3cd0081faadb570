import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions;

describe('a time said to be a typo', () => {
  it('reads no device or time from the time disowned', () => {
    expect(interventions('GSW L arm. TQ L arm 2210.\nNotes: TQ time corrected, 2201 was a typo.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '22:10' },
    ]);
    expect(interventions('GSW L arm. TQ L arm 2210. TQ time checked, 2201 was an error.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '22:10' },
    ]);
    expect(
      extractRecord('Ketamine 50 mg IM 1535. Ketamine time checked, 1533 is just a fat-finger.').medications,
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '15:35' }]);
  });
  it('reads no time from the one set beside it as first written, or denied in a bracket of its own', () => {
    const calcium = [{ name: 'calcium', dose: '1 g', route: 'IO', time: '02:37' }];
    expect(extractRecord('0237 CaCl 1 g IO (first wrote 0235 – 0237 is correct).').medications).toEqual(calcium);
    expect(extractRecord('0237 CaCl 1 g IO (not 0235).').medications).toEqual(calcium);
    expect(extractRecord('CaCl 1 g IO at 0237, I originally logged 0235.').medications).toEqual(calcium);
    // Nor is a time first noted by someone else.
    expect(interventions('CAT L thigh, time first noted 1420 by the CLS. Pulse 120.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:20' },
    ]);
    // Writing the time on the tourniquet is no time disowned.
    expect(interventions('TQ L thigh, I wrote 1420 on the TQ.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:20' },
    ]);
  });
  it('reads no device from a time a dash calls wrong ("card reads 0815 – wrong, 0814 is correct")', () => {
    const text = 'CAT R upper arm 0814.\nTQ time on his card reads 0815 – wrong, 0814 is correct by my watch.';
    expect(interventions(text)).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '08:14' }]);
    // A dash before "wrong" that goes on to say what was wrong disowns no time.
    expect(interventions('TQ R thigh 0815 - wrong leg first, moved it.')?.map((i) => i.time)).toContain('08:15');
    // Nor does one that calls the place wrong, no other time set beside it.
    expect(interventions("TQ R thigh 0815 - wrong, it's on the L thigh.")?.map((i) => i.time)).toContain('08:15');
  });
  it('keeps a time said with no word disowning it', () => {
    expect(interventions('TQ R leg at 0935 was a good call.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '09:35' },
    ]);
  });
});
