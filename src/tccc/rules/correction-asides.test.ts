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

describe('a number corrected after an aside', () => {
  it("reads an aside that says the new number before it is said again, on the medic's own hand", () => {
    const text = 'Ketamine 50 mg IO at 2342, no wait, I wrote 2344 on my hand, 2344. Pulse 124.';
    expect(extractRecord(text).medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IO', time: '23:44' }]);
  });
  it('puts the minutes said alone onto the hour of the time taken back', () => {
    const text =
      'Ketamine 50 mg IO at twenty three forty two, no wait, I wrote forty four on my hand, forty four. Pulse 124.';
    expect(extractRecord(text).medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IO', time: '23:44' }]);
  });
  it('takes nothing back when the aside says another number than the one after it', () => {
    const text = 'Ketamine 50 mg IO at 2342, no wait, I wrote 2345 on my hand, 2344. Pulse 124.';
    expect(extractRecord(text).medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IO', time: '23:42' }]);
  });
});

describe('a time corrected in a bracket', () => {
  it('reads a dash after the bracketed "no" as a comma: "at 0947 (no – 0948, his watch)"', () => {
    expect(extractRecord('Second TQ R thigh at 0947 (no – 0948, his watch).').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '09:48' },
    ]);
  });
});
