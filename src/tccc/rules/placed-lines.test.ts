import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a line named as one already placed', () => {
  it('reads "same IV/IO" as the way a drug or fluid went, never a second device', () => {
    const record = extractRecord('IO right tibia at 1215. Plasma hung, the same IO, at 1220.');
    expect(record.interventions).toEqual([{ type: 'io', location: 'right_leg', time: '12:15' }]);
    expect(record.fluids).toEqual([{ name: 'plasma', route: 'IO', time: '12:20' }]);
  });
  it('reads "same line" as the route of the IV/IO placed last', () => {
    const record = extractRecord('IV in the right forearm at 0910. Ondansetron four milligrams, same line, 0915.');
    expect(record.interventions).toEqual([{ type: 'iv', location: 'right_arm', time: '09:10' }]);
    expect(record.medications).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '09:15' }]);
  });
  it('gives "same line" no route when no IV/IO was named before it', () => {
    expect(extractRecord('Ketamine fifty milligrams, same line.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg' },
    ]);
  });
  it('keeps the drug as the lead of its route past a unit taken back within its dose', () => {
    const record = extractRecord('IV left AC. Morphine five milligrams, milligrams not micrograms, IV at 1030.');
    expect(record.interventions).toEqual([{ type: 'iv', location: 'left_arm' }]);
    expect(record.medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '10:30' }]);
  });
  it('still counts an IV/IO placed after a drug that was not given', () => {
    expect(extractRecord('TXA not given, IO placed left humerus at 1400.').interventions).toEqual([
      { type: 'io', location: 'left_arm', time: '14:00' },
    ]);
  });
  it('reads the place of a line said after its size in the next phrase', () => {
    expect(extractRecord('An IV was already in from the aid station, 20 ga R hand.').interventions).toEqual([
      { type: 'iv', location: 'right_arm' },
    ]);
  });
});

describe('a line named as access to a vein', () => {
  it('is IV access, with its place and time', () => {
    expect(extractRecord('Got venous access in the left forearm at 1122.').interventions).toEqual([
      { type: 'iv', location: 'left_arm', time: '11:22' },
    ]);
    expect(extractRecord('Intravenous access, right hand, 0733.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '07:33' },
    ]);
  });
});

describe('a line pointed back to', () => {
  it('reads "via that IV" and "on the IO" as the way a fluid went, never a second device', () => {
    const record = extractRecord(
      'IO left tibia 2210. Plasma, one unit, via that IO, 2214. Then hung LR on the IO, 2230.',
    );
    expect(record.interventions).toEqual([{ type: 'io', location: 'left_leg', time: '22:10' }]);
    expect(record.fluids?.map((f) => f.route)).toEqual(['IO', 'IO']);
  });
  it('still reads an IO placed "via" a site as a device', () => {
    expect(extractRecord('Access via the IO in the right tibia at 0815.').interventions).toEqual([
      { type: 'io', location: 'right_leg', time: '08:15' },
    ]);
  });
});

describe('a translation\'s "by the IO"', () => {
  it('is the way a drug went in, not a line placed', () => {
    const r = extractRecord('Pain: morphine 0,1 mg/kg, that is 8 mg by the IO.');
    expect(r.medications).toEqual([{ name: 'morphine', dose: '8 mg', route: 'IO' }]);
    expect(r.interventions).toBeUndefined();
  });
  it('reads a line hung on, gone bad or tried and failed as no line placed', () => {
    const record = extractRecord(
      '1500 - 18g IV L AC.\n1510 - LTOWB #1 (one unit) hung IV.\n1530 - HR 128. IV infiltrated. R humeral IO 1546.\n' +
        '1550 - 2 x IV attempts, both ACs, he is shut down, failed.',
    );
    expect(record.interventions).toEqual([
      { type: 'iv', location: 'left_arm', time: '15:00' },
      { type: 'io', location: 'right_arm', time: '15:46' },
    ]);
    expect(record.fluids).toEqual([{ name: 'whole_blood', volume_ml: 500, route: 'IV', time: '15:10' }]);
  });
});
