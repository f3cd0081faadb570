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
    const text = 'LR 250 ml IV at 0910 – correction, started 0912, wide open.';
    expect(extractRecord(text).fluids).toEqual([{ name: 'crystalloid', volume_ml: 250, route: 'IV', time: '09:12' }]);
  });
});
