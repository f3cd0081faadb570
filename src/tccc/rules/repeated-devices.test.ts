import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions ?? [];

describe('two tourniquets said together or one after the other', () => {
  it('keep their own times', () => {
    expect(
      extractRecord('Two TQs on the left thigh, first at zero five fifteen, second at zero five eighteen.')
        .interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '05:15' },
      { type: 'tourniquet', location: 'left_leg', time: '05:18' },
    ]);
  });
  it('keep their own times when a spaced slash stands between them ("0415 / 0419")', () => {
    expect(extractRecord('Two tourniquets R leg 0415 / 0419. Pulse 120.').interventions?.map((i) => i.time)).toEqual([
      '04:15',
      '04:19',
    ]);
  });
  it('keep their own times written with a slash or said as "first one ... second one"', () => {
    expect(extractRecord('CAT x2 L thigh 0630/0633. HR 138.').interventions?.map((i) => i.time)).toEqual([
      '06:30',
      '06:33',
    ]);
    expect(
      extractRecord('two TQs left thigh, first one 0744 second one 0747.').interventions?.map((i) => i.time),
    ).toEqual(['07:44', '07:47']);
  });
  it('share the one time said for both', () => {
    expect(extractRecord('Two TQs left thigh at 0515.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '05:15' },
      { type: 'tourniquet', location: 'left_leg', time: '05:15' },
    ]);
  });
  it('put a second one where the first went when its place is said against the first', () => {
    expect(
      extractRecord('TQ high and tight right thigh at 0207. Second TQ just below the first at 0215.').interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '02:07' },
      { type: 'tourniquet', location: 'right_leg', time: '02:15' },
    ]);
  });
  it('reads "a second one" placed after a device as another of it, never as a second casualty', () => {
    const tqs = (text: string) => extractCasualties(text).casualties.map((c) => c.record.interventions);
    expect(tqs('Tourniquet on the left thigh at 0841. Second one going on, left thigh, 0848.')).toEqual([
      [
        { type: 'tourniquet', location: 'left_leg', time: '08:41' },
        { type: 'tourniquet', location: 'left_leg', time: '08:48' },
      ],
    ]);
    // The first keeps the place of the wound it went on, and a buddy who placed it is no one else's facts.
    expect(
      tqs(
        "Left leg, below knee amputation, tourniquet's on, that went on at 0841, his buddy did it. I'm adding a second one, left thigh, above it. Time 0848.",
      ),
    ).toEqual([
      [
        { type: 'tourniquet', location: 'left_leg', time: '08:41' },
        { type: 'tourniquet', location: 'left_leg', time: '08:48' },
      ],
    ]);
  });
  it('reads a seal going on the chest as a chest seal', () => {
    expect(extractRecord('Seal going on the left chest, it is on.').interventions).toEqual([
      { type: 'chest_seal', location: 'chest' },
    ]);
  });
  it('reads IO or IV right after a dose as a route, even of a drug it does not know, never after a gauge', () => {
    expect(extractRecord('IO L humerus 0421. Ca 1g IO 0427. 20 mg IO 0430.').interventions).toEqual([
      { type: 'io', location: 'left_arm', time: '04:21' },
    ]);
    expect(extractRecord('18g IV R AC 0430.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '04:30' },
    ]);
  });
  it('puts a dressing laid over the packing where the packing went', () => {
    expect(
      interventions(
        'Frag in the right thigh and the left arm. Packing the thigh with combat gauze. Holding pressure, three ' +
          'minutes. Now an emergency bandage over the packing.',
      ),
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'right_leg' },
      { type: 'pressure_dressing', location: 'right_leg' },
    ]);
  });

  it('are re-checked only when named before: a ticked box on a card for care never named is care given', () => {
    expect(extractRecord('Treatments: pressure dressing L arm, hypothermia blanket checked.').interventions).toEqual([
      { type: 'pressure_dressing', location: 'left_arm' },
      { type: 'hypothermia_prevention' },
    ]);
    expect(extractRecord('TQ R thigh 0915. At 0930 TQ checked, still tight.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '09:15' },
    ]);
  });
  it('are re-checked when named by kind and make in brackets ("junctional tourniquet (SAM-JT) re-checked")', () => {
    const text =
      '1937 junctional tourniquet (SAM-JT) L groin. Bleeding controlled.\n' +
      '2003 junctional tourniquet (SAM-JT) re-checked, no re-bleed.';
    expect(interventions(text)).toEqual([{ type: 'junctional_tourniquet', time: '19:37', location: 'groin' }]);
  });
  it('are placed when first named with the make in brackets and then re-checked ("L thigh TQ (CAT) re-checked")', () => {
    const thigh = interventions(
      'SPC Ford, GSW L thigh at 1402. L thigh TQ (CAT) re-checked 1430, bleeding controlled.',
    );
    expect(thigh.map((i) => i.type)).toEqual(['tourniquet']);
    const junctional = interventions('Junctional tourniquet (SAM-JT) re-checked 0830, holding.');
    expect(junctional.map((i) => i.type)).toEqual(['junctional_tourniquet']);
    const legs = interventions('TQ R arm 0902, TQ L leg (CAT) re-checked 0920.');
    expect(legs.map((i) => i.location)).toEqual(['right_arm', 'left_leg']);
  });
  it("read the brand before the device's name as one device, not a second one placed by the words before", () => {
    expect(interventions('shrapnel in his face and neck CAT tourniquet right arm 0930')).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '09:30' },
    ]);
  });
  it('read "second one" with a place said right after it as another device there', () => {
    expect(interventions('TQ right thigh 1510, second one right leg 1514. HR 120.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '15:10' },
      { type: 'tourniquet', location: 'right_leg', time: '15:14' },
    ]);
    expect(interventions('tourniquet left leg at zero two ten second one just above it at zero two twelve')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '02:10' },
      { type: 'tourniquet', location: 'left_leg', time: '02:12' },
    ]);
    // After "first one", a second one is counted (a casualty, a wound), not placed.
    expect(interventions('first one gsw left leg tourniquet left thigh 1200 second one left arm frag')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '12:00' },
    ]);
  });
  it('read "second needle" or "another needle" with a place as another of the needle just put in', () => {
    expect(
      extractRecord('decompressed left chest at 1402 he got worse again another needle left chest 1409 vitals HR 130'),
    ).toMatchObject({
      interventions: [
        { type: 'needle_decompression', location: 'chest', time: '14:02' },
        { type: 'needle_decompression', location: 'chest', time: '14:09' },
      ],
      vitals: [{ pulse: 130 }],
    });
  });
});

describe('a device handed over with its place and time', () => {
  it('is the device already read, one or two at a time', () => {
    expect(
      interventions('CAT on the right arm at 1412. Report to the next medic: CAT right arm at 1412, nothing else.'),
    ).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '14:12' }]);
    expect(
      interventions(
        'TQ right thigh, 0731. Another TQ above it, 0733. Turning him over to you: two tourniquets right thigh, 0731 and 0733.',
      ),
    ).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '07:31' },
      { type: 'tourniquet', location: 'right_leg', time: '07:33' },
    ]);
  });
  it('but one more of its kind at the same time stays another', () => {
    expect(interventions('TQ on the left arm, then a second TQ just under it. Both at 1820.')).toHaveLength(2);
  });
});

describe('a tourniquet', () => {
  it('goes on a limb only: the forehead its time is written on is no place of it', () => {
    expect(interventions('CAT to the right leg. Wrote TQ 0812 on her forehead.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '08:12' },
    ]);
  });
  it('given a time later with no place is the one placed before it with none', () => {
    expect(interventions('Tourniquet on the left arm, tight. Sats 94. Tourniquet time zero six ten.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '06:10' },
    ]);
  });
});

describe('oxygen said to go by an airway already placed', () => {
  it('is oxygen at its own time, the airway named once', () => {
    expect(interventions('ET tube secured at 1410. Put O2 at 10 L via the ET tube, 1415.')).toEqual([
      { type: 'et_tube', time: '14:10' },
      { type: 'oxygen', time: '14:15' },
    ]);
  });
  it('leaves an airway placed in a sentence of its own after the oxygen', () => {
    expect(interventions('Oxygen by mask. Cric done at 0310.')).toEqual([
      { type: 'oxygen' },
      { type: 'cric', time: '03:10' },
    ]);
  });
});

describe('a second device placed by name after one placed at the wound', () => {
  it('leaves the first device at the wound it was put on', () => {
    expect(
      interventions(
        'Shrapnel into the left upper arm, pumping. CAT on, 1502. Still bleeding, second CAT left arm above it, 1505.',
      ),
    ).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '15:02' },
      { type: 'tourniquet', location: 'left_arm', time: '15:05' },
    ]);
  });
});

describe('the second of two devices counted together', () => {
  it('is one of those counted, not a third ("2 TQs …, first at …, second one above it at …")', () => {
    expect(interventions('Two tourniquets on the left arm, first at 0441, second one above it at 0447.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '04:41' },
      { type: 'tourniquet', location: 'left_arm', time: '04:47' },
    ]);
  });
  it('is one more after a single device', () => {
    expect(interventions('Tourniquet left arm at 0441, second one above it at 0447.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '04:41' },
      { type: 'tourniquet', location: 'left_arm', time: '04:47' },
    ]);
  });
});
