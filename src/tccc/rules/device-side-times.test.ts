import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions ?? [];

describe('devices on both sides, each side with its own time', () => {
  it('gives each side the time said with it, time first or side first', () => {
    expect(
      interventions('Casualty lost both feet. Tourniquets applied to both legs, 2214 left and 2217 right.'),
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '22:14' },
      { type: 'tourniquet', location: 'right_leg', time: '22:17' },
    ]);
    expect(
      interventions('Two CATs high on the arms, right one at 0931, left one @ 0935, bleeding controlled.'),
    ).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '09:31' },
      { type: 'tourniquet', location: 'left_arm', time: '09:35' },
    ]);
  });
  it('takes the limb named before the device when "both" stands alone', () => {
    expect(interventions('Both arms badly mangled, we put TQs on both, right at 1640, left at 1643.')).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '16:40' },
      { type: 'tourniquet', location: 'left_arm', time: '16:43' },
    ]);
  });
  it('reads each place with its own time after a device named once', () => {
    expect(interventions('Tourniquets right thigh 0122 and left upper arm 0125.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '01:22' },
      { type: 'tourniquet', location: 'left_arm', time: '01:25' },
    ]);
  });
  it('pairs each side with its time after a pause, past words said of the devices', () => {
    expect(
      interventions('Got tourniquets on both arms before we moved him, per the doc... right at 1447, left at 1449.'),
    ).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '14:47' },
      { type: 'tourniquet', location: 'left_arm', time: '14:49' },
    ]);
  });
  it('pairs nothing when a phrase holds more than a side and a time', () => {
    expect(interventions('TQ left thigh at 0708, no, right thigh 0709.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '07:09' },
    ]);
  });
});

describe('"Cats" as a label', () => {
  it('is the categories said after it, not tourniquets', () => {
    expect(interventions('Cats: Ruiz urgent, Okafor routine.')).toEqual([]);
  });
});

describe('devices heading a list of their places', () => {
  it('reads "Tourniquets: left arm at 1402, right arm at 1405" as one device on each side, each at its time', () => {
    expect(interventions('Tourniquets: left arm at 1402, right arm at 1405. Pulse 120.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:02' },
      { type: 'tourniquet', location: 'right_arm', time: '14:05' },
    ]);
  });
});

describe('a device said again as "one" after its side, then a spoken clock', () => {
  it("gives each side its own time, never the first side's", () => {
    expect(
      interventions('TQs high on both arms, right one at nineteen fifty-two, left one nineteen fifty-five. Pulse 100.'),
    ).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '19:52' },
      { type: 'tourniquet', location: 'left_arm', time: '19:55' },
    ]);
  });
});
