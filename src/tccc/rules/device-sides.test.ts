import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions ?? [];

describe("a device's side said apart from its limb", () => {
  it('reads a limb before the device and the side closing its phrase as one place', () => {
    expect(interventions('Tibial IO on the left at 1302.')).toEqual([
      { type: 'io', location: 'left_leg', time: '13:02' },
    ]);
    expect(interventions('Forearm IV right, 1310.')).toEqual([{ type: 'iv', location: 'right_arm', time: '13:10' }]);
  });
  it('reads the side said with the limb again after the device, over a side named before it', () => {
    expect(interventions('Right hand crushed, degloved. Humeral IO, left arm, placed 0822.')).toEqual([
      { type: 'io', location: 'left_arm', time: '08:22' },
    ]);
    // The limb said again must be the device's: a thigh is no place for a humeral line.
    expect(interventions('Humeral IO, left thigh.')).not.toContainEqual({ type: 'io', location: 'left_arm' });
  });
  it('reads "on the left" after a limb as its side', () => {
    expect(interventions('IO humeral on the left at 0615.')).toEqual([
      { type: 'io', location: 'left_arm', time: '06:15' },
    ]);
  });
  it('gives no side when the side word goes on to name something else', () => {
    expect(interventions('Thigh tourniquet on the right leg now.')).toEqual([
      { type: 'tourniquet', location: 'right_leg' },
    ]);
    expect(interventions('Humeral IO, left in place for transport.')).toEqual([{ type: 'io' }]);
  });
});

describe("a device's place in speech without stops", () => {
  it('is never read from the next clause, opened by its subject', () => {
    expect(interventions('wrapping the left ankle pressure dressing and tape done she also bumped her face')).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
});

describe('a device named in the plural', () => {
  it('goes on each of the places said with it', () => {
    expect(interventions('Pressure dressings to the right forearm and to the left calf.')).toEqual([
      { type: 'pressure_dressing', location: 'right_arm' },
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
});

describe('a tourniquet on a sided hip', () => {
  it('is on the top of that leg', () => {
    expect(interventions('CAT cinched high on her right hip, 1140.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '11:40' },
    ]);
    expect(interventions('A tourniquet was applied to the left hip by his squad at 0251.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '02:51' },
    ]);
  });
  it('leaves a junctional device and an unsided hip as they are', () => {
    expect(interventions('Junctional tourniquet, left hip, 0915.')).toEqual([
      { type: 'junctional_tourniquet', location: 'pelvis', time: '09:15' },
    ]);
  });
});

describe('both sides said of one limb', () => {
  it('reads sides joined by "+" or "&" as both', () => {
    expect(interventions('TQs L + R upper arm, 1502.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '15:02' },
      { type: 'tourniquet', location: 'right_arm', time: '15:02' },
    ]);
    expect(interventions('pressure drsgs R & L calf')).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
      { type: 'pressure_dressing', location: 'right_leg' },
    ]);
  });
  it('puts a device on each side named before it', () => {
    expect(interventions('Bilat tibial IOs placed 1748.')).toEqual([
      { type: 'io', location: 'left_leg', time: '17:48' },
      { type: 'io', location: 'right_leg', time: '17:48' },
    ]);
  });
});

describe('a device named only as where another goes', () => {
  it('is not a device of its own', () => {
    expect(interventions('1122 2nd CAT L arm, placed proximal to the first tourniquet.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '11:22' },
    ]);
    expect(interventions('Second TQ on the right thigh at 0810, distal to his junctional tourniquet.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '08:10' },
    ]);
  });
});
