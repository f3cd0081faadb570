import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('how a narrative counts and designates several casualties', () => {
  it('reads "first is" and "second is" before a rank and a name as casualties in speech with no punctuation', () => {
    const found = records(
      'two hurt from the rocket first is corporal mendez he has burns to the left hand pulse ninety eight routine ' +
        'second is private first class tolliver gunshot wound right thigh pulse one twenty two urgent',
    );
    expect(pulses(found)).toEqual([[98], [122]]);
  });
  it('keeps a casualty whose words end with someone else unhurt, named only by a common noun', () => {
    const found = records(
      'two casualties first is corporal mendez burns to the left hand pulse ninety eight second is sergeant ' +
        'tolliver broken left arm pulse one twelve priority the truck driver a local hire is fine not injured',
    );
    expect(pulses(found)).toEqual([[98], [112]]);
  });
  it('reads an ordinal set off before a battle roster number as a casualty of a series', () => {
    const found = records(
      'Rosters for the three from the mortar round. First, Alpha Delta one two three four, Sergeant Lowe, ' +
        'frag left arm, pulse 100. Second, Tango Mike five five six six, Private Ortiz, burns to the face, pulse ' +
        '118. Third, Echo Foxtrot nine nine zero one, Specialist Hale, twisted ankle, pulse 84.',
    );
    expect(pulses(found)).toEqual([[100], [118], [84]]);
  });
  it('reads "three off the truck" as a count, and "back to number one" as a turn back to that casualty', () => {
    const found = records(
      'Alright, two off the truck that rolled. Number one, the driver, cut on the left arm, pressure dressing ' +
        'left arm. Number two, back seat, pain in the right ankle, splinted. Back to number one, pulse 116.',
    );
    expect(pulses(found)).toEqual([[116], []]);
    expect(found[1].interventions?.[0].type).toBe('splint');
  });
  it('reads lines headed by a letter-and-digit code ("A1 - …", "B1 - …") as casualties', () => {
    const found = records(
      'Mortar at 0610, grid for all 38S MB 1111 2222.\nA1 - SGT Ames, frag L leg. HR 120. URGENT.\n' +
        'A2 - SPC Boyd, burn R hand. HR 96. ROUTINE.\nB1 - LN Yusuf. Lac scalp. HR 90. ROUTINE.',
    );
    expect(pulses(found)).toEqual([[120], [96], [90]]);
  });
  it('reads "both occupants were injured" as a count, and a passenger known by his seat as a casualty', () => {
    const found = records(
      'A pickup hit the barrier. Both occupants were injured at 0915. The driver, a man, has a cut to the ' +
        'forehead, pulse 104. The back-seat passenger has a broken left wrist, splinted, pulse 90.',
    );
    expect(pulses(found)).toEqual([[104], [90]]);
  });
  it('never counts people who were not said to be hurt', () => {
    const found = records('Both occupants were detained by the gate guard. GSW left thigh, TQ left thigh, HR 120.');
    expect(found).toHaveLength(1);
    expect(pulses(found)).toEqual([[120]]);
  });
  it('never counts things said to be hit ("both tires were shot")', () => {
    const found = records(
      'The truck took fire and both tires were shot out. SGT Cole pulled PFC Dunn out. GSW left thigh, TQ 1410. ' +
        'The driver helped. Dunn has a pulse of 120.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].interventions?.map((i) => i.type)).toEqual(['tourniquet']);
  });
  it('never counts body parts said to be hurt ("Both legs were injured")', () => {
    const found = records(
      'Both legs were injured by the blast. SGT Cole put a TQ on PFC Dunn, left thigh at 1410. Dunn has a pulse of 120.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].interventions?.map((i) => i.type)).toEqual(['tourniquet']);
  });
  it('counts people of the medic\'s own side said hurt with no verb ("Two our men injured")', () => {
    const found = records(
      'Rocket at the checkpoint. Two our men injured. First, Bilal Rahimi, fragment in left arm, pulse 104. ' +
        'Second, Kareem Jalali, burn on face, pulse 92.',
    );
    expect(pulses(found)).toEqual([[104], [92]]);
  });
  it('never counts people of the medic\'s own side who only helped ("two of our men carried him")', () => {
    const found = records('Two of our men carried him to the truck. First, GSW right leg, TQ at 1410. Pulse 120.');
    expect(found).toHaveLength(1);
  });
  it('reads a word a recogniser heard for the next number after a casualty noun as that label ("casualty too")', () => {
    const found = records(
      'three hurt in the rollover casualty one corporal ruiz cut to the chin pulse ninety casualty too private ' +
        'nolan broken right wrist pulse one hundred four casualty three specialist grady bruised ribs pulse eighty ' +
        'back to casualty too splint right arm',
    );
    expect(pulses(found)).toEqual([[90], [104], [80]]);
    expect(found[1].interventions?.map((i) => i.type)).toEqual(['splint']);
  });
  it('never reads "patient for" as a number when no casualty noun numbered the one before', () => {
    const found = records('two hurt patient for evac is sergeant moss gunshot left leg pulse one ten');
    expect(found).toHaveLength(1);
  });
  it('reads a ranked name set off after a heading of a word or two ("Lead scout, Sergeant Ada Pryce,") as a casualty', () => {
    const found = records(
      'Two casualties from the rollover. Lead scout, Sergeant Ada Pryce, cut to the scalp, pulse 88. ' +
        'Commander, Private Tom Hale, broken left ankle, pulse 112.',
    );
    expect(pulses(found)).toEqual([[88], [112]]);
    expect(found.map((r) => r.casualty?.name)).toEqual(['Ada Pryce', 'Tom Hale']);
  });
  it('gives no record to someone on a list who walked away with no card', () => {
    const found = records(
      'Both from the rollover at 0810.\n1. SGT Cole - lac L arm, pressure dsg. HR 100. ROUTINE.\n' +
        '2. PFC Dunn - closed fx R ankle, splint. HR 92. ROUTINE.\nGunner SPC Ward walked away, refused eval, no card.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Cole', 'Dunn']);
  });
});

describe('a count said hurt closing the sentence of the event', () => {
  it('reads "Mortar landed by the gate, three hurt." as several, so "First, <full name>" names the first', () => {
    const found = records(
      'Mortar landed by the gate, two hurt. First, Kenji Mori, male, burns to the left hand, pulse 92. ' +
        'Second one, Lena Vogt, female, frag to the neck, pulse 120. Vogt is urgent, Mori routine.',
    );
    expect(found.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Kenji Mori', 'routine'],
      ['Lena Vogt', 'urgent'],
    ]);
  });
  it('does not count rounds that hit ("fired three rounds, two hit.")', () => {
    const found = records(
      'Sniper fired three rounds, two hit. First, Kenji Mori, male, GSW left thigh, pulse 110. TQ left thigh 0910.',
    );
    expect(found).toHaveLength(1);
    expect(pulses(found)).toEqual([[110]]);
    expect(found[0].interventions?.map((x) => x.time)).toEqual(['09:10']);
  });
});

describe("casualties named after a rank in a recogniser's text, and turned to by name", () => {
  it('splits by the names said after ranks and said again ("kim first … olsen now")', () => {
    const found = records(
      'range accident the round went through private kims left hand and then hit specialist olsen in the right ' +
        'thigh kim first hands bleeding pressure dressing left hand pulse one ten olsen now small wound right ' +
        'thigh pressure dressing right leg pulse eighty two both routine',
    );
    expect(pulses(found)).toEqual([[110], [82]]);
    expect(found.map((r) => r.casualty?.name)).toEqual(['kim', 'olsen']);
  });
  it('never splits off a helper named with a rank and said again ("corporal diaz and i … diaz is cooling them")', () => {
    const found = records(
      'corporal diaz and i got to private lee he has burns on both hands diaz is cooling them lee is alert pulse ' +
        'one hundred lee is routine',
    );
    expect(found).toHaveLength(1);
    expect(pulses(found)).toEqual([[100]]);
  });
  it('reads "first" after a name said for the first time as whom the medic starts with, no turn', () => {
    const found = records(
      'okay ruiz first both of them got hurt when the rocket landed at ten fifteen ruiz has burns on the left arm ' +
        'both of them got hit pulse one twelve now over to vance she has frag in the right leg pulse ninety ruiz ' +
        'priority vance routine',
    );
    expect(pulses(found)).toEqual([[112], [90]]);
    expect(found.map((r) => r.time_of_injury)).toEqual(['10:15', '10:15']);
  });
  it('knows a casualty by the sex and kind said bare after his label ("the other one, female jumper,")', () => {
    const found = records(
      'two jumpers hurt on landing. first guy landed hard, left ankle broken, splinted, pulse ninety. the other ' +
        'one, female jumper, hit her head, pulse seventy two. back to the first one, pulse eighty eight. both ' +
        'routine, actually no, the female jumper is priority.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'priority']);
    expect(found[0].casualty?.sex).toBeUndefined();
  });
  it('reads a name before "stays" in a recogniser\'s text as that casualty ("azad is urgent rebin stays priority")', () => {
    const found = records(
      'two hurt first one is lieutenant azad broken left leg pulse one twenty second one is private rebin cut on ' +
        'the forehead pulse ninety both priority correction azad is urgent rebin stays priority',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'priority']);
  });
  it('gives a triage category heading the labels said again ("Urgent: B and C. Priority: A.") to each of them', () => {
    const found = records(
      'Rocket at 0300, three hurt.\nCas A: SGT Ames. Lac L arm. HR 90, alert.\nCas B: SPC Boyd. Frag abdomen. HR 130.\n' +
        'Cas C: PFC Cruz. Burns R leg. HR 120.\nUrgent surgical: B and C. Priority: A.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'urgent_surgical', 'urgent_surgical']);
    expect(found.map((r) => (r.vitals ?? []).filter((v) => v.avpu !== undefined).length)).toEqual([1, 0, 0]);
  });
  it('gives a triage category said after several surnames to each of them ("Ross and Iqbal urgent")', () => {
    const [a, b, c, ...rest] = records(
      'Three hurt in the blast. SPC Nia Ross has a GSW to the right arm, HR 118. CPL Omar Iqbal has burns to the neck, ' +
        'HR 104. PVT Jo Kemp has a lac to the chin, HR 82. Ross and Iqbal urgent surgical, Kemp routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority]).toEqual(['Nia Ross', 'urgent_surgical']);
    expect([b.casualty?.name, b.evac_priority]).toEqual(['Omar Iqbal', 'urgent_surgical']);
    expect([c.casualty?.name, c.evac_priority]).toEqual(['Jo Kemp', 'routine']);
  });
  it('gives each category of a list of surnames and categories to the casualty its item names', () => {
    const found = records(
      'three hurt from the vbied @1410\n1) spc kerr - open fx R tib, tq R thigh @1412\n' +
        '2) pfc lutz - frag L shoulder, pressure drsg\n3) sgt mai - lac chin, A on avpu\nkerr urgent surg, lutz priority, mai routine',
    );
    expect(found.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['kerr', 'urgent_surgical'],
      ['lutz', 'priority'],
      ['mai', 'routine'],
    ]);
  });
  it('gives each category of a list of labels said again ("Cas 1 and 3 priority, cas 2 urgent") to the casualties it names', () => {
    const found = records(
      'Mortar round at 0610.\nCas 1: SPC Lund, frag R forearm, HR 96.\nCas 2: PFC Mora, frag abdomen, HR 128.\n' +
        'Cas 3: SGT Pike, lac scalp, HR 88.\n0640 Cas 1 and 3 priority, cas 2 urgent.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'urgent', 'priority']);
    expect(pulses(found)).toEqual([[96], [128], [88]]);
  });
  it('reads a list of bare numbers called once its first item joins two ("Call two and three priority, one routine")', () => {
    const found = records(
      'Bed one: sprained left ankle, HR 80. Bed two: frag to the neck, HR 120. Bed three: burns to both hands, HR 110. ' +
        'Call two and three priority, one routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'priority', 'priority']);
  });
  it('reads the items of a list of surnames and categories said with no pause between them', () => {
    const found = records(
      'two hurt in the fall. first casualty sergeant ida vega. broken right wrist. splinted. pulse 96. ' +
        'second casualty private tom boone. cut on the chin. pulse 80. vega is urgent boone is routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it('reads names joined by "+" and a category after a colon or "is" as items of one list, headed or not', () => {
    const found = records(
      'Two casualties. SPC Dara Oduya has a GSW to the left leg, HR 120. PFC Lev Falk has burns to the right hand, HR 90. ' +
        'Cats: Oduya is urgent; Falk: routine.',
    );
    expect(found.map((r) => [r.casualty?.name, r.evac_priority, r.interventions])).toEqual([
      ['Dara Oduya', 'urgent', undefined],
      ['Lev Falk', 'routine', undefined],
    ]);
    const joined = records(
      'Three hurt. SPC Ana Roth has a GSW to the chest, HR 130. PFC Ben Soto has a GSW to the abdomen, HR 124. ' +
        'SGT Cy Voss has a lac to the scalp, HR 80. Roth + Soto urgent, Voss routine.',
    );
    expect(joined.map((r) => r.evac_priority)).toEqual(['urgent', 'urgent', 'routine']);
  });
  it('reads Sailors counted as several casualties, as soldiers and Marines are', () => {
    const [a, b, ...rest] = records(
      'Steam leak in the engine room, we carried two Sailors out. FN Ada Pike has burns to the left hand, HR 96. ' +
        'MM2 Rob Tull has a lac to the scalp, HR 84.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Ada Pike', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Rob Tull', [{ pulse: 84 }]]);
  });
  it('reads "both of them, same rollover" as several hurt, so one\'s care is never put on the other', () => {
    const found = records(
      "Truck flipped in the wadi. This one's the driver, Specialist Kim Ode. Left wrist deformed, splinted. Pulse 90, " +
        "alert. They're dragging the gunner out now. Gunner is Sergeant Lou Park. Pelvis unstable, binder on at 1152. " +
        'Pulse 130. Both of them, same rollover, around 1140. Park urgent, Ode priority.',
    );
    expect(
      found.filter((r) => r.interventions?.some((i) => i.type === 'pelvic_binder') && r.casualty?.name === 'Kim Ode'),
    ).toEqual([]);
    expect(pulses(found).every((p) => p.length <= 1)).toBe(true);
    // "Both legs, same dressing": no people.
    expect(records('Frag to both legs. Both of them, same dressing, pressure on at 1140. Pulse 90.')).toHaveLength(1);
  });
  it('reads a count said hurt before what hurt them, and "First, <full name>," as each casualty\'s opening', () => {
    const found = records(
      'Three hurt in the rollover. First, Ana Souza, female, cut to the scalp, pulse 88. Second, Sean McKenna, male, ' +
        "pain 4. Third, Liam O'Brien, pulse 100.",
    );
    expect(found.map((r) => [r.casualty?.name, r.casualty?.sex, r.vitals])).toEqual([
      ['Ana Souza', 'female', [{ pulse: 88 }]],
      ['Sean McKenna', 'male', [{ pain: 4 }]],
      ["Liam O'Brien", undefined, [{ pulse: 100 }]],
    ]);
    // One casualty: "First," before a name counts no one.
    expect(records('First, Maria Lopez, female, GSW left thigh, tourniquet at 1200. Pulse 120.')).toHaveLength(1);
    // "Two hit in the plate" counts rounds, no people.
    expect(records('Two hit in the plate. First, Maria Lopez, female, bruised chest. Pulse 120.')).toHaveLength(1);
  });
  it('reads "hit two of ours" as a count, and "Okay, second one, <Capital> …" as a turn from the first', () => {
    const found = records(
      'The rockfall hit two of ours at about 1340. Closed fracture right ankle, splint on the right leg at 1355, pulse ' +
        '90. Okay, second one, Reyes is waving me over to him. Cut on the left forearm, pressure dressing left forearm, ' +
        'pulse 84.',
    );
    expect(pulses(found)).toEqual([[90], [84]]);
    expect(found[1].interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm' }]);
    // A second tourniquet is no second casualty, with or without a count said.
    const tq = 'GSW right thigh. Tourniquet right thigh at 1350, still bleeding. Okay, second one, ';
    expect(records(`${tq}1352, right above the first. Pulse 120.`)).toHaveLength(1);
    expect(records(`Rockfall at 1340, two of ours hurt. ${tq}right above the first. Pulse 120.`)).toHaveLength(1);
  });
});
