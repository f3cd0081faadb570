import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('casualties known by their role or number, said again', () => {
  it('reads "Back to one:" as casualty one once casualties were labelled "Cas one", "Cas two"', () => {
    const found = records(
      'Cas one: GSW L thigh, TQ L thigh 0317. Cas two: frag to the face, sats 92. Back to one: HR 140, TXA 2 g IV.',
    );
    expect(pulses(found)).toEqual([[140], []]);
    expect(found.map((r) => (r.medications ?? []).length)).toEqual([1, 0]);
  });
  it('reads "Driver\'s pinned" and "Driver\'s out now:" as the driver, the first and again after the second', () => {
    const found = records(
      "Driver's pinned, chest against the wheel, pulse 90. Okay he's stable, moving on to the second guy. " +
        "Passenger, open fracture right leg, splint on, pulse 104. Driver's out now: pulse 120, BP 100/64.",
    );
    expect(pulses(found)).toEqual([[90, 120], [104]]);
  });
  it('reads "Gunner\'s NKDA" and "Driver\'s allergic to …" as the role\'s allergy, not the casualty last spoken of', () => {
    const found = records(
      'Two hurt when the truck rolled. Gunner first: open fracture left forearm, splint on, pulse 98. ' +
        "Next, the driver, SPC Okafor, lac over the right eye, pulse 84. Gunner's NKDA.",
    );
    expect(found.map((r) => r.casualty?.allergies)).toEqual(['NKDA', undefined]);
    const other = records(
      'Two casualties from the blast. The driver: burns to both hands, pulse 110. Then the gunner, SGT Hale, ' +
        "frag to the left calf, pressure dressing, pulse 92. Driver's allergic to penicillin.",
    );
    expect(other.map((r) => r.casualty?.allergies)).toEqual(['penicillin', undefined]);
  });
  it('gives a role triaged last to the one casualty known by no role, not to one known by what he is', () => {
    const found = records(
      'Right, two from the blast. Taking the driver first, right foot gone, tourniquet right leg 0452. ' +
        "Second guy, the gunner, he's quiet, responds to pain, pulse 96. Back to the first one: pulse 128. " +
        "Gunner's urgent, driver urgent surgical.",
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent_surgical', 'urgent']);
  });
  it('still gives a role to the casualty whose description ends with it ("the boy\'s father" … "Father urgent")', () => {
    const found = records(
      'Two patients after the rocket at 1530. First is a local national, male, about ten years old: frag to both ' +
        "legs, pulse 130. Second is the boy's father, male, about forty: frag to the abdomen, pulse 118. " +
        'Father urgent surgical, boy priority.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'urgent_surgical']);
  });
  it('reads an ordinal said "is the <role>" mid-stream in unpunctuated speech as the next casualty', () => {
    const spoken = records(
      'two hurt in the crash at zero four ten first is the passenger his right leg is cut pulse one oh four ' +
        'second is the tc he hit his head pulse eighty eight back to the passenger pressure dressing right leg',
    );
    expect(pulses(spoken)).toEqual([[104], [88]]);
    expect(spoken.map((r) => (r.interventions ?? []).length)).toEqual([1, 0]);
    const other = records(
      'two from the blast first one is the gunner burns to both hands heart rate one twenty ' +
        'second is the dismount frag left thigh heart rate ninety five',
    );
    expect(pulses(other)).toEqual([[120], [95]]);
  });
});

describe('a turn to someone known by a role, with no count said', () => {
  it('reads the words before "moving to the suspect" as a first casualty, and the role said again as the suspect', () => {
    const found = records(
      'Working on Officer Ruiz now, GSW right arm, tourniquet right arm, pulse 110. The shooter is down too, ' +
        'cuffed. Moving over to the suspect: female, stab wound to the abdomen, pulse 130. ' +
        'Suspect again, pulse 136 now.',
    );
    expect(pulses(found)).toEqual([[110], [130, 136]]);
    expect(found.map((r) => r.casualty?.sex)).toEqual([undefined, 'female']);
  });
  it('reads "over to the passenger" after words about someone as a turn to a second casualty', () => {
    const found = records(
      'Driver side, I have Corporal Oduya, burns to both hands, pulse 98. Over to the passenger, cut to the scalp, ' +
        'pressure dressing to the head, pulse 84. Passenger again: alert.',
    );
    expect(pulses(found)).toEqual([[98], [84]]);
    expect(found.map((r) => (r.interventions ?? []).length)).toEqual([0, 1]);
  });
  it('reads "Other bloke," and "the other lad" as a turn to a second casualty, as "the other guy" is', () => {
    const found = records(
      'Two hurt in the blast. Cpl Hughes, frag to the left thigh, tourniquet left thigh, pulse 120. Other bloke, ' +
        'Private Dan Price, burns to his right hand, pulse 90. Back to Hughes, pain seven.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Hughes', 'Dan Price']);
    expect(pulses(found)).toEqual([[120], [90]]);
    const other = records(
      'Pulled two out of the wagon. This one has a cut to the scalp, pressure dressing, pulse 88. The other lad ' +
        'has a broken left ankle, splinted, pulse 104.',
    );
    expect(pulses(other)).toEqual([[88], [104]]);
  });
  it('reads "first litter", "second litter" as casualties, and a thing said to be a role\'s as no switch', () => {
    const found = records(
      'Three off the truck. First litter is SPC Ana Cruz, burns to the left hand. Second litter, PFC Joe Park, splint ' +
        'on the right leg, he has a sulfa allergy. No, sulfa is the gunner. Third litter, SGT Eli Ross, the gunner, ' +
        'scalp laceration, pressure dressing on the scalp.',
    );
    expect(found.map((r) => [r.casualty?.name, r.interventions])).toEqual([
      ['Ana Cruz', undefined],
      ['Joe Park', [{ type: 'splint', location: 'right_leg' }]],
      ['Eli Ross', [{ type: 'pressure_dressing', location: 'head' }]],
    ]);
  });
});

describe('two medics talking over two crew, with no speaker labels', () => {
  const talk =
    'Rollover on the berm, pilot and commander both hurt. You take the commander, I have the pilot. — Copy. — ' +
    "Pilot's Tomasz Wilk, open fracture right forearm, pulse 112. — Splinting it now. — Commander's Dana Ruiz, " +
    "female, burns to the left hand, pulse 88. — Wilk, morphine 10 mg IM at 0412. — Ruiz, she's alert. — " +
    "Send it: he's urgent, she's routine.";
  it('opens each one where a turn dash brings in "<role>\'s <full name>" and where his surname opens a turn', () => {
    const [wilk, ruiz, ...rest] = records(talk);
    expect(rest).toEqual([]);
    expect([wilk.casualty?.name, ruiz.casualty?.name]).toEqual(['Tomasz Wilk', 'Dana Ruiz']);
    expect(pulses([wilk, ruiz])).toEqual([[112], [88]]);
    expect(wilk.medications?.map((m) => m.name)).toEqual(['morphine']);
    expect(ruiz.medications).toBeUndefined();
  });
  it('gives each category of "he\'s …, she\'s …" after a colon to the man and the woman', () => {
    const [wilk, ruiz] = records(talk);
    expect([wilk.evac_priority, ruiz.evac_priority]).toEqual(['urgent', 'routine']);
  });
  it('reads a role\'s "\'s" before something of his as his, not as a name ("Driver\'s Kevlar Helmet, …")', () => {
    const found = records("Driver's Kevlar helmet, cracked. Pulse 90.");
    expect(found).toHaveLength(1);
  });
});

describe('"this one\'s the <role>" said of the casualty the medic is with', () => {
  it("opens that role's casualty, so the role said later opens the other", () => {
    const [first, second, ...rest] = records(
      "Truck rolled, two hurt, both of them same rollover. This one's the commander, Corporal Ines Okafor, female, " +
        'right wrist broken, splint on, pulse 90. Hold on, they are carrying the driver over. Driver is Private ' +
        'Lukas Brandt, burns to the left hand, pulse 124. Brandt urgent, Okafor routine.',
    );
    expect(rest).toEqual([]);
    expect([first.casualty?.name, first.evac_priority]).toEqual(['Ines Okafor', 'routine']);
    expect([second.casualty?.name, second.evac_priority]).toEqual(['Lukas Brandt', 'urgent']);
    expect(pulses([first, second])).toEqual([[90], [124]]);
  });
  it('reads no role in "this one\'s the worst" (no crew role)', () => {
    const found = records("Two hurt in the rollover. This one's the worst, open fracture left leg, pulse 130.");
    expect(found).toHaveLength(1);
    expect(pulses(found)).toEqual([[130]]);
  });
  it('reads a role after a spoken "okay" with no comma ("okay gunner, …") as turning to that casualty', () => {
    const found = records(
      'Truck rolled, we got two, driver and gunner. Driver is Specialist Ana Ruiz, lac to the scalp, pulse 96. ' +
        'okay gunner, Corporal Eli Dunn, male, left forearm broken, SAM splint, pulse 100.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Ana Ruiz', 'Eli Dunn']);
    expect(pulses(found)).toEqual([[96], [100]]);
  });
});
