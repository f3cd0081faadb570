import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

// Where a device is said to be, and when it is no device placed: the interventions' places beside interventions.test.ts.
const interventions = (text: string) => extractRecord(text).interventions ?? [];

describe('a tourniquet staged', () => {
  it('is laid on loose, not care given', () => {
    expect(interventions('TQs staged on both legs but NOT tightened. Traction splint R leg 1520.')).toEqual([
      { type: 'splint', location: 'right_leg', time: '15:20' },
    ]);
  });
});

describe('a side said after the limb', () => {
  it('is the limb side when it closes the phrase, and never the verb "left"', () => {
    expect(interventions('I O humeral left at two two two zero.')).toEqual([
      { type: 'io', location: 'left_arm', time: '22:20' },
    ]);
    expect(interventions('TQ on the thigh left in place.')).toEqual([{ type: 'tourniquet' }]);
  });
});

describe('a site of a line said to have failed', () => {
  it('is no place of the line, which keeps the place said before it', () => {
    expect(interventions('line right hand 20 gauge in left forearm infiltrated')).toEqual([
      { type: 'iv', location: 'right_arm' },
    ]);
    expect(interventions('18 gauge in the left AC.')).toEqual([{ type: 'iv', location: 'left_arm' }]);
  });
});

describe('a junctional tourniquet said with no place', () => {
  it('goes on the groin wound named just before it, not on a groin a dressing was placed on by name', () => {
    expect(interventions('Frag to the left groin, pumping. SAM-JT on at 0722.')).toEqual([
      { type: 'junctional_tourniquet', location: 'groin', time: '07:22' },
    ]);
    expect(interventions('Hit in the right groin; packed the groin with Combat Gauze, then the JETT.')).toEqual([
      { type: 'hemostatic_dressing', location: 'groin' },
      { type: 'junctional_tourniquet' },
    ]);
  });
});

describe('a junctional tourniquet named by its brand and short name', () => {
  it('is one junctional device with its place and time, no limb tourniquet besides', () => {
    expect(interventions('Medic put a SAM Junctional TQ over the right groin, 1147.')).toEqual([
      { type: 'junctional_tourniquet', location: 'groin', time: '11:47' },
    ]);
  });
});

describe('a line said again whole, place and time', () => {
  it('is one line; two lines at once are counted', () => {
    expect(extractRecord('IV right AC at 0640. For the card: IV right AC, 0640.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '06:40' },
    ]);
    expect(extractRecord('Two IVs, left AC and right AC, 0640.').interventions).toHaveLength(2);
  });
});

describe('a device whose place is said in the next phrase, how high or low first', () => {
  it('reads "high on" or "low on" the limb as opening the phrase of its place', () => {
    expect(extractRecord('CAT, high on the left arm, cranked down. HR 110.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm' },
    ]);
    expect(extractRecord('Second TQ, low on the right thigh, below the first.').interventions?.[0]?.location).toBe(
      'right_leg',
    );
  });
});

describe('a tourniquet said to sit "high and tight" before its place', () => {
  it('reads the place after the phrase, with the time said before it', () => {
    expect(extractRecord('CAT went on at 2214, high and tight on his left thigh.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '22:14' },
    ]);
  });
  it('reads no place across another "and"', () => {
    expect(
      extractRecord('CAT went on at 2214, high and then a dressing on the left thigh.').interventions,
    ).not.toContainEqual({ type: 'tourniquet', location: 'left_leg', time: '22:14' });
  });
});
