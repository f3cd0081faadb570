import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { extractWithEvidence } from './index.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { saysSeveral } from './says-several.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));
const counts = (text: string): boolean => saysSeveral(readTokens(text, NORMALIZE_OPTIONS));

describe('how a narrative names its casualties, turns to them and leaves others out', () => {
  it('reads a count opening a sentence and said hurt in one word ("Two burned.", "Three hit;") as several', () => {
    expect(counts('Stove fire in the galley. Two burned. Both walking.')).toBe(true);
    expect(counts('Mortar round at the gate. Three hit; the cook is fine.')).toBe(true);
    expect(counts('Grenade at the gate, burns to two fingers, two burned fingers dressed.')).toBe(false);
  });
  it('reads a count written as a multiple before the people it counts ("3x injured", "2 x casualties") as several', () => {
    expect(counts('Vehicle fire at the FOB. 3x injured, names to follow.')).toBe(true);
    expect(counts('Fall from the tower, 2 x casualties.')).toBe(true);
    expect(counts('GSW R thigh, 2x TQ R thigh, both on.')).toBe(false);
  });
  it('reads bare surnames heading entries with a colon, each said once, as the casualties', () => {
    const found = records(
      'Generator fire at 0215. Two burned. Nowakowski: burns to the face and both hands, HR 122, alert. ' +
        'Urgent. Mensah: burns to the left forearm, HR 94. Routine.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Nowakowski', 'Mensah']);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
    expect(pulses(found)).toEqual([[122], [94]]);
  });
  it('gives no record to someone only named who is said to have no injuries, but keeps a labelled patient', () => {
    const rescuer = records(
      'Motor pool fire. Two burned. Nowakowski: burns to the face, HR 122. Urgent. Mensah: burns to the left ' +
        'forearm, HR 94. Routine. SFC Ibarra dragged them clear, checked him, no injuries.',
    );
    expect(rescuer.map((r) => r.casualty?.name)).toEqual(['Nowakowski', 'Mensah']);
    const labelled = records(
      'I have two. Patient one, Sgt Lamb, frag to the right thigh, HR 110. Patient two, Pvt Dorsey, no injuries, ' +
        'shaken up.',
    );
    expect(labelled.map((r) => r.casualty?.name)).toEqual(['Lamb', 'Dorsey']);
  });
  it('never takes a body part opening a sentence ("Pelvis is unstable") for a casualty named there', () => {
    const found = records(
      'The truck struck two locals on a scooter at 1755. Patient one is the rider, open fracture of the left ' +
        'shin, pulse 100. Patient two is a woman, the passenger, female, maybe forty. Pelvis is unstable, she is ' +
        'pale. Pulse 126.',
    );
    expect(pulses(found)).toEqual([[100], [126]]);
    expect(found.map((r) => r.casualty?.name)).toEqual([undefined, undefined]);
    expect(found[1].casualty?.sex).toBe('female');
  });
  it('gives a category said anew of a role ("actually make the passenger priority") to that role alone', () => {
    const found = records(
      'ok two guys off the quad it rolled first guy is the driver cut on the left cheek pressure dressing pulse ' +
        'ninety moving on to the other one passenger broken right wrist splinted pulse one ten both routine ' +
        'actually make the passenger priority',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'priority']);
  });
  it('reads "Starting on <rank name>" as the turn to the first casualty, and "Third one\'s <name>," as his name', () => {
    const found = records(
      'Rocket hit the motor pool. Three hit; the mechanic with them is fine. Starting on Lance Corporal Vidal, ' +
        'male, frag to the left thigh, pulse 120. Moving to Corporal Ashby, female, frag to the right arm, pulse ' +
        "104. Third one's Qadir, our terp, male, cut on the left hand, pulse 88. Vidal urgent, Ashby priority, " +
        'Qadir routine.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Vidal', 'Ashby', 'Qadir']);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'priority', 'routine']);
  });
  it('never takes a crew role heading the words after a turn ("Passenger, female, …") for a name', () => {
    const found = records(
      'Both of them came out of the jeep that rolled. First guy, the driver, cut on the left forearm, pulse 92. ' +
        'Okay, moving on to the second one. Passenger, female, burns to the right hand, pulse 104.',
    );
    expect(pulses(found)).toEqual([[92], [104]]);
    expect(found[1].casualty).toEqual({ sex: 'female' });
  });
  it('gives each clause of "she is urgent surgical and he is priority" to the woman and the man it says', () => {
    const found = records(
      'Our truck hit a cart at 1620. Patient one is the driver, he has a cut over the left eye, pulse 96. Patient ' +
        'two is a woman, the passenger, broken right wrist, splinted, she is pale, pulse 120. She is urgent and he ' +
        'is routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'urgent']);
  });
  it('gives neither clause when the pronouns cannot tell the two apart', () => {
    const found = records(
      'Our truck hit a cart at 1620. Patient one is the driver, cut over the left eye, pulse 96. Patient two, ' +
        'the passenger, broken right wrist, splinted, pulse 120. She is urgent and he is routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual([undefined, undefined]);
  });
  it('reads a sex letter set off after what the casualty is ("SPC Bell, driver, M."), his role cut as a label too', () => {
    expect(extractWithEvidence('SPC Tomas Ruiz, gunner, M. GSW left thigh, pulse 118.').record.casualty?.sex).toBe(
      'male',
    );
    const found = records(
      'Both from the rollover at 1915.\nCasualty 1 of 2: SPC Tomas Ruiz, driver, M. Cut on the left cheek, HR ' +
        '104.\nCasualty 2 of 2: SGT Ana Ortega, TC, F. Struck her head, HR 96.',
    );
    expect(found.map((r) => r.casualty)).toEqual([
      { name: 'Tomas Ruiz', sex: 'male' },
      { name: 'Ana Ortega', sex: 'female' },
    ]);
  });
  it('never takes the sections of a card heading sentences with a colon ("Exam:", "Dispo:") for a series of names', () => {
    const found = records(
      'Two burned. Lowe: burns to the face, HR 118. Exam: singed eyebrows. Kane: burns to the right hand, HR 90. ' +
        'Dispo: both routine.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Lowe', 'Kane']);
  });
  it('keeps someone named with no injuries whose signs are taken ("Pvt Kane, no injuries …, HR 90")', () => {
    const found = records(
      'Two hurt. Sgt Lowe: GSW L leg, HR 120. Pvt Kane, no injuries apart from a cut on the right hand, HR 90.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Lowe', 'Kane']);
  });
  it('reads a police rank before a name ("Deputy", "Detective") as a rank, and the ranked surname said again as his', () => {
    const found = records(
      'Three hurt at the traffic stop. Patient 1: Detective Ray Ibarra, male, GSW to the left thigh, HR 124. ' +
        "Patient 2: driver, female, laceration to the forehead, HR 92. Patient 2's passenger was not hurt. Detective Ibarra " +
        'flown out first. Patient 3: male, burns to the right hand.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Ray Ibarra', undefined, undefined]);
    const other = records('Deputy Lena Fox, female, stab wound to the right forearm, pressure dressing, pulse 100.');
    expect(other.map((r) => r.casualty?.name)).toEqual(['Lena Fox']);
  });
  it('reads "Third, the …, Sgt …" and "Fourth is the …" as the casualties they count, never "Fourth" as a name', () => {
    const found = records(
      'Four casualties from the mortar at 1410. The driver, PFC Moss, frag to the left calf, HR 102. Gunner, Cpl Tate, ' +
        'burns to the neck, HR 110. Third, the team leader, Sgt Ruiz, GSW right shoulder, HR 118. Fourth is the ' +
        'local guide riding behind, burns to both hands, HR 96.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Moss', 'Tate', 'Ruiz', undefined]);
    expect(found.map((r) => r.vitals?.[0]?.pulse)).toEqual([102, 110, 118, 96]);
  });
  it('keeps the wound of a casualty whose medic is named as caring for him ("Doc Ibsen\'s on him")', () => {
    const [one] = records("PFC Lowry, frag in the left hand, Doc Ibsen's on him, pressure dressing left hand.");
    expect([one.casualty?.name, one.injuries?.length, one.interventions?.length]).toEqual(['Lowry', 1, 1]);
    const two = records(
      'Two hurt. First, Sgt Kerr, burns to the face, HR 100. Second, Cpl Vance, GSW to the right thigh, ' +
        "Medic Oduya's got him, tourniquet right thigh.",
    );
    expect(two.map((r) => r.casualty?.name)).toEqual(['Kerr', 'Vance']);
    expect(two[1].interventions).toEqual([{ type: 'tourniquet', location: 'right_leg' }]);
  });
  it('gives no record to someone said to be dead ("was killed", "is KIA") whom no care reached', () => {
    const found = records(
      'Three casualties from the contact at 0905. PFC Lin was killed outright, we left him with the vehicle. Sgt Okoye took ' +
        'a round to the left thigh, TQ left thigh 0907, HR 120. Spc Hart has burns to the right hand, HR 90.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Okoye', 'Hart']);
    const other = records(
      'Three casualties from the IED. Sgt Cruz is KIA, massive head wound. Pvt Amari has frag to the left arm, ' +
        'pressure dressing, HR 104. Cpl Berg has burns to the face, HR 92.',
    );
    expect(other.map((r) => r.casualty?.name)).toEqual(['Amari', 'Berg']);
  });
  it('reads a ranked name someone has got as a casualty, the medic who has him as no second one', () => {
    const found = records(
      'Three casualties from the blast at 0710. Sgt Olsen, burns to the left arm, HR 110. Cpl Wade, GSW right ' +
        "shoulder, HR 96. Medic Tran's got Pvt Boyce, frag to the abdomen, Medic Tran packed it, HR 130.",
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Olsen', 'Wade', 'Boyce']);
    expect(found[2].injuries).toEqual([{ type: 'penetrating', location: 'abdomen' }]);
    expect(found[2].vitals).toEqual([{ pulse: 130 }]);
  });
  it('gives a unit said of "both" or "all" in the opening to each casualty, never a fact read as one', () => {
    const found = records(
      'Rocket on the sangar at 1412, both 3 RIFLES. First is Rifleman Tom Hart, frag to the left arm. ' +
        'Second is Corporal Ben Lowe, burns to the right hand.',
    );
    expect(found.map((r) => r.casualty?.unit)).toEqual(['3 RIFLES', '3 RIFLES']);
    const three = records(
      'Three hit by the IED at 0640, all 4 SCOTS. Patient 1: Cpl Ross, frag left leg. Patient 2: Pte Gray, ' +
        'frag right arm. Patient 3: LCpl Bain, burns to the face.',
    );
    expect(three.map((r) => r.casualty?.unit)).toEqual(['4 SCOTS', '4 SCOTS', '4 SCOTS']);
    expect(
      records('Two hit. Both 2 IV. First is Cpl Ross, frag left leg. Second is Pte Gray, frag right arm.').map(
        (r) => r.casualty?.unit,
      ),
    ).toEqual([undefined, undefined]);
  });
  it('keeps someone ranked who "wasn\'t hit" off every record, and counts "first one\'s" from the casualties', () => {
    const [a, b, ...rest] = records(
      "Rocket hit the tower, two down. Sergeant Oduya wasn't hit, he is on the radio. first one's Pell, burns to " +
        'the face, pulse one twenty. second is Corporal Ash, frag to the left hand, pulse ninety. the first guy ' +
        'again, Pell, BP one hundred over sixty.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Pell', 'Ash']);
    expect(a.vitals).toEqual([{ pulse: 120, systolic: 100, diastolic: 60 }]);
    expect(b.vitals).toEqual([{ pulse: 90 }]);
  });
});
