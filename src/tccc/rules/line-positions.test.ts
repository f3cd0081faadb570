import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readLinePositions } from './line-positions.js';

const LINE = [
  'Medical summary, shield line of six formed up 1925.',
  '1932: rocks came over. No. 3 in the line took a half brick to the face, nose broken.',
  '1941: petrol bomb landed at the feet of the left flank man. Both shins burned. Put out by No. 2.',
  'Also treated: civilian, male, hit on the head by a rock. Scalp lac.',
  'Names after: No. 3 Pte Kieran Doyle; left flank LCpl Sean Hurley. Civilian gave no name.',
  'Doyle: paracetamol 1 g PO. Routine.',
  'Hurley: morphine 10 mg IM 1944. Priority.',
].join('\n');

describe('casualties known by their place in a line', () => {
  it('reads each numbered place, the flank man and the civilian as one casualty each, in the order said', () => {
    const records = extractCasualties(LINE).casualties.map((c) => c.record);
    expect(records.map((r) => r.casualty?.name)).toEqual(['Kieran Doyle', 'Sean Hurley', undefined]);
    // The time his log line opens with is his: the label is read after it.
    expect(records[1].time_of_injury).toBe('19:41');
    expect(records[1].medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '19:44' }]);
    expect(records[2].injuries).toEqual([{ type: 'laceration', location: 'head' }]);
  });

  it("keeps a helper's words and a flank man given his number, and reads nothing where one place is numbered", () => {
    const said = readLinePositions('Positions left to right, No. 1 being the left flank man. No. 1 hit. No. 4 fine.');
    expect(said?.value).toBe('Positions left to right, . Casualty 1 hit. Casualty 4 fine.');
    expect(readLinePositions('TQ No. 2 on the left thigh, No. 3 in the line helped.')).toBeNull();
    expect(readLinePositions('Put out by No. 2. No. 3 took a brick.')?.value).toBe(
      'Put out by No. 2. Casualty 3 took a brick.',
    );
  });
});
