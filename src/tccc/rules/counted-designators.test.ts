import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('a recogniser text with no sentence ends, once a count is said', () => {
  it('reads "number N" before a rank and a lower-case name as that casualty, wherever it stands', () => {
    const found = records(
      'three casualties from the blast at one two zero zero number one corporal reyes male burns to the left hand ' +
        'pulse ninety routine number two specialist okafor female gunshot wound to the right thigh tourniquet right ' +
        'leg pulse one twenty urgent number three private lind male laceration to the chin pulse eighty routine',
    );
    expect(pulses(found)).toEqual([[90], [120], [80]]);
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'urgent', 'routine']);
  });
  it('reads an ordinal before a role or a ranked name as that casualty', () => {
    const found = records(
      'mortar round hit the berm two hurt first the driver sergeant mills frag to the left arm pulse one hundred ' +
        'second private shaw burns to the face pulse eighty alert',
    );
    expect(pulses(found)).toEqual([[100], [80]]);
  });
  it('never splits one casualty at "first" and "second" before the care given', () => {
    expect(
      records(
        'one casualty gunshot wound left thigh first the tourniquet at one two one zero second the pressure ' +
          'dressing on the left arm pulse one ten',
      ),
    ).toHaveLength(1);
  });
  it('never reads an ordinal inside a rank ("private first class") as a casualty', () => {
    const found = records(
      'two casualties number one private first class diaz frag to the right leg pulse one hundred number two ' +
        'sergeant first class moore burns to the left hand pulse ninety',
    );
    expect(pulses(found)).toEqual([[100], [90]]);
  });
});

describe('the count said with each casualty ("One of three:")', () => {
  it('reads "One of three: male, … Two of three: female, …" as casualties, and "One is priority, two is urgent"', () => {
    const found = records(
      'Three casualties from the wall collapse at 0520. One of three: male, closed fracture of the right femur, ' +
        'pulse 120. Two of three: female, local national, blunt injury to the abdomen, pulse 132. Three of three: ' +
        'male, pelvic fracture, pulse 118. One is priority, two is urgent surgical, three is urgent.',
    );
    expect(pulses(found)).toEqual([[120], [132], [118]]);
    expect(found.map((r) => r.casualty?.sex)).toEqual(['male', 'female', 'male']);
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'urgent_surgical', 'urgent']);
  });
});

describe('an ordinal set off before a triage colour', () => {
  it('reads "Third, green, …" after "First one, red, … Second one, yellow, …" as the third casualty', () => {
    const found = records(
      'Three down from the RPG. First one, red, amputation of the left hand, pulse 140. Second one, yellow, frag ' +
        'in the right calf, pulse 100. Third, green, cut over the right eye, pulse 80.',
    );
    expect(pulses(found)).toEqual([[140], [100], [80]]);
  });
});

describe('"this guy" said only after "the other one"', () => {
  it('is the one being spoken of, not a third casualty', () => {
    const found = records(
      'Two from the Humvee, the driver and the gunner. Driver first. Broken ribs on the left side, pulse 126. ' +
        'The other one, the gunner, open fracture of the right knee. This guy is alert, pulse 110. ' +
        "Driver's urgent, gunner's priority.",
    );
    expect(pulses(found)).toEqual([[126], [110]]);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'priority']);
  });
});

describe('a ranked name turned to, with no count said', () => {
  it('turns from the ranked casualty spoken of first ("Sergeant Oyelaran first. … Moving to Private Castillo")', () => {
    const found = records(
      'Okay, Sergeant Oyelaran first. The blast took his right foot, tourniquet on the right leg at 0605. ' +
        "Moving to Private Castillo, he's got frag in his face, pulse 110. Back to the first one. Pulse 150. " +
        "Castillo's priority, Oyelaran's urgent surgical.",
    );
    expect(pulses(found)).toEqual([[150], [110]]);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent_surgical', 'priority']);
  });
  it('never splits a narrative about the one ranked casualty turned to', () => {
    expect(
      records(
        "Got to the casualty collection point at 0600. Moving to Private Castillo, he's got frag in his face. " +
          "Pulse 110. Castillo's priority.",
      ),
    ).toHaveLength(1);
  });
});

describe('a closing triage sentence naming each casualty in turn', () => {
  it('gives each named casualty his category ("Abdi is urgent surgical, Harlan priority.")', () => {
    const found = records(
      "I got two. This guy, Corporal Abdi, left foot is gone, pulse 138. The other one, Specialist Harlan, he's " +
        'got frag in the right thigh, pulse 100. Abdi got a unit of whole blood. Abdi is urgent surgical, Harlan priority.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent_surgical', 'priority']);
  });
});

describe('a drug taken back and said to have gone to another casualty', () => {
  it('gives the other one the drug and what goes with it ("TXA …, no wait, the TXA went into Harlan, through his IV")', () => {
    const found = records(
      'I got two. This guy, Corporal Abdi, left foot is gone, pulse 138. The other one, Specialist Harlan, has ' +
        'frag in the right thigh, pulse 100. Back to Abdi, IO in his right humerus at 0805, TXA 2 g IO at 0806, ' +
        'no wait, the TXA went into Harlan, through his IV in the left arm, at 0806.',
    );
    expect(found[0].medications).toBeUndefined();
    expect(found[0].interventions).toEqual([{ type: 'io', location: 'right_arm', time: '08:05' }]);
    expect(found[1].medications?.map((m) => m.name)).toEqual(['txa']);
  });
});

describe('a casualty triaged by a colour who says he is fine', () => {
  it('is still a casualty ("Third, green, cut over his right eye, he\'s fine, alert.")', () => {
    const found = records(
      'Three down from the RPG. First one, red, amputation of the left hand, pulse 140. Second one, yellow, frag ' +
        "in the right calf, pulse 100. Third, green, cut over his right eye, he's fine, alert.",
    );
    expect(found).toHaveLength(3);
    expect(found[2].vitals).toEqual([{ avpu: 'A' }]);
  });
});

describe('"Both of these are from …" said within the first casualty\'s words', () => {
  it('gives every casualty the mechanism and time of injury', () => {
    const found = records(
      'Okay, Sergeant Oyelaran first. Both of these are from the IED at 0602. Tourniquet on the right leg at 0605. ' +
        "Moving to Private Castillo, he's got frag in his face, pulse 110. Castillo's priority, Oyelaran's urgent surgical.",
    );
    expect(found.map((r) => [r.time_of_injury, r.mechanism])).toEqual([
      ['06:02', ['ied']],
      ['06:02', ['ied']],
    ]);
  });
  it('keeps "both of his legs" a body part', () => {
    const found = records('Two casualties. First one has burns to both of his legs, pulse 120. Second one, pulse 90.');
    expect(found.map((r) => r.injuries?.length ?? 0)).toEqual([2, 0]);
  });
});

describe('a rank of several words before the name', () => {
  it('reads "Private First Class Grace Okoye" as Okoye, so "Okoye: pulse …" is hers, not a second person', () => {
    const found = records(
      'Two casualties. First is Sergeant Hector Villanueva, gunshot to the right chest. Second is Private First ' +
        'Class Grace Okoye, gunshot through the left calf. Okoye: pulse 98, alert. Villanueva urgent, Okoye priority.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'priority']);
    expect(found[1].vitals).toEqual([{ pulse: 98, avpu: 'A' }]);
  });
});

describe('a casualty numbered by a casualty noun, said again by his number alone', () => {
  it('turns back to him at "back to N." or "N again"', () => {
    const found = records(
      'Patient one, SPC Hollis, GSW left thigh, pulse 120. Patient two, PFC Ames, burns right hand, pulse 90. ' +
        'Back to one. Pulse 130 at 1410. Two again, pulse 88 at 1412.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Hollis', 'Ames']);
    expect(pulses(found)).toEqual([
      [120, 130],
      [90, 88],
    ]);
  });
  it('turns to him where his number opens a sentence as its subject ("Two\'s crashing", "One has …")', () => {
    const found = records(
      'Stretcher one, SPC Hollis, GSW left thigh, pulse 120. Stretcher two, PFC Ames, burns right hand, pulse 90. ' +
        "Two's crashing, pulse 140. One has a TQ on the left thigh now, pulse 110. Two tourniquets on him, pulse 100.",
    );
    expect(pulses(found)).toEqual([
      [120, 110, 100],
      [90, 140],
    ]);
    expect(found[1].interventions).toBeUndefined();
  });
  it('reads a number alone as a number where no casualty noun numbers anyone', () => {
    const found = records('Casualty Hollis, GSW left thigh. Count back to one. Pulse 120.');
    expect(found).toHaveLength(1);
  });
});

describe('as many bullet lines as the casualties counted', () => {
  it('opens one casualty at each bullet, and gives the line after them to none', () => {
    const found = records(
      [
        '2 casualties, rollover on the MSR, about 0415.',
        '- Driver side, older guy with the gray beard: open fx L shin, splinted. HR 104.',
        '- The one thrown clear: abrasions, lac to the forehead, pressure dressing. HR 88.',
        'Gray beard finally said his name is Hollis, allergic to codeine.',
      ].join('\n'),
    );
    expect(pulses(found)).toEqual([[104], [88]]);
    expect(found.map((r) => r.casualty?.allergies)).toEqual([undefined, undefined]);
  });
  it('reads "first one" after a second device in its sentence as that device, not the first casualty', () => {
    const found = records(
      'Casualty one, PFC Soto: TQ R arm 1402, pulse 110. Casualty two, SPC Diaz: TQ L thigh 1404, ' +
        'second tourniquet L thigh 1409 since the first one slipped. Pulse 96.',
    );
    expect(pulses(found)).toEqual([[110], [96]]);
    expect(found[1].interventions).toHaveLength(2);
  });
  it('still reads "the first one we reached" as a casualty when the ordinal before it counts no care', () => {
    const found = records(
      'Two hurt. Urgent is the second one we got to, SGT Ivo Petrov, pulse 130. Second priority is the first one ' +
        'we reached, PFC Lea Marsh, pulse 84.',
    );
    expect(pulses(found)).toEqual([[130], [84]]);
  });
});
