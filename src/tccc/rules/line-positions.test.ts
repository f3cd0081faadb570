import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readLinePositions } from './line-positions.js';

const STACK = [
  'Entry team of five stacked on the door at 0600.',
  '0604: grenade came out of the room. No. 2 caught frag in the left calf.',
  '0606: the right flank man was shot through the right forearm. Dragged clear by No. 4.',
  'Also treated: civilian, female, cut on the scalp by glass.',
  'Names: No. 2 Spc Jonah Reese; right flank Sgt Ida Moreno.',
  'Reese: pressure dressing L calf. Routine.',
  'Moreno: TQ R arm 0608, ketamine 50 mg IM 0610. Urgent.',
].join('\n');

describe('casualties known by their place in a stack or a line', () => {
  it('reads each numbered place, the flank man and the civilian as one casualty each, in the order said', () => {
    const records = extractCasualties(STACK).casualties.map((c) => c.record);
    expect(records.map((r) => r.casualty?.name)).toEqual(['Jonah Reese', 'Ida Moreno', undefined]);
    // The time his log line opens with is his: the label is read after it.
    expect(records[1].time_of_injury).toBe('06:06');
    expect(records[1].medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '06:10' }]);
    expect(records[2].injuries).toEqual([{ type: 'laceration', location: 'head' }]);
  });

  it("keeps a helper's words and a flank man given his number, and reads nothing where one place is numbered", () => {
    const said = readLinePositions('Counted from the left, No. 1 being the left flank man. No. 1 hit. No. 4 fine.');
    expect(said?.value).toBe('Counted from the left, . Casualty 1 hit. Casualty 4 fine.');
    expect(readLinePositions('TQ No. 2 on the left thigh, No. 3 in the line helped.')).toBeNull();
    expect(readLinePositions('Pulled out by No. 2. No. 3 took a round.')?.value).toBe(
      'Pulled out by No. 2. Casualty 3 took a round.',
    );
    // The flank man who puts the tourniquet on is no casualty: the sentence is the one he treats.
    expect(readLinePositions('No. 1 shot. No. 3 hit. The left flank man put a TQ on No. 1.')?.value).toBe(
      'Casualty 1 shot. Casualty 3 hit. Casualty 1: The left flank man put a TQ on Casualty 1.',
    );
  });
});
