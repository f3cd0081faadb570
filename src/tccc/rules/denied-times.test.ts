import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a time denied and put right in a later sentence', () => {
  it("takes the denied time's place, for the thing it was said with", () => {
    const r = extractRecord(
      'Morphine 4 mg IV at 0620. TXA 1 g IV 0625.\nSorry, not 0620 for the morphine, it was 0615.',
    );
    expect(r.medications).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV', time: '06:15' },
      { name: 'txa', dose: '1 g', route: 'IV', time: '06:25' },
    ]);
  });
  it('takes the last saying of the denied time when no thing is named', () => {
    expect(extractRecord('TQ left thigh at 1410. Not 1410, that was 1408.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:08' },
    ]);
  });
  it('leaves the times as said when the named thing was not said with the denied time', () => {
    const r = extractRecord('Morphine 4 mg IV at 0620. TXA 1 g IV 0625. No, not 0625 for the morphine, it was 0615.');
    expect(r.medications?.map((m) => m.time)).toEqual(['06:20', '06:25']);
  });
  it('reads "not" with no time put right as no correction', () => {
    expect(extractRecord('Ketamine 50 mg IM at 0910. Not 0910 exactly, roughly.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:10' },
    ]);
  });

  it('puts a time the writer says should read another right in its place ("at 1540 – should read 1547")', () => {
    const r = extractRecord('FDP 1 unit (250 ml) IV at 1540 \u2013 should read 1547, hung it after the BP dropped.');
    expect(r.fluids).toEqual([{ name: 'plasma', volume_ml: 250, route: 'IV', time: '15:47' }]);
  });
});
