import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions;

describe('the time written on a tourniquet', () => {
  it('is the time of the last tourniquet put on, though urging and checks stand between', () => {
    expect(
      interventions(
        'Round through the left forearm. CAT on the arm, twist. More. Hold it. Good. The time, 1512, writing it on the strap now.',
      ),
    ).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '15:12' }]);
    expect(
      interventions("TQ high on his right thigh. Tighter! Okay. Time's two two oh five, write it on his forehead."),
    ).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '22:05' }]);
  });
  it('is no time when the sentence names other care or a sign, or no time, or the tourniquet has its own', () => {
    expect(interventions('TQ on the left leg. Good. Write his pulse down, time 1512, one twenty.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
    expect(interventions('TQ on the left leg. Good. Okay. Write 1512 on the card.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
    expect(interventions('TQ left leg at 1402. Good. Write the time down, 1410.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:02' },
    ]);
  });
});

describe('a clock time written straight onto the tourniquet or the casualty', () => {
  it('is the time of the last tourniquet put on', () => {
    expect(interventions('CAT on the left arm, crank it. Harder. Okay, write zero three forty on it.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '03:40' },
    ]);
    expect(interventions('Tourniquet right leg. Stopped. Writing 1922 on his forehead.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '19:22' },
    ]);
  });
  it('is no time when written on the card, or when it is no clock', () => {
    expect(interventions('TQ on the left leg. Good. Write 1512 on the card.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
    expect(interventions('TQ on the left leg. Good. Write a T on his forehead.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
});

describe('a time given to a device called by its plain word', () => {
  it('dates the last device of that kind when it is the last act said ("1420 for the bandage", "line is in")', () => {
    expect(
      interventions('Israeli bandage on the left forearm. Good, hold that. Fourteen twenty for the bandage.'),
    ).toEqual([{ type: 'pressure_dressing', location: 'left_arm', time: '14:20' }]);
    expect(interventions('Got a line, right AC, eighteen gauge. Tape it down. Okay, 0815, line is in.')).toEqual([
      { type: 'iv', location: 'right_arm', time: '08:15' },
    ]);
  });
  it('dates nothing when other care was said after the device, or the device has a time, or the word is no device', () => {
    expect(
      interventions('Pressure dressing on the right calf. Splint on the right leg. 1420 for the dressing.'),
    ).toEqual([
      { type: 'pressure_dressing', location: 'right_leg' },
      { type: 'splint', location: 'right_leg' },
    ]);
    expect(interventions('Pressure dressing right calf at 1410. 1420 for the dressing.')).toEqual([
      { type: 'pressure_dressing', location: 'right_leg', time: '14:10' },
    ]);
    // A dressing whose place was not read is not dated.
    expect(interventions('Combat Gauze packed, pressure held. 1420 for the dressing.')).toEqual([
      { type: 'hemostatic_dressing' },
    ]);
    expect(interventions('Pressure dressing on the right calf. 1420 for the pain, he says.')).toEqual([
      { type: 'pressure_dressing', location: 'right_leg' },
    ]);
  });
});
