import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const unit = (text: string) => extractRecord(text).casualty?.unit;

describe('a unit written as a phrase of its own in the sentence that says who the casualty is', () => {
  it("reads a number or ordinal with the unit's capitals, a named battalion, and a slashed brigade", () => {
    expect(unit('Cpl Amira Haddad, 2nd MI, female. GSW L arm.')).toBe('2nd MI');
    expect(unit('LCpl Tane Walker, male, 2 RAR. Lac R hand.')).toBe('2 RAR');
    expect(unit('Sgt Ivo Berg, Dragoon Sqn, male.')).toBe('Dragoon Sqn');
    expect(unit('Pt: SPC Lee, M, 4/1 ABCT.')).toBe('4/1 ABCT');
    expect(unit('SPC Moore, female, unit: 3rd Sig Bn.')).toBe('3rd Sig Bn');
  });
  it('ends a unit on a card line where the next field is labelled, not at the end of the line', () => {
    expect(unit('PT: SGT Omar Vance   UNIT: C Btry, 3-16 FA   BRN: OV2210   ALLG: NKDA')).toBe('C Btry, 3-16 FA');
    expect(unit('SPC Iris Dunn, B Co, 4-9 Mech BRN: ID7731, female.')).toBe('B Co, 4-9 Mech');
  });
  it('reads a numbered unit that ends the phrase after an echelon ("B Coy 3 RAR")', () => {
    expect(unit('Pte Hone Rata, male, B Coy 3 RAR.')).toBe('B Coy 3 RAR');
  });
  it('reads no unit from a measure, a reading, a rank or a sentence that names no one', () => {
    expect(unit('Pt male, 30 YO, GSW L leg.')).toBeUndefined();
    expect(unit('Pt female, 70 KG, 120/80, GSW L leg.')).toBeUndefined();
    expect(unit('First is 1LT Park, female, GSW abdomen.')).toBeUndefined();
    expect(unit('Vehicle hit at the gate, 2 PAX, Charlie Gate.')).toBeUndefined();
  });
});
describe('a unit said with the larger units around it', () => {
  it('reads on past a comma to a larger unit that ends its phrase', () => {
    expect(unit('Cpl Ines Vargas, 2nd Battalion, 5th Marines, female. Fell from the truck.')).toBe(
      '2nd Battalion, 5th Marines',
    );
    expect(unit('SPC Dale Orr, third platoon, Hammer Company. GSW L arm.')).toBe('third platoon, Hammer Company');
    expect(unit('Unit: Alpha Battery, 3-16 Field Artillery. Male.')).toBe('Alpha Battery, 3-16 Field Artillery');
    // A reading after the comma is no unit.
    expect(unit('SPC Dale Orr, Bravo Company, 2-11, pulse 90.')).toBe('Bravo Company');
  });
  it('reads a unit noun written before its letter, and the slashed letters of smaller units', () => {
    expect(unit('Unit: Company D, 1-8 Infantry.')).toBe('Company D, 1-8 Infantry');
    expect(unit('Pt: SGT Hale, C/1-66 AR, frag L leg.')).toBe('C/1-66 AR');
  });
  it('reads a capitalized name opening the phrase before a numbered echelon, and a plural unit name', () => {
    expect(unit('Both PF, Peshmerga 2nd Bn, hit by the same mortar.')).toBe('Peshmerga 2nd Bn');
    expect(unit('Private Lars Berg from Scouts Platoon, male.')).toBe('Scouts Platoon');
  });
});

describe('a unit the casualty is said to be from', () => {
  it('reads a unit after "from" in the sentence that says who he is, and no distance', () => {
    expect(unit('Korporaal Daan Smit, male, from 43 Gemechaniseerde Brigade.')).toBe('43 Gemechaniseerde Brigade');
    expect(unit('Sgt Ana Poll, female, from 3 meters up, fell on her back.')).toBeUndefined();
  });
  it('reads a battalion with its branch written in full ("2-12 Infantry", "1-44 Air Defense Artillery")', () => {
    expect(unit('Patient is PFC Noor Saleh, 2-12 Infantry, GSW to the left thigh.')).toBe('2-12 Infantry');
    expect(unit('SGT Eli Moss, roster EM-4471, 1-44 Air Defense Artillery, burns to the face.')).toBe(
      '1-44 Air Defense Artillery',
    );
    expect(unit('Gave 2-3 mg of morphine. Infantry squad nearby.')).toBeUndefined();
  });
});

describe('a unit said after its label', () => {
  it('reads what "Unit:" or "Unit is" heads to the end of its sentence', () => {
    expect(unit('Name: Ortega, Luis. Unit: 4th Squadron, Régiment de Chasseurs 12. Fell 3 m.')).toBe(
      '4th Squadron, Régiment de Chasseurs 12',
    );
    expect(unit('Unit: 7 Signal Regiment. Burns both hands.')).toBe('7 Signal Regiment');
    expect(unit('Unit is 3/7 SFG. GSW left leg.')).toBe('3/7 SFG');
  });
  it('reads no unit from a label followed by "unknown" or by a fact', () => {
    expect(unit('Unit: unknown. GSW left leg.')).toBeUndefined();
    expect(unit('Unit: GSW left leg, TQ applied.')).toBeUndefined();
  });
});

describe("a regiment's name said of every casualty", () => {
  it('reads capitalized words alone after "all" or "both" as their unit, never a short form in capitals', () => {
    expect(unit('Two hurt by the IED at 0905, both Royal Welsh, grid to follow.')).toBe('Royal Welsh');
    expect(unit('Mortar hit the FOB, three casualties, all Queens Own Hussars.')).toBe('Queens Own Hussars');
    expect(unit('Rounds impacted at 0205, three casualties, all PF.')).toBeUndefined();
  });
});

describe('a unit that goes on past its first echelon', () => {
  it('reads the larger unit it is "of"', () => {
    expect(unit('Soldier Taras Melnyk, 1st company of 93rd brigade, male. GSW L arm.')).toBe(
      '1st company of 93rd brigade',
    );
    expect(unit('The wounded is sergeant Luc Bernard, 2nd company of the 1st REC. Frag R leg.')).toBe(
      '2nd company of the 1st REC',
    );
  });
  it('reads a branch written in full after an ordinal, and a kind of unit before its noun', () => {
    expect(unit('SGT Ana Ruiz, F, Bravo Battery, 2nd Battalion, 11th Field Artillery. GSW R thigh.')).toBe(
      'Bravo Battery, 2nd Battalion, 11th Field Artillery',
    );
    expect(unit('Private Ivan Sokol, male, from 3rd assault battalion. Burns L hand.')).toBe('3rd assault battalion');
    expect(unit('Soldier Ali Warsame, male, SNA 9th Lion Brigade. Frag L leg.')).toBe('SNA 9th Lion Brigade');
    expect(unit('Casualty: Omar Saleh, male, IA 5th Bde. GSW R arm.')).toBe('IA 5th Bde');
  });
  it("reads a company's letter and a slashed battalion and regiment after a platoon", () => {
    expect(unit('Cpl Dan Ortiz, 2nd Sqd, Echo 3/1, frag L calf.')).toBe('2nd Sqd, Echo 3/1');
    expect(unit('LCpl Ray Moon, 1st Plt, K 3/5, GSW R arm.')).toBe('1st Plt, K 3/5');
  });
});

describe('a unit whose numbers are said with a dash between', () => {
  it('writes the spoken numbers as digits and the dash as a hyphen', () => {
    expect(unit('Name Ortiz. Unit Charlie Company too dash fife zero six. Allergies none.')).toBe(
      'Charlie Company 2-506',
    );
    expect(unit('Unit Alpha Troop, one dash seven CAV. Pulse 88.')).toBe('Alpha Troop, 1-7 CAV');
  });
});

describe('the unit of the one a report is sent by', () => {
  it("is not the casualty's", () => {
    expect(
      unit('Report from SSG Okafor, 3-21 Cavalry. Casualty: Dana Whitt, female, burns to both hands.'),
    ).toBeUndefined();
  });
  it("leaves the casualty's own unit said after his label", () => {
    expect(unit('Report from SSG Okafor, 3-21 Cavalry. Patient is SPC Lin, 1st Platoon, burns to both hands.')).toBe(
      '1st Platoon',
    );
  });
});

describe('a unit the speaker says of himself', () => {
  it("is not the casualty's", () => {
    expect(
      unit('That night I was on radio watch for 3rd Platoon. SPC Dana Orr took frag to the left hip.'),
    ).toBeUndefined();
  });
  it("leaves the casualty's unit said after he is named, and a name spelled with the letter I", () => {
    expect(unit('I treated SPC Dana Orr, 3rd Platoon, frag to the left hip.')).toBe('3rd Platoon');
    expect(unit("Name's Orr, spelled O-R-R-I-S, Bravo Company, frag to the hip.")).toBe('Bravo Company');
  });
});

describe('the unit said with who the casualty is', () => {
  it('wins over a unit said before it, the medic’s or the caller’s', () => {
    expect(
      unit('Note by 3rd Sqd medic, 1120.\nSPC Jorge Villa, male, roster JV-5512, C Co 1-87 IN. Blast, L hand.'),
    ).toBe('C Co 1-87 IN');
  });
  it('leaves the first unit said when the sentence that says who he is names none', () => {
    expect(unit('Called by 2nd Plt at 0940.\nSPC Jorge Villa, male, roster JV-5512. Blast, L hand.')).toBe('2nd Plt');
  });
});
