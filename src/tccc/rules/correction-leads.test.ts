import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a "no" opening the line after a called time', () => {
  it('takes back the time called and keeps the one said after it', () => {
    const text = 'IV left AC.\nEleven twenty-seven!\nno, make it eleven twenty-eight, I blew the first stick.';
    expect(extractRecord(text).interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '11:28' }]);
  });
  it('puts minutes said alone onto the hour of the time called', () => {
    const text = 'IV left AC.\nEleven twenty-seven!\nno, make it twenty-eight, I blew the first stick.';
    expect(extractRecord(text).interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '11:28' }]);
  });
  it('leaves the called time alone when the "no" corrects no number', () => {
    const text = 'IV left AC.\nEleven twenty-seven!\nno, left hand, I blew the first stick.';
    expect(extractRecord(text).interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '11:27' }]);
  });
});

describe('a correction that says its act again by its verb', () => {
  it('takes the time said after "started" as the time corrected', () => {
    const text = 'NaCl 0.9% 500 ml IV at 1420 – correction, started 1421, running slow.';
    expect(extractRecord(text).fluids).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IV', time: '14:21' }]);
  });
});
