import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';
import { findGrid } from './grid.js';
import { extractRecord } from './index.js';

const casualty = (text: string) => findCasualty(readDoc(text))?.value;
const grid = (text: string) => findGrid(readDoc(text))?.value;

describe('casualty', () => {
  it('reads name without rank, spoken battle roster, unit and sex', () => {
    expect(
      casualty('this is for Specialist Ramirez, battle roster romeo alpha four four seven one, Bravo Company. male.'),
    ).toEqual({
      name: 'Ramirez',
      battle_roster: 'RA4471',
      unit: 'Bravo Company',
      sex: 'male',
    });
  });
  it('reads a full name after an abbreviated rank and a typed zap number', () => {
    expect(casualty('SGT Luis Alvarado. Zap: BC-7702.')).toEqual({ name: 'Luis Alvarado', battle_roster: 'BC7702' });
  });
  it('reads a capital BR before a written code as the battle roster, and an initial as part of the name', () => {
    expect(casualty('Sniper GSW. BR RM4471. Urgent.')).toEqual({ battle_roster: 'RM4471' });
    expect(casualty('Cas: SSG K. Oduya, BR KO5582.')).toEqual({ name: 'K. Oduya', battle_roster: 'KO5582' });
    // A lower-case "br" or one before no written code is no roster label.
    expect(casualty('br RM4471 came in.')?.battle_roster).toBeUndefined();
  });
  it('reads the roster code said again right after "correction", when it has the shape of the first', () => {
    expect(
      casualty('zap number kilo lima one two three four\ncorrection kilo lima one two three eight\npulse 90'),
    ).toEqual({
      battle_roster: 'KL1238',
    });
    expect(casualty('Zap KL1234, correction, KL1284. HR 88.')?.battle_roster).toBe('KL1284');
    // A correction of something else after the code leaves it.
    expect(casualty('Zap kilo lima one two three four. Correction, left leg, not the right.')?.battle_roster).toBe(
      'KL1234',
    );
  });
  it('reads sex from "this man" / "this woman"', () => {
    expect(casualty('This man is hit by explosion of mortar.')).toEqual({ sex: 'male' });
    expect(casualty('Patient is a woman, fell from the tower.')).toEqual({ sex: 'female' });
  });
  it('reads allergies as NKDA or as written', () => {
    expect(casualty('no known drug allergies.')).toEqual({ allergies: 'NKDA' });
    expect(casualty('Allergic to penicillin.')).toEqual({ allergies: 'penicillin' });
  });
  it('never takes the speaker introducing himself ("this is cpl voss, im the medic") for the casualty', () => {
    expect(casualty('this is cpl voss im the medic for 2nd platoon spc tamura took a round to the arm')?.name).toBe(
      'tamura',
    );
    expect(casualty('This is SPC Ito, I am the CLS. PFC Grady has a GSW.')?.name).toBe('Grady');
  });
  it('reads the name the medic calls the casualty by at the opening of a sentence', () => {
    expect(casualty('Okonkwo, can you hear me? Nothing. He fell off the roof.')?.name).toBe('Okonkwo');
    expect(casualty('He fell. Okonkwo, wake up for me.')?.name).toBe('Okonkwo');
  });
  it('ignores people who are not the casualty and ranks used as words', () => {
    expect(casualty('his buddy Sergeant Martinez, male, is not a casualty.')).toBeUndefined();
    expect(casualty('major bleeding from the leg')).toBeUndefined();
  });
});

describe('other casualties', () => {
  it('a lettered casualty that is not this card is left out ("Cas A: SPC Ruiz, this card ... Cas B: HR 140")', () => {
    const r = extractRecord('Cas A: SPC Ruiz, this card, male. HR 104. Cas B: PFC Lowe, HR 140, TQ L leg 1550.');
    expect(r.vitals).toEqual([{ pulse: 104 }]);
    expect(r.interventions).toBeUndefined();
  });
  it('"casualty two of two" names this card, so casualty one of two is someone else', () => {
    const r = extractRecord(
      'Break. Casualty two of two. HR 110. Casualty one of two had a tourniquet on the right leg and is urgent surgical. Over.',
    );
    expect(r.interventions).toBeUndefined();
    expect(r.evac_priority).toBeUndefined();
  });
  it('a ranked person other than the casualty who "has" something is someone else', () => {
    const r = extractRecord(
      'Cpl Ahmed Farouk, male. Pfc Kline pulled him out, Kline has smoke inhalation, sats 91, on oxygen. Farouk: HR 122.',
    );
    expect(r.vitals).toEqual([{ pulse: 122 }]);
    expect(r.interventions).toBeUndefined();
  });
  it('reads a lower-case full name after a rank when the name plainly ends after it', () => {
    expect(casualty('casualty is corporal dana reyes male twenty four')).toMatchObject({
      name: 'dana reyes',
      sex: 'male',
    });
    expect(casualty('sergeant luis ortega, gsw left leg')?.name).toBe('luis ortega');
    expect(casualty("specialist kim park she's alert")?.name).toBe('kim park');
    expect(casualty('casualty is specialist noah brandt bravo company')).toMatchObject({ name: 'noah brandt' });
    // A word that does not end the name is not part of it.
    expect(casualty('specialist jones took frag to the leg')?.name).toBe('jones');
    expect(casualty('specialist jones has a gsw')?.name).toBe('jones');
  });
  it('reads a name after "private" or "major" in a narrative with no capitals, when the name plainly ends there', () => {
    expect(casualty('next one private lowe shrapnel to the face')?.name).toBe('lowe');
    expect(casualty('private cho she took a round in the thigh')?.name).toBe('cho');
    expect(casualty('major damage to the left leg')?.name).toBeUndefined();
    // With capitals written, the name after an ambiguous rank must have one, as before.
    expect(casualty('Private lowe shrapnel to the face')?.name).toBeUndefined();
  });
  it('reads a capital M or F in brackets, or after the name before a spaced dash, as the sex', () => {
    expect(casualty('Cas A (M): frag R chest, sucking.')).toEqual({ sex: 'male' });
    expect(casualty('2) PFC Adeyemi, F - traumatic amp L hand.')).toEqual({ name: 'Adeyemi', sex: 'female' });
    expect(casualty('HR 96 (F/U at 1400)')).toBeUndefined();
  });
  it('reads the name the medic calls the casualty by when no other is given', () => {
    expect(casualty('Stay with me, Jones. Your left foot is gone.')?.name).toBe('Jones');
    expect(casualty('Hey, hey, Ortiz, look at me. You took a round.')?.name).toBe('Ortiz');
    expect(casualty('Hey, Doc, look at this. GSW left arm.')).toBeUndefined();
    expect(casualty('SGT Luis Alvarado. Stay with me, Luis.')?.name).toBe('Luis Alvarado');
  });
  it('a pronoun after a rank is not a name', () => {
    expect(extractRecord('writing this up for the lieutenant he is shaken up').casualty?.name).toBeUndefined();
    expect(
      extractRecord("for the lieutenant he's fine, the casualty is corporal Nina Soto, scalp lac").casualty?.name,
    ).toBe('Nina Soto');
  });
  it('reads a parachute infantry battalion', () => {
    expect(casualty('SGT Cole Brandt, male, Alpha Co 2-504 PIR.')?.unit).toBe('Alpha Co 2-504 PIR');
  });
});

describe('grid', () => {
  it('reads spoken and typed MGRS grids', () => {
    expect(grid('grid three eight sierra mike bravo four four eight four one two three four.')).toBe('38SMB44841234');
    expect(grid('L1 41R PR 5521 8834 / L2 38.90')).toBe('41RPR55218834');
    expect(grid('grid 38SMB4484, over')).toBe('38SMB4484');
  });
  it('refuses malformed grids', () => {
    expect(grid('grid one two three')).toBeUndefined();
    expect(grid('grid 38SMB448')).toBeUndefined();
  });
  it('skips multi-word ranks and reads ordinal or named units', () => {
    expect(casualty('this is for Private First Class Aisha Bello, female, first platoon.')).toEqual({
      name: 'Aisha Bello',
      unit: 'first platoon',
      sex: 'female',
    });
    expect(casualty('casualty is Lance Corporal Tom Brennan, weapons company.')).toEqual({
      name: 'Tom Brennan',
      unit: 'weapons company',
    });
  });
  it('reads a unit with the echelons that follow it, as written', () => {
    expect(casualty('CPL Marcus Lee, M, 1st PLT B Co 2-12 IN. NKDA.')?.unit).toBe('1st PLT B Co 2-12 IN');
    expect(casualty('SGT Eric Vo, M, HHC 1-502 IN, roster EV-3381.')?.unit).toBe('HHC 1-502 IN');
    expect(casualty('PFC Ida Moss, 2-8 FA HHB, hit by frag.')?.unit).toBe('2-8 FA HHB');
    expect(casualty('Pt: male, unit A Trp 1-4 CAV.')?.unit).toBe('A Trp 1-4 CAV');
    expect(casualty('unit is third squad second platoon Bravo Company. Mechanism landmine.')?.unit).toBe(
      'third squad second platoon Bravo Company',
    );
    expect(casualty('SSG Ben Okafor, M, 3rd SQD. TQ 1-2 in place.')?.unit).toBe('3rd SQD');
    expect(casualty('Gunner Liam Ward, male, he is from 7th Regiment RHA. GSW left arm.')?.unit).toBe(
      '7th Regiment RHA',
    );
  });
  it('reads the Z line of a ZMIST and a spoken dash in a zap number', () => {
    expect(casualty('ZMIST. Z: DW4821. M: GSW.')).toEqual({ battle_roster: 'DW4821' });
    expect(casualty('zap number charlie hotel dash six six one niner.')).toEqual({ battle_roster: 'CH6619' });
    expect(casualty('Z is for zulu.')).toBeUndefined();
    expect(casualty('Private Dan Cole. Zap number? Kilo Mike three one seven seven. GSW arm.')?.battle_roster).toBe(
      'KM3177',
    );
    expect(casualty('Cas is CPL Ames, Tom, BR Sierra Tango four four zero six.')?.battle_roster).toBe('ST4406');
  });
  it('reads a zap or roster number said with "is" run on ("her zap\'s …"), and no number where none is said', () => {
    expect(casualty("Her zap's kilo delta five five zero two. Pain six.")?.battle_roster).toBe('KD5502');
    expect(casualty("Gomez's roster's uniform tango one nine eight eight.")?.battle_roster).toBe('UT1988');
    expect(casualty("The roster's back at the aid station. Pulse 88.")?.battle_roster).toBeUndefined();
  });
  it('reads capitals written onto the digits of a zap number as its letters, even when they spell "no"', () => {
    expect(casualty('Cpl Ruiz, zap NO2231.')?.battle_roster).toBe('NO2231');
    expect(casualty('roster no 2231')?.battle_roster).toBe('2231');
  });
  it('reads an allergen named before "allergy", ends one at the next clause, and a "BR#" roster', () => {
    expect(casualty('SPC Ana Cruz, female, penicillin allergy. Left leg amputation.')?.allergies).toBe('penicillin');
    expect(casualty('no drug allergy.')?.allergies).toBeUndefined();
    expect(casualty('allergic to penicillin he stepped on a pressure plate')?.allergies).toBe('penicillin');
    expect(casualty('CPL Marcus Lee, M. BR# ML-5521. NKDA.')?.battle_roster).toBe('ML5521');
  });
  it('reads "denies allergies" as NKDA', () => {
    expect(casualty('Pt denies allergies.')).toEqual({ allergies: 'NKDA' });
  });
  it('reads a capital F or M as its own item right after the name as the sex', () => {
    expect(casualty('SPC Rosa Delgado, F, Bravo Co.')).toEqual({
      name: 'Rosa Delgado',
      unit: 'Bravo Co',
      sex: 'female',
    });
    expect(casualty('SPC Rosa Delgado, F-type trauma kit.')?.sex).toBeUndefined();
  });
  it('reads no name from what the casualty is ("Casualty is US Army", "a US soldier")', () => {
    expect(casualty('Casualty is US Army, GSW L arm.')).toBeUndefined();
    expect(casualty('Casualty is a US soldier.')).toBeUndefined();
    expect(casualty('Patient is local national, frag to the face.')).toBeUndefined();
    expect(casualty('casualty is Ramos')).toEqual({ name: 'Ramos' });
  });
  it('reads the name after "name is" later in the narrative', () => {
    expect(casualty('Casualty is an Afghan commando, name is Farid Noori.')).toEqual({ name: 'Farid Noori' });
  });
  it('ends an allergen said in a run-on transcript at the priority or sign after it', () => {
    expect(casualty("she says she's allergic to sulfa routine")?.allergies).toBe('sulfa');
    expect(extractRecord("she says she's allergic to sulfa routine").evac_priority).toBe('routine');
  });
  it('ends an allergen at the evacuation request, reads "allergic to nothing", "no allergy" and "per her chart none" as none', () => {
    expect(casualty('allergies sulfa drugs medevac urgent')?.allergies).toBe('sulfa drugs');
    expect(casualty('The terp asked, she is allergic to nothing.')?.allergies).toBe('NKDA');
    expect(casualty('He says no allergy to any drug.')?.allergies).toBe('NKDA');
    expect(casualty('allergies per her chart none known')?.allergies).toBe('NKDA');
  });
  it('reads no allergen in a question ("allergic to anything?"), but the answer after it', () => {
    expect(casualty('Any allergies, mate? Allergic to anything? Codeine. Right, codeine allergy.')?.allergies).toBe(
      'codeine',
    );
  });
  it('reads a name after a civilian title as after a rank', () => {
    expect(extractRecord('Local national, Ms Laila Karimi, female, shrapnel to the left calf.').casualty?.name).toBe(
      'Laila Karimi',
    );
  });
  it('never reads the card\'s form number "DD1380" as a battle roster number', () => {
    expect(extractRecord('DD1380 notes. BR: KM0417. Mech: indirect fire.').casualty).toEqual({
      battle_roster: 'KM0417',
    });
  });
  it('does not take the writer or the speaker for the casualty', () => {
    expect(casualty('Note by 1LT Ferreira, PA, BAS. Casualty is CPL Jonah Pryce, male.')?.name).toBe('Jonah Pryce');
    // A note's author, his specialty's code or a colon between.
    expect(casualty('Author 18D SFC M. Haskell.\nPT: SFC Caleb Whitfield, BR CW2208, male.')?.name).toBe(
      'Caleb Whitfield',
    );
    expect(casualty('Author: SFC M. Haskell.\nPt: SFC Caleb Whitfield, male.')?.name).toBe('Caleb Whitfield');
    expect(
      casualty('this is Sergeant first class Bianchi treating Private Yusuf Haddad from Bravo Company')?.name,
    ).toBe('Yusuf Haddad');
  });
  it('reads a card read aloud, each label set off by a comma, the surname first', () => {
    expect(
      casualty(
        'Reading it off his card. Name, Aguilar, Tomas, rank PFC. Battle roster, tango alpha six zero niner one. ' +
          'Allergies, none known.',
      ),
    ).toEqual({ name: 'Tomas Aguilar', battle_roster: 'TA6091', allergies: 'NKDA' });
    expect(casualty('Name, Rivas comma Paulina. Allergies, sulfa.')).toEqual({
      name: 'Paulina Rivas',
      allergies: 'sulfa',
    });
  });
});

describe('allergies', () => {
  it('reads the allergen, or none, after who reported it ("allergies he says latex")', () => {
    expect(casualty('allergies he says latex priority')?.allergies).toBe('latex');
    expect(casualty('allergies she says none routine')?.allergies).toBe('NKDA');
    expect(casualty('Allergic to sulfa per his brother.')?.allergies).toBe('sulfa');
  });
});

describe('the buddy as the one who told the medic', () => {
  it('keeps who the casualty is in a sentence that cites his buddy', () => {
    expect(casualty('Cpl Reuben Falk, 2nd Platoon, hit at ten forty according to his buddy. Male.')).toEqual({
      name: 'Reuben Falk',
      unit: '2nd Platoon',
      sex: 'male',
    });
    expect(extractRecord('SPC Ona Vitt, fell at 0910 per her buddy. Closed fx R ankle.').casualty?.name).toBe(
      'Ona Vitt',
    );
  });
  it("still leaves out the buddy's own wounds", () => {
    expect(extractRecord('SPC Ona Vitt, GSW L arm. Her buddy got hit in the leg too.').injuries).toHaveLength(1);
  });
});

describe('a battle roster number read off a card', () => {
  it('reads it after "Battle roster number," and said one character at a time between commas', () => {
    expect(casualty('From his card. Battle roster number, papa hotel two two eight one. Name, PFC Ana Ruiz.')).toEqual({
      name: 'Ana Ruiz',
      battle_roster: 'PH2281',
    });
    expect(casualty('Battle roster, papa, hotel, two, two, eight, one. Sex, female.')?.battle_roster).toBe('PH2281');
  });
  it('reads a written roster number with a hyphen heading an entry', () => {
    expect(casualty('PH-2281: burns to the left forearm. Routine.')?.battle_roster).toBe('PH2281');
  });
});

describe('the sex said as a letter with the age or a label, or as a boy or a girl', () => {
  it('reads M or F after an age, after "Sex" and after "Pt"', () => {
    expect(casualty('S: 31 y/o M, lac L forearm.')?.sex).toBe('male');
    expect(casualty('19 yo F c/o R ankle pain.')?.sex).toBe('female');
    expect(casualty('Roster KT4410. Sex: F. Unit, Bravo Battery.')?.sex).toBe('female');
    expect(casualty('Pt F, ~40 y/o. Burns both hands.')?.sex).toBe('female');
    // A letter with no age or label is no sex ("Vitals: P 90. M. Priority" is no statement).
    expect(casualty('Pt: SPC Hill. P 90. M. Priority.')?.sex).toBeUndefined();
  });
  it('reads the letter after a unit with digits said between the name and it', () => {
    expect(casualty('Pt SSG Rhea Monk, 2nd PLT, F, NKDA.')?.sex).toBe('female');
  });
  it('reads a child said to be a boy or a girl', () => {
    expect(casualty('A little boy, maybe six, burned his hand on the stove.')?.sex).toBe('male');
    expect(casualty('Local kid, a girl about ten, frag to the calf.')?.sex).toBe('female');
    expect(casualty('A teenage girl from the village, shrapnel in her left shin.')?.sex).toBe('female');
    expect(casualty('Local boy, maybe twelve, stepped on a mine by the well.')?.sex).toBe('male');
  });
  it('reads no sex from the boys of a unit', () => {
    expect(casualty('One of the boys from second squad, GSW to the right calf.')?.sex).toBeUndefined();
  });
});

describe("the casualty's own card read as a source", () => {
  it('keeps the sentence that cites it ("per his card") as this casualty\'s', () => {
    const r = extractRecord('Sergeant Mia Cole, TQ on the right arm at 0210 per her card, pulse 120, she is alert');
    expect(r.casualty?.name).toBe('Mia Cole');
    expect(r.vitals).toEqual([{ pulse: 120, avpu: 'A' }]);
    // Another casualty's card is still someone else's.
    expect(extractRecord('HR 90. The other guy, put that on his card, HR 140.').vitals).toEqual([{ pulse: 90 }]);
  });
  it('keeps the roster number said again after a correction, on the next line of a transcript too', () => {
    expect(casualty('Zap number bravo kilo one two three four, correction, bravo kilo one two three nine.')).toEqual({
      battle_roster: 'BK1239',
    });
    expect(
      casualty('[01:10] BRN sierra papa five five zero two\n[01:18] corr sierra papa five five zero eight'),
    ).toEqual({
      battle_roster: 'SP5508',
    });
  });
});
