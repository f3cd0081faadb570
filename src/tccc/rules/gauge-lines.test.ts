import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions ?? [];

describe("a cannula's gauge said with its limb", () => {
  it('is an IV line in that limb, with its time', () => {
    expect(interventions('20ga L hand @0915, flushed.')).toEqual([{ type: 'iv', location: 'left_arm', time: '09:15' }]);
    expect(interventions('Twenty gauge into his right forearm, first try.')).toEqual([
      { type: 'iv', location: 'right_arm' },
    ]);
    expect(interventions('2131, sixteen gauge, right AC.')).toEqual([
      { type: 'iv', location: 'right_arm', time: '21:31' },
    ]);
  });
  it('adds no line where the IV is named or no limb is said', () => {
    expect(interventions('IV 20g R forearm 0933.')).toEqual([{ type: 'iv', location: 'right_arm', time: '09:33' }]);
    expect(interventions('Grabbed a 14 gauge for the chest, left side.')).toEqual([]);
    expect(extractRecord('Gave 2 g TXA, left arm cuff on.').interventions).toBeUndefined();
  });
});

describe('a line named in full', () => {
  it('reads "an intraosseous line was placed" as IO access and "an intravenous line" as IV access', () => {
    expect(interventions('An intraosseous line was placed in the left humerus at 0412 hours.')).toEqual([
      { type: 'io', location: 'left_arm', time: '04:12' },
    ]);
    expect(interventions('An intravenous line was started in the right hand.')).toEqual([
      { type: 'iv', location: 'right_arm' },
    ]);
  });
});

describe('a gauge said right after a count of something else', () => {
  it('reads "oriented times four eighteen gauge" as one 18 gauge line, not line 418 or four lines', () => {
    expect(interventions('alert and oriented times four um twenty gauge in the left hand at one one two two')).toEqual([
      { type: 'iv', location: 'left_arm', time: '11:22' },
    ]);
  });
  it('still reads a count said before the lines ("two eighteen gauge IVs")', () => {
    expect(interventions('two eighteen gauge IVs, left AC and right AC')).toEqual([
      { type: 'iv', location: 'left_arm' },
      { type: 'iv', location: 'right_arm' },
    ]);
  });
  it('reads a gauge written as a hyphenated compound, after a count of one or not', () => {
    expect(interventions('A twenty-gauge into his left hand, flushed.')).toEqual([
      { type: 'iv', location: 'left_arm' },
    ]);
    expect(interventions('Got one sixteen-gauge in the right forearm at 1204.')).toEqual([
      { type: 'iv', location: 'right_arm', time: '12:04' },
    ]);
  });
});

describe('a cannula named as the line', () => {
  it('is an IV line where it went in, said before or after', () => {
    expect(interventions('Frag L calf. Cannula L hand 1942, Hartmann’s running.')).toContainEqual({
      type: 'iv',
      location: 'left_arm',
      time: '19:42',
    });
    expect(interventions('Burns to the chest. Cannulated the right forearm at 0605.')).toEqual([
      { type: 'iv', location: 'right_arm', time: '06:05' },
    ]);
  });
  it('is no line when it is the needle that decompresses a chest, or oxygen by the nose', () => {
    const r = interventions('Tension on the left. Needle decompression L chest, 14g cannula, 2nd ICS at 2210.');
    expect(r.map((i) => i.type)).toEqual(['needle_decompression']);
    expect(interventions('O2 4 L by nasal cannula at 1300.').map((i) => i.type)).toEqual(['oxygen']);
  });
});
