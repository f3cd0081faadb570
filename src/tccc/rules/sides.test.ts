import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a side said once', () => {
  it('gives a part named again the side it was named with, though the limb was last named with the other', () => {
    expect(
      extractRecord(
        'Frags to the right thigh and the left calf. Packing the thigh, combat gauze. Pressure dressing over the calf.',
      ).interventions,
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'right_leg' },
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
  it('carries to later mentions of that limb said without a side', () => {
    expect(extractRecord('Left leg is a mess, open fracture of the shin. Splinting the leg now.')).toMatchObject({
      injuries: [{ type: 'fracture', location: 'left_leg' }],
      interventions: [{ type: 'splint', location: 'left_leg' }],
    });
    expect(extractRecord('Took a round to the left knee. Israeli bandage on the knee.').interventions).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
  it('stops at the other side of the limb, and never carries to the other limb or to a plural', () => {
    expect(
      extractRecord('GSW left thigh. Frag to the right calf. Pressure dressing on the leg.').interventions,
    ).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
    // The thigh said again is the thigh named before, whatever side the calf after it had.
    expect(
      extractRecord('GSW left thigh. Frag to the right calf. Pressure dressing on the thigh.').interventions,
    ).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
    expect(extractRecord('GSW left arm. Pressure dressing on the leg.').interventions).toEqual([
      { type: 'pressure_dressing' },
    ]);
    expect(extractRecord('GSW left arm. Burns to the hands.').injuries).toEqual([
      { type: 'gsw', location: 'left_arm' },
    ]);
  });
  it('does not carry a side said of someone else', () => {
    expect(
      extractRecord('The other guy is fine, small cut on his left hand. My casualty: pressure dressing on the arm.')
        .interventions,
    ).toEqual([{ type: 'pressure_dressing' }]);
  });
  it('reads "second one going on the same leg" as another of the device just placed, on the limb said before', () => {
    expect(
      extractRecord(
        "CAT on the right thigh. Time oh two fifty three. Second one going on the same leg, above the first. That one's at oh two fifty six.",
      ).interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '02:53' },
      { type: 'tourniquet', location: 'right_leg', time: '02:56' },
    ]);
    expect(extractRecord('TQ on the left arm. Moving on to the second one, he is fine.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm' },
    ]);
  });
  it('reads a part said with "\'s" ("right ankle\'s deformed") and a dressing "over the top of that"', () => {
    expect(extractRecord("right ankle's deformed, open fracture. Covering it with a pressure dressing.")).toMatchObject(
      {
        injuries: [{ type: 'fracture', location: 'right_leg' }],
        interventions: [{ type: 'pressure_dressing', location: 'right_leg' }],
      },
    );
    expect(
      extractRecord('Packing the neck wound with combat gauze. Pressure dressing over the top of that.').interventions,
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'neck' },
      { type: 'pressure_dressing', location: 'neck' },
    ]);
  });
  it('gives a side said alone after a device the limb last named with that side, and none when two were', () => {
    expect(extractRecord('Right forearm, open fracture. Splint right.').interventions).toEqual([
      { type: 'splint', location: 'right_arm' },
    ]);
    expect(extractRecord('Left arm GSW. Left thigh frag. Splint left.').interventions).toEqual([{ type: 'splint' }]);
  });
});

describe('a part said after a part with "under", "below" or "above"', () => {
  it('only says where on the first part the wound is', () => {
    expect(extractRecord('frag went into his stomach on the left just below the ribs').injuries).toEqual([
      { type: 'penetrating', location: 'abdomen' },
    ]);
    // Two parts joined by "and" are two wounds.
    expect(extractRecord('frag to the belly and the chest').injuries).toEqual([
      { type: 'penetrating', location: 'abdomen' },
      { type: 'penetrating', location: 'chest' },
    ]);
  });
});

describe("the head of a limb's bone", () => {
  it('is a part of that limb, not the head', () => {
    expect(extractRecord('Left humeral head EZ-IO placed at 2231.').interventions).toEqual([
      { type: 'io', location: 'left_arm', time: '22:31' },
    ]);
    expect(extractRecord('IO in the right humerus head, 0412. Laceration to the head.').interventions).toEqual([
      { type: 'io', location: 'right_arm', time: '04:12' },
    ]);
  });
});

describe('limbs and sides said in other words', () => {
  it('reads a limb said whole by "upper" or "lower" extremity', () => {
    expect(extractRecord('Applied a CAT to his left upper extremity at 1122.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '11:22' },
    ]);
    expect(extractRecord('Burns over the right lower extremity.').injuries).toEqual([
      { type: 'burn', location: 'right_leg' },
    ]);
    // Without "upper" or "lower" the extremity names no limb.
    expect(extractRecord('TQ on the right extremity.').interventions).toEqual([{ type: 'tourniquet' }]);
  });
  it('reads the head of a limb bone as that limb, and the humerus cut short', () => {
    expect(extractRecord('Left humeral head IO at 0214.').interventions).toEqual([
      { type: 'io', location: 'left_arm', time: '02:14' },
    ]);
    expect(extractRecord('EZ-IO R hum, 0931.').interventions).toEqual([
      { type: 'io', location: 'right_arm', time: '09:31' },
    ]);
  });
  it('reads one side of the chest said as the hemithorax', () => {
    expect(extractRecord('Chest seal over the left hemithorax, 2305.').interventions).toEqual([
      { type: 'chest_seal', location: 'chest', time: '23:05' },
    ]);
  });
  it('reads a side set off after the limb as its own phrase', () => {
    expect(extractRecord('Intraosseous access at the tibia, right side, at 0412.').interventions).toEqual([
      { type: 'io', location: 'right_leg', time: '04:12' },
    ]);
    // A small number after the side is no time that closes the phrase.
    expect(extractRecord('TQ on the thigh, left one still bleeding.').interventions).toEqual([{ type: 'tourniquet' }]);
  });
});

describe('a side set off by a comma after a device named with its limb', () => {
  it("closes that device's place", () => {
    expect(extractRecord('Tibial IO, left side, 0340. Hanging blood.').interventions).toEqual([
      { type: 'io', location: 'left_leg', time: '03:40' },
    ]);
  });
  it('is not a side said of something else', () => {
    expect(extractRecord('Thigh TQ, right side of the road.').interventions).toEqual([{ type: 'tourniquet' }]);
  });
});

describe('a bare side written after a device named by its bone', () => {
  it('puts the device on that limb and side', () => {
    expect(extractRecord('0733 tibial IO L. 0734 first unit whole blood IO.').interventions).toEqual([
      { type: 'io', location: 'left_leg', time: '07:33' },
    ]);
    expect(extractRecord('Humeral IO R, flushes fine.').interventions).toEqual([{ type: 'io', location: 'right_arm' }]);
  });
});

describe('sides and parts spelt by ear', () => {
  it('reads "rite" as right and "thy" as the thigh, and a "chest seel" as a chest seal', () => {
    const record = extractRecord(
      'pt got frag in his rite thy, put a tq on it at 0915. hole in left chest so vented chest seel on it at 0918',
    );
    expect(record.injuries).toContainEqual({ type: 'penetrating', location: 'right_leg' });
    expect(record.interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '09:15' },
      { type: 'chest_seal', location: 'chest', time: '09:18' },
    ]);
  });
  it('reads no side from a rite or a seal said of something else', () => {
    const record = extractRecord('Chaplain gave him last rites. Frag left calf, pressure dressing. Mask seal good.');
    expect(record.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
  });
});
