import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe("a casualty card's field labels", () => {
  it("are no casualty's name: each casualty keeps the fields under its own header", () => {
    const r = records(
      'Cas 1 - SGT Mia Torres / BRN MT 5521\nInj: GSW R upper arm\nAccess: IV L hand 1422\n' +
        'Cas 2 - SPC Jon Abel\nInj: burns L hand\nFluids: LR 500 mL IV 1430\nAllergy: NKDA',
    );
    expect(r.map((c) => c.casualty?.name)).toEqual(['Mia Torres', 'Jon Abel']);
    expect(r[0].interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '14:22' }]);
    expect(r[1].fluids).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IV', time: '14:30' }]);
  });
  it('are no name when the cards are lettered either', () => {
    const r = records(
      'PAX A - CPL Ray Dunn\nDsg: pressure L shin\nAllg: NKDA\nPAX B - PVT Sam Ito\nDsg: Israeli R forearm 0210\nAllg: NKDA',
    );
    expect(r.map((c) => c.casualty?.name)).toEqual(['Ray Dunn', 'Sam Ito']);
    expect(r[1].interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '02:10' }]);
  });
});

describe('cards numbered with "#" and counted with "x"', () => {
  it("cut the narrative at each card's number, set off by a pipe", () => {
    const r = records(
      'TCCC x2 - rollover at 0415\n#1 | SGT Kim Hale | F\nInj: lac scalp\n#2 | PVT Leo Marr | M\nInj: fx L wrist | SAM splint L wrist 0430',
    );
    expect(r.map((c) => c.casualty?.name)).toEqual(['Kim Hale', 'Leo Marr']);
    expect(r[0].interventions).toBeUndefined();
    expect(r[1].interventions).toEqual([{ type: 'splint', location: 'left_arm', time: '04:30' }]);
  });
  it('count the casualties when the cards are counted, though a card names no one', () => {
    for (const count of ['Cards x2', 'TCCC x 2']) {
      const r = records(
        `${count}, mortar at 1710\n#1 | SPC Eli Ward | burns R hand\n#2 | name unk | frag L calf, TQ L thigh 1714`,
      );
      expect(r.map((c) => c.casualty?.name)).toEqual(['Eli Ward', undefined]);
      expect(r[0].interventions).toBeUndefined();
      expect(r[1].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '17:14' }]);
    }
  });
});

describe('a card field marked "(all)" or "(both)"', () => {
  it("is each casualty's whole field, unit as well as time and grid", () => {
    const r = records(
      'Unit (both): 2/A/1-5 FA | TOI (both): 2215 | HLZ (both): 18S UJ 2337 0651\n' +
        'Cas 1 - SPC Noor Kassem / F\nInj: frag R calf\nCas 2 - PV2 Theo Brandt / M\nInj: burns L hand',
    );
    expect(r.map((c) => [c.casualty?.unit, c.time_of_injury, c.location_grid])).toEqual([
      ['2/A/1-5 FA', '22:15', '18SUJ23370651'],
      ['2/A/1-5 FA', '22:15', '18SUJ23370651'],
    ]);
  });
  it('reads the time of injury and a location field past the mark on a single card too', () => {
    const r = extractRecord('TOI (all): 0347 | Loc: 11S NT 4411 2290\nInj: lac L shin');
    expect([r.time_of_injury, r.location_grid]).toEqual(['03:47', '11SNT44112290']);
  });
});

describe('a card read aloud field by field, a pause between fields', () => {
  it('reads the name and the roster after their labels, and the card started is his own', () => {
    const r = extractRecord(
      'Alright, filling out her card while Mac holds the dressing... name, Rosa Ibarra... roster, sierra india two six zero three... sex, female.',
    );
    expect(r.casualty).toEqual({ name: 'Rosa Ibarra', battle_roster: 'SI2603', sex: 'female' });
  });
});

describe("a card's short items about who the casualty is", () => {
  it('read a sex letter set off by a slash, a dash or a pipe after the name, or after "Sex" before a pipe', () => {
    expect(extractRecord('Cas 2 - CPL Ivo Brandt / IB 4410 / M / NKDA').casualty?.sex).toBe('male');
    expect(extractRecord('SPC Nia Ortega - F - BRN NO 2231').casualty?.sex).toBe('female');
    expect(extractRecord('Name: Lund, Per | Sex F | Allg: NKDA').casualty?.sex).toBe('female');
  });
  it('read the allergy after "Allg", and none when it is unknown', () => {
    expect(extractRecord('Allg: sulfa | Evac: routine').casualty?.allergies).toBe('sulfa');
    expect(extractRecord('Allergies: unk | Evac: urgent').casualty).toBeUndefined();
  });
});

describe('calcium chloride on a card', () => {
  it('is read with its symbols written apart', () => {
    expect(extractRecord('MEDS: Ca Cl 1 g IV 0233').medications).toEqual([
      { name: 'calcium', dose: '1 g', route: 'IV', time: '02:33' },
    ]);
  });
});

describe('a card spoken of by its state', () => {
  it('says nothing of whose card the narrative is ("card is fixed"), so the casualties still split', () => {
    const r = records(
      'Two hurt in the rollover at 0410.\n\nPatient 1: SPC Ana Reyes. Ketamine 20 mg IV at 0420 (I wrote 50 on her ' +
        'card at first, it was 20, card is fixed). Splint left leg.\n\nPatient 2: PFC Tom Hale, HR 90.',
    );
    expect(r.map((c) => c.casualty?.name)).toEqual(['Ana Reyes', 'Tom Hale']);
    expect(r[0].interventions).toEqual([{ type: 'splint', location: 'left_leg' }]);
  });
});
