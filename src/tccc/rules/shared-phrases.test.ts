import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a phrase said of all the casualties, broken off before its time', () => {
  it('gives each casualty the time said right after the pause', () => {
    const found = records(
      'Casualty one is Private Adeyemi. Burns to the left hand. Casualty two is Corporal Lind. GSW right thigh. ' +
        'Both got hit around. Oh three fifty. Both priority.',
    );
    expect(found.map((r) => [r.casualty?.name, r.time_of_injury, r.evac_priority])).toEqual([
      ['Adeyemi', '03:50', 'priority'],
      ['Lind', '03:50', 'priority'],
    ]);
  });
});

describe('"both" said of a body part', () => {
  it('keeps breath sounds heard on both sides on the casualty they were heard on', () => {
    const found = records(
      'two hurt in the fall first casualty is private nolan reed breath sounds present both sides pulse ninety two ' +
        'second casualty is corporal ada vance pulse one ten both routine',
    );
    expect(found.map((r) => [r.vitals, r.evac_priority])).toEqual([
      [[{ pulse: 92 }], 'routine'],
      [[{ pulse: 110 }], 'routine'],
    ]);
  });
});

describe('"both of them" as the subject of a triage', () => {
  it('gives "Both of them went priority." to each casualty, not only the one spoken of last', () => {
    const found = records(
      'Casualty one: burn to the right forearm, pulse 100. Casualty two: cut to the scalp, pressure dressing on the ' +
        'head. Both of them went priority.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'priority']);
  });
});

describe('a phrase said of all the casualties, its time after a comma', () => {
  it('gives each casualty the time that closes the sentence', () => {
    const found = records(
      'Three on the bird, all from the mortar round on the motor pool, zero four ten. ' +
        'First, SPC Lena Voss, frag to the right thigh. Second, PFC Amir Sadeghi, burns to both hands. ' +
        'Third, SGT Kofi Mensah, GSW left shoulder.',
    );
    expect(found.map((r) => r.time_of_injury)).toEqual(['04:10', '04:10', '04:10']);
  });
});

describe('"all" and a count closing a sentence after a comma', () => {
  it('gives the whole sentence to each casualty', () => {
    const found = records(
      'Casualty one is Private Adeyemi. Burns to the left hand. Casualty two is Corporal Lind. GSW right thigh. ' +
        'Casualty three is Specialist Ruiz. Frag to the neck. ' +
        'Lift from the motor pool, grid three eight sierra mike bravo one two three four five six seven eight, all three.',
    );
    expect(found.map((r) => r.location_grid)).toEqual(['38SMB12345678', '38SMB12345678', '38SMB12345678']);
  });
});

describe('a time-of-injury label said before "both" or "all"', () => {
  it('gives each casualty the time the label and "all" head, before the casualties are taken one by one', () => {
    const found = records(
      'MEDEVAC 0930. Time of injury all 0912, rocket attack on the FOB. Cas 1: SPC Ora Blake, frag left shin. ' +
        'Cas 2: PFC Ian Moss, frag right hand. Cas 3: SGT Eli Park, burns to the face.',
    );
    expect(found.map((r) => r.time_of_injury)).toEqual(['09:12', '09:12', '09:12']);
  });
});

describe('"both of them" said hurt', () => {
  it('gives each casualty the time of the event "both of them" were hurt in, said after both are told', () => {
    const found = records(
      'Casualty one is Corporal Ada Lutz, frag to the right calf. Casualty two is Private Sam Ito, burns to the ' +
        'left hand. Both of them injured when the mortar landed at 1612.',
    );
    expect(found.map((r) => r.time_of_injury)).toEqual(['16:12', '16:12']);
  });
});

describe('care said done on every casualty', () => {
  it('gives "Blankets on all three." and "Both in the HPMK at 2210." to each casualty', () => {
    const found = records(
      'Casualty one: SPC Ito, burns to the left forearm. Casualty two: PFC Vance, cut to the scalp. Casualty three: ' +
        'SGT Amari, frag to the right calf. Hypothermia wraps on all three.',
    );
    expect(found.map((r) => r.interventions?.map((i) => i.type))).toEqual([
      ['hypothermia_prevention'],
      ['hypothermia_prevention'],
      ['hypothermia_prevention'],
    ]);
    const two = records(
      'Casualty one: SPC Ito, burns to the left forearm. Casualty two: PFC Vance, cut to the scalp. ' +
        'Both in the HPMK at 2210.',
    );
    expect(two.map((r) => r.interventions)).toEqual([
      [{ type: 'hypothermia_prevention', time: '22:10' }],
      [{ type: 'hypothermia_prevention', time: '22:10' }],
    ]);
  });

  it('keeps two drugs given both in the nose on the casualty who had them', () => {
    const found = records(
      'Casualty one: SPC Ito, burns to the left forearm, ketamine 50 mg and fentanyl 100 mcg, both IN. ' +
        'Casualty two: PFC Vance, cut to the scalp, pressure dressing.',
    );
    expect(found.map((r) => r.medications?.length ?? 0)).toEqual([2, 0]);
  });
});

describe('a grid said for both in speech with no punctuation, right after a triage', () => {
  it("keeps the category said before it the named casualty's own", () => {
    const [a, b] = records(
      'two hurt from the mortar first casualty is corporal nadia ferrante frag to the left calf pressure dressing ' +
        'second casualty is private owen mills burns to the right hand burn dressing on it mills is priority ferrante ' +
        'is urgent grid for both 42 sierra tango uniform one two three four five six seven eight',
    );
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'priority']);
    expect([a.location_grid, b.location_grid]).toEqual(['42STU12345678', '42STU12345678']);
  });
  it('still gives each the whole phrase when no category comes before it', () => {
    const [a, b] = records(
      'two hurt from the mortar first casualty is corporal nadia ferrante frag to the left calf second casualty is ' +
        'private owen mills burns to the right hand pickup grid for both 42 sierra tango uniform one two three four ' +
        'five six seven eight',
    );
    expect([a.location_grid, b.location_grid]).toEqual(['42STU12345678', '42STU12345678']);
  });
});

describe('a triage category said for both in speech with no punctuation', () => {
  it('gives each casualty the category said right before "for both"', () => {
    const [a, b] = records(
      'two hurt from the mortar first casualty is corporal nadia ferrante frag to the left calf second casualty is ' +
        'private owen mills burns to the right hand pulse one ten priority for both',
    );
    expect([a.evac_priority, b.evac_priority]).toEqual(['priority', 'priority']);
  });
});

describe('care given to "each of them"', () => {
  it("is every casualty's when the sentence names none", () => {
    const { casualties } = extractCasualties(
      'Two hurt by the blast. First is SPC Lena Frost, burns to the left hand. Second is PFC Omar Diallo, frag to the ' +
        'right calf. I started a saline lock in the right forearm on each of them. Ketamine 30 mg IM to each of them at 2145.',
    );
    expect(casualties).toHaveLength(2);
    for (const c of casualties) {
      expect(c.record.interventions).toEqual([{ type: 'iv', location: 'right_arm' }]);
      expect(c.record.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '21:45' }]);
    }
  });

  it('stays with the one casualty a sentence names', () => {
    const { casualties } = extractCasualties(
      'Two hurt by the blast. First is SPC Lena Frost, burns to the left hand. Second is PFC Omar Diallo, frag to the ' +
        'right calf. Frost has two burns, I put a pressure dressing on each of them.',
    );
    expect(casualties[0].record.interventions).toEqual([{ type: 'pressure_dressing' }]);
    expect(casualties[1].record.interventions).toBeUndefined();
  });
});

describe('care said on "all" of a count of them', () => {
  it('gives each casualty care said "on all four of them", spelled out, but leaves "all four limbs" his own', () => {
    const found = records(
      'Four hurt in the hangar fire. Sergeant Ola Berg, burns to the right hand. Corporal Tim Vance, burns to the ' +
        'neck. Private Eli Stone, burns to the left shin. Specialist Ana Cruz, burns to the chin. Wrapped HPMKs on ' +
        'all four of them. Berg priority, Vance routine, Stone routine, Cruz routine.',
    );
    expect(found.map((r) => r.interventions)).toEqual(Array(4).fill([{ type: 'hypothermia_prevention' }]));
    const limbs = records(
      'Two hurt in the hangar fire. Sergeant Ola Berg, burns to the right hand, moving all four limbs, HPMK on. ' +
        'Corporal Tim Vance, burns to the neck. Berg priority, Vance routine.',
    );
    expect(limbs.map((r) => r.interventions)).toEqual([[{ type: 'hypothermia_prevention' }], undefined]);
  });
});
