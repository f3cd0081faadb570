import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('a time of injury asked for and answered', () => {
  it('reads the time answering a question about when he was hurt, with or without a question mark', () => {
    expect(toi('Medic: GSW left calf, TQ on.\nLT: when did the round hit him?\nMedic: 2047, give or take.')).toBe(
      '20:47',
    );
    expect(toi('what time did the blast get him\n1312 or so. pressure dressing on the L forearm')).toBe('13:12');
    expect(toi('Medic: time it occurred? for the report\nPL: 0618 by my watch')).toBe('06:18');
  });
  it('reads an answer that opens with a time said as words, after a guess or a hedge of its own', () => {
    expect(toi('When did you fall, around nine? — Nine forty, I think. — Okay.')).toBe('09:40');
    expect(toi('RTO: what time did he fall?\nTL: Just after six. Zero six ten.')).toBe('06:10');
  });
  it('reads no time asked about something else, or said after a sign or care in the answer', () => {
    expect(toi('What time is the bird coming?\n1405.')).toBeUndefined();
    expect(toi('When did he get hit? Not sure. TQ went on at 1405.')).toBeUndefined();
    expect(toi('When he got hit I ran over.\n1405 he was pale.')).toBeUndefined();
  });
});
