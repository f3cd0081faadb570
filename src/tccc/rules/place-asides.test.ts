import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a place corrected after an aside', () => {
  it('keeps only the place said after "no" and a few plain words', () => {
    expect(
      extractRecord('Frag caught her in the right calf, no, wait a sec, she turned over, that is the left calf.')
        .injuries,
    ).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
  });
  it('keeps only the place said after "scratch that" and the act said again', () => {
    expect(
      extractRecord('Eighteen gauge IV in the right arm, scratch that, we got it in her left arm at 1412.')
        .interventions,
    ).toEqual([{ type: 'iv', location: 'left_arm', time: '14:12' }]);
  });
  it('takes nothing back when the words after "no" mention a place only in passing', () => {
    expect(
      extractRecord('Tourniquet on the right leg, no, looked him over, left side is clear.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_leg' }]);
  });
});
