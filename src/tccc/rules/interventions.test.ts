import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions ?? [];

describe('resuscitation', () => {
  it('reads CPR begun as care of no listed type, with its time, and CPR stopped as no care', () => {
    expect(interventions('No pulse at 1512, we began CPR at 1512. Stopped CPR at 1530, he was gone.')).toEqual([
      { type: 'other', time: '15:12' },
    ]);
    expect(interventions('CPR 0310, CPR ceased 0335.')).toEqual([{ type: 'other', time: '03:10' }]);
  });
  it('leaves CPR untimed, or timed only by the death called after it, unrecorded', () => {
    expect(interventions('Lost his pulse, started CPR, and we called it at 1540.')).toEqual([]);
    expect(interventions('CPR in progress on arrival.')).toEqual([]);
  });
});

describe('interventions', () => {
  it('reads type, location and the time after it', () => {
    expect(interventions('TQ applied L thigh 1432. CAT R arm at fourteen thirty five.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:32' },
      { type: 'tourniquet', location: 'right_arm', time: '14:35' },
    ]);
  });
  it('reads the letters of AC said apart after a side as the arm, and no c-collar as one', () => {
    expect(interventions('getting a line right a c eighteen gauge')).toEqual([{ type: 'iv', location: 'right_arm' }]);
    expect(interventions('putting a c collar on, IV left AC.')).toEqual([{ type: 'iv', location: 'left_arm' }]);
  });
  it('records no care said to fail after a pause or judged of no use before it is done', () => {
    expect(interventions('Two IV attempts, both failed, no access. HR 102.')).toEqual([]);
    expect(interventions("Combat gauze won't do much here, so pressure dressing over the abdomen.")).toEqual([
      { type: 'pressure_dressing', location: 'abdomen' },
    ]);
  });
  it('keeps repeated applications and counts', () => {
    expect(interventions('first tourniquet right thigh at 1432, second tourniquet right thigh at 1435.')).toHaveLength(
      2,
    );
    expect(interventions('two tourniquets on the right leg at 1605.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '16:05' },
      { type: 'tourniquet', location: 'right_leg', time: '16:05' },
    ]);
  });
  it('reads speech-to-text spellings of a tourniquet and a blanket as hypothermia prevention', () => {
    expect(
      interventions(
        'I put a turnicut on the left thigh at twenty one ten. covered him with a hypothermia blanket at 0220.',
      ),
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '21:10' },
      { type: 'hypothermia_prevention', time: '02:20' },
    ]);
  });
  it('reads a bandage "with pressure" as a pressure dressing', () => {
    expect(interventions('I put the bandage with pressure on left leg.')).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
  it('reads a location named before the device', () => {
    expect(interventions('packed the neck wound with combat gauze.')).toEqual([
      { type: 'hemostatic_dressing', location: 'neck' },
    ]);
  });
  it('gives airway devices and binders no location, and merges O2 via NRB', () => {
    expect(interventions('NPA placed. pelvic binder applied 1620. O2 via NRB 1725.')).toEqual([
      { type: 'npa' },
      { type: 'pelvic_binder', time: '16:20' },
      { type: 'oxygen', time: '17:25' },
    ]);
  });
  it('tells IV access from an IV route', () => {
    expect(interventions('18g IV R AC 1438. TXA 2g IV 1440. sternal I O in at fourteen forty.')).toEqual([
      { type: 'iv', location: 'right_arm', time: '14:38' },
      { type: 'io', location: 'chest', time: '14:40' },
    ]);
  });
  it('drops negated, hedged and re-checked devices', () => {
    expect(
      interventions(
        'did not need a tourniquet. needle D not indicated. TQ L leg 1521. TQ reassessed 1535, still holding.',
      ),
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '15:21' }]);
  });
  it('reads limb codes and common misspellings', () => {
    expect(interventions('TQ RUE @1410. turniquet applied rt thigh 1310.')).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '14:10' },
      { type: 'tourniquet', location: 'right_leg', time: '13:10' },
    ]);
  });
  it('puts a device "over it" where the wound just named is, and nowhere for airway devices', () => {
    expect(interventions('GSW to the neck. packed it with combat gauze, then a pressure dressing over it.')).toEqual([
      { type: 'hemostatic_dressing', location: 'neck' },
      { type: 'pressure_dressing', location: 'neck' },
    ]);
    expect(interventions('GSW L thigh. O2 on it.')).toEqual([{ type: 'oxygen' }]);
  });
  it('puts a dressing or splint with no place said on the wound named in its sentence or the one before', () => {
    expect(
      interventions('Frag wound to the left calf. Packed with hemostatic gauze at 1012, then a pressure dressing.'),
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'left_leg', time: '10:12' },
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
    expect(interventions('Shrapnel in the neck, packed with combat gauze at 0901.')).toEqual([
      { type: 'hemostatic_dressing', location: 'neck', time: '09:01' },
    ]);
    expect(interventions('Closed fracture of the right forearm, splinted.')).toEqual([
      { type: 'splint', location: 'right_arm' },
    ]);
    // A place said for it wins, and a wound two sentences back is too far to be the one dressed.
    expect(
      interventions('GSW left arm. A hemostatic dressing and a pressure dressing on the left forearm at 2230.'),
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'left_arm', time: '22:30' },
      { type: 'pressure_dressing', location: 'left_arm', time: '22:30' },
    ]);
    expect(interventions('GSW right thigh. Pulse 100. Pressure dressing applied.')).toEqual([
      { type: 'pressure_dressing' },
    ]);
  });
  it('puts counted devices one in each place said ("two IVs, one in each AC")', () => {
    expect(interventions('Two large-bore IVs, one in each AC.')).toEqual([
      { type: 'iv', location: 'left_arm' },
      { type: 'iv', location: 'right_arm' },
    ]);
    expect(interventions('2 IOs placed, L humerus and R humerus 0612.')).toEqual([
      { type: 'io', location: 'left_arm', time: '06:12' },
      { type: 'io', location: 'right_arm', time: '06:12' },
    ]);
    expect(interventions('two TQs, one on each thigh, 0915.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:15' },
      { type: 'tourniquet', location: 'right_leg', time: '09:15' },
    ]);
    // Two devices in one place stay two.
    expect(interventions('two tourniquets on the right leg at 1605.')).toHaveLength(2);
  });
  it('reads a count said after the place of the device, each at its own time', () => {
    expect(interventions('CAT R arm x2 - 1402, 1404.')).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '14:02' },
      { type: 'tourniquet', location: 'right_arm', time: '14:04' },
    ]);
    expect(interventions('Needle D R chest x2 sticks at 0930.')).toEqual([
      { type: 'needle_decompression', location: 'chest', time: '09:30' },
    ]);
  });
  it('reads the number of a numbered step as no count of the device it names', () => {
    expect(interventions('Item 3 - NPA placed at 0610, right nostril.')).toEqual([{ type: 'npa', time: '06:10' }]);
    expect(interventions('Step 2 - oxygen by mask.')).toEqual([{ type: 'oxygen' }]);
  });
  it('puts a device "on it" on the part named earlier in its sentence, and reads "same arm" and a lone "shield"', () => {
    expect(
      interventions(
        'Frag to the left arm and the face. Arm is bleeding, packing it with combat gauze. Israeli bandage over the top, same arm.',
      ),
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'left_arm' },
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
    expect(interventions('Frag to the neck. His right eye looks bad, putting a shield on it.')).toEqual([
      { type: 'eye_shield', location: 'face' },
    ]);
  });
  it('reads "press dsg" as a pressure dressing', () => {
    expect(interventions('press dsg R forearm 1712.')).toEqual([
      { type: 'pressure_dressing', location: 'right_arm', time: '17:12' },
    ]);
  });
  it("records the site named by a route as access, without the fluid's time", () => {
    expect(interventions('gave plasma, one unit, through the IO in the left humerus at sixteen fifty five.')).toEqual([
      { type: 'io', location: 'left_arm' },
    ]);
    expect(interventions('IO L humerus 1352. WB 500 ml through the IO in the left humerus 1355.')).toEqual([
      { type: 'io', location: 'left_arm', time: '13:52' },
    ]);
  });
  it('reads the place said as the next phrase of a dictated step', () => {
    expect(interventions('okay... tourniquet going on now, left thigh, time is one four two two.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:22' },
    ]);
    expect(interventions('chest seal on now, IV next.')).toEqual([{ type: 'chest_seal' }, { type: 'iv' }]);
  });
  it('reads an IV/IO led by "through" or "push" as the way in, never another device', () => {
    const r = extractRecord(
      'IO in the sternum at 1640. Blood through the IO, one unit, 1650. TXA, two grams, slow push IO, 1652.',
    );
    expect(r.interventions).toEqual([{ type: 'io', location: 'chest', time: '16:40' }]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IO', time: '16:52' }]);
    expect(extractRecord('IO in the sternum. Giving the blood, one unit IO, 1650.').interventions).toEqual([
      { type: 'io', location: 'chest' },
    ]);
  });
  it('reads a vein got into as IV access, also when it corrects a device said before it', () => {
    expect(interventions('Found a vein in the left hand, twenty gauge, 0920.')).toEqual([
      { type: 'iv', location: 'left_arm', time: '09:20' },
    ]);
    expect(interventions('going for an i o no scratch that hit a vein right a c')).toEqual([
      { type: 'iv', location: 'right_arm' },
    ]);
  });
  it('reads IV after a dose as the route, not as access', () => {
    const record = extractRecord('TXA going in now, two grams IV, time one four three one.');
    expect(record.interventions).toBeUndefined();
    expect(record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '14:31' }]);
  });
  it('reads typing slips of device, place and drug words, but not a name', () => {
    const record = extractRecord('Preasure dressing abdoman 1205. Morphene 5mg IV 1210. Priorty. SPC Aisha Bello.');
    expect(record.interventions).toEqual([{ type: 'pressure_dressing', location: 'abdomen', time: '12:05' }]);
    expect(record.medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '12:10' }]);
    expect(record.evac_priority).toBe('priority');
    expect(record.casualty?.name).toBe('Aisha Bello');
  });
  it('reads care under way as given: "getting a line in, eighteen gauge, left AC", "covering it with", "splinting it"', () => {
    expect(interventions('Getting a line in, eighteen gauge, left AC.')).toEqual([
      { type: 'iv', location: 'left_arm' },
    ]);
    expect(interventions('GSW right calf. Covering it with a pressure dressing. Splinting it now.')).toEqual([
      { type: 'pressure_dressing', location: 'right_leg' },
      { type: 'splint', location: 'right_leg' },
    ]);
    expect(interventions("GSW to the right shoulder, I'm packing it, combat gauze, time one eight oh two.")).toEqual([
      { type: 'hemostatic_dressing', location: 'right_arm', time: '18:02' },
    ]);
  });
  it('leaves care someone is about to give out until it is said to be done', () => {
    expect(interventions("I'm about to put a tourniquet on. Bleeding stopped with pressure.")).toEqual([]);
    expect(interventions("About to put a tourniquet on the left arm. Tourniquet's on, one four one zero.")).toEqual([
      { type: 'tourniquet', time: '14:10' },
    ]);
  });
  it('puts a second device "right below it" on the limb of the first, past a time said on its own', () => {
    expect(
      interventions(
        'CAT going on high on the left thigh. Oh two one five. Still oozing, so a second CAT right below it. Oh two one eight.',
      ),
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '02:15' },
      { type: 'tourniquet', location: 'left_leg', time: '02:18' },
    ]);
  });
  it('reads "Cat:" before a priority as the evacuation category, not a CAT tourniquet', () => {
    const r = extractRecord('Splint L arm.\nCat: priority.');
    expect(r.interventions).toEqual([{ type: 'splint', location: 'left_arm' }]);
    expect(r.evac_priority).toBe('priority');
    expect(interventions('CAT - R thigh 0910.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '09:10' },
    ]);
  });
  it('reads a device word before a colon and another device as a heading, not a device of its own', () => {
    expect(interventions('TQ: CAT R thigh 1410.')).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '14:10' },
    ]);
    expect(interventions('TQ: SAM junctional tourniquet L groin.')).toEqual([
      { type: 'junctional_tourniquet', location: 'groin' },
    ]);
    expect(interventions('TQ: L arm 1410.')).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '14:10' }]);
  });
  it('reads a hypothermia wrap or bag as hypothermia prevention', () => {
    expect(interventions('Wet and cold, into the hypothermia bag.')).toEqual([{ type: 'hypothermia_prevention' }]);
    expect(interventions('Hypothermia wrap over the litter.')).toEqual([{ type: 'hypothermia_prevention' }]);
    expect(interventions('Hypothermia kits out, he went into one.')).toEqual([{ type: 'hypothermia_prevention' }]);
  });
  it('reads a device "his buddy got" on the casualty as this casualty\'s, and a buddy who "got hit" as someone else', () => {
    expect(interventions('Her buddy got the TQ on her right arm at 0640, holding.')).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '06:40' },
    ]);
    expect(interventions('His buddy got hit too, TQ on the left arm.')).toEqual([]);
  });
  it('reads a bare "binder" and a "vented seal"', () => {
    expect(interventions('binder going on now')).toEqual([{ type: 'pelvic_binder' }]);
    expect(interventions('Sucking chest wound. Putting a vented seal on it now.')).toEqual([
      { type: 'chest_seal', location: 'chest' },
    ]);
  });
  it('takes the place said in the phrase just before the device when that phrase names nothing else', () => {
    expect(interventions('One round in the right shoulder. Packing the shoulder, combat gauze.')).toEqual([
      { type: 'hemostatic_dressing', location: 'right_arm' },
    ]);
    expect(
      interventions("Crush injury, right hand. Hand's mangled, bleeding controlled with a pressure dressing."),
    ).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
    // Not from that phrase (it names a wound), but a dressing with no place of its own dresses the wound just named.
    expect(interventions('GSW left thigh, pressure dressing')).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
});

describe('a device checked in a log', () => {
  it('is the device already on, not another', () => {
    expect(interventions('0951 TQ R arm.\n1005 TQ check: no bleeding, no radial pulse.')).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '09:51' },
    ]);
    // A check of something else beside a new device leaves the device.
    expect(interventions('TQ L thigh 1010. Check distal pulse, TQ R arm 1015.')).toHaveLength(2);
  });
});

describe('"cat" before an evacuation category', () => {
  it('is the category shortened, no tourniquet', () => {
    expect(extractRecord('frag r arm, pressure dressing. cat priority, bird in 20').interventions).toEqual([
      { type: 'pressure_dressing', location: 'right_arm' },
    ]);
    expect(extractRecord('CAT: urgent surgical. CAT L arm 1010.').evac_priority).toBe('urgent_surgical');
  });
});

describe('a needle decompression in a translated note', () => {
  it('is read with the noun said first', () => {
    expect(interventions('Decompression with a needle in the left chest, 2nd intercostal space, 1522.')).toEqual([
      { type: 'needle_decompression', location: 'chest', time: '15:22' },
    ]);
  });
  it('reads a device named after "after" or "since" at the end of its clause as the one already on', () => {
    const r = extractRecord('GSW R arm. CAT R upper arm 0930. Cap refill slow R hand after the TQ. Pain 6.');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '09:30' }]);
    const applied = extractRecord('Frag L calf. After TQ applied L thigh 1512, bleeding stopped.');
    expect(applied.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '15:12' }]);
  });
});

describe("a device's time said again without its place", () => {
  it('is the device placed at that time, not a second one', () => {
    expect(
      interventions('CAT on the left arm at 1722. Correction on the time, the TQ is 1722, one seven two two.'),
    ).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '17:22' }]);
  });

  it('is a second device when the time differs', () => {
    expect(interventions('CAT on the left arm at 1722. Second TQ at 1730.')).toHaveLength(2);
  });

  it('is the second device placed at that time when a note calls it the second', () => {
    const log = '0512 TQ right arm. 0530 TQ right arm.';
    expect(interventions(`${log} The first one slipped, so the second one went on at 0530.`)).toHaveLength(2);
    // Two put on at the same minute, the second said without its place, stay two; so does one more said by name.
    expect(interventions('0512 TQ right arm. A second TQ went on at 0512 as well.')).toHaveLength(2);
    expect(interventions(`${log} Still bleeding, so another TQ applied at 0530.`)).toHaveLength(3);
  });
});

describe("a British medic's first field dressing", () => {
  it('is a pressure dressing, written short or in full', () => {
    expect(interventions('Shrapnel R upper arm, FFD on it and tied tight 1650.')).toEqual([
      { type: 'pressure_dressing', location: 'right_arm', time: '16:50' },
    ]);
    expect(interventions('Applied a first field dressing to the left shin.')).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
});

describe('hypothermia care named by its brand alone', () => {
  it('reads "Blizzard" put on a casualty as hypothermia prevention, and the weather as none', () => {
    expect(interventions('Frag to the right calf, pressure dressing. Got a Blizzard round him.')).toContainEqual({
      type: 'hypothermia_prevention',
    });
    expect(interventions('Hit by a round during the blizzard, GSW left arm, pressure dressing left arm.')).toEqual([
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
  });
  it('reads a blizzard the casualty was out in as weather, and one he was put in as the wrap', () => {
    const weather = 'Patrol got stuck in a blizzard over the pass. GSW right forearm, pressure dressing right forearm.';
    expect(interventions(weather)).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
    expect(interventions('A blizzard blew in at 0300. Frag L shin, TQ L leg 0305.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '03:05' },
    ]);
    expect(interventions('Frag L shin. Tucked her into a Blizzard on the litter.')).toContainEqual({
      type: 'hypothermia_prevention',
    });
    expect(interventions('Rolled him in the Blizzard, heat packs under the arms.')).toContainEqual({
      type: 'hypothermia_prevention',
    });
    expect(interventions('Blizzard over her, zipped up. Priority.')).toContainEqual({ type: 'hypothermia_prevention' });
    expect(interventions('GSW L thigh, TQ. Both of them in blizzard blankets.')).toContainEqual({
      type: 'hypothermia_prevention',
    });
  });
});

describe('two devices joined by a plus sign and timed once after the second', () => {
  it('gives both the time, over the time the line opens with', () => {
    const found = extractRecord('0130 QuikClot + Israeli bandage L calf 0140.').interventions ?? [];
    expect(found.map((i) => [i.type, i.time])).toEqual([
      ['hemostatic_dressing', '01:40'],
      ['pressure_dressing', '01:40'],
    ]);
  });

  it('keeps the earlier time of a device joined by "and", which may be an act of its own', () => {
    expect(extractRecord('At 0610 NPA and chest seal L chest 0614.').interventions).toEqual([
      { type: 'npa', time: '06:10' },
      { type: 'chest_seal', location: 'chest', time: '06:14' },
    ]);
  });
});

describe('a tourniquet conversion', () => {
  it('puts no tourniquet on: the one already on comes down for the dressing', () => {
    expect(
      extractRecord('CAT L arm 0905. 1130 TQ conversion, L arm packed with QuikClot, pressure dsg 1135.').interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '09:05' },
      { type: 'hemostatic_dressing', location: 'left_arm', time: '11:30' },
      { type: 'pressure_dressing', location: 'left_arm', time: '11:35' },
    ]);
  });
});
