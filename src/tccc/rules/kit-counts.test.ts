import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const extractRecord = (text: string) => extractCasualties(text).casualties[0].record;

describe("a kit's stock counted", () => {
  it('reads no care from what is left in the kit', () => {
    const record = extractRecord(
      '0224 SAM-JT over R groin.\n0233 TXA 2 g IO.\nKit: CG 4 -> 2, LTOWB 4 of 6 left in cooler, CAT 4/4 still in kit, IO 1 of 2 left.',
    );
    expect(record.interventions).toEqual([{ type: 'junctional_tourniquet', location: 'groin', time: '02:24' }]);
    expect(record.fluids).toBeUndefined();
    expect(
      extractRecord('0354 TXA 2 g IV.\nKit after: binder 0/1, FDP 2 of 3 left, TXA 1 g vials x2 left.').medications,
    ).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '03:54' }]);
  });
  it('keeps a kit line that says what was done', () => {
    expect(extractRecord('Kit: CAT applied R thigh 1420.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '14:20' },
    ]);
    // A side is no stock left: "left" counts stock only after a count ("2 of 3 left", "x2 left").
    expect(extractRecord('Supplies: CAT left thigh, chest seal right chest.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
      { type: 'chest_seal', location: 'chest' },
    ]);
    // A count with where it went is care given ("TQ 1 of 2 on R thigh").
    expect(extractRecord('Kit: TQ 1 of 2 on R thigh.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg' },
    ]);
    expect(extractRecord('Kit: TQ on left arm at 1410, 1 Kerlix used.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:10' },
    ]);
  });
});
