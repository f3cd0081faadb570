import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

describe('sentences that name two casualties', () => {
  it('moves a reading a correction gives to one casualty off the other, and gives it to the one named', () => {
    const { casualties } = extractCasualties(
      'Cas 1: PFC Hall. HR 80, BP 100/60. Routine.\nCas 2: SPC Ruiz. HR 120, BP 130/85. Priority.\n' +
        "Correction: the BP 100/60 is cas 2's, not cas 1's. Cas 1's BP is 124/78.",
    );
    const [hall, ruiz] = casualties.map((c) => c.record);
    expect(hall.vitals).toEqual([{ pulse: 80, systolic: 124, diastolic: 78 }]);
    expect(ruiz.vitals?.some((v) => v.systolic === 100 && v.diastolic === 60)).toBe(true);
  });
  it('reads a name cut off and put right at once ("Giving Ames... Cole, Cole...") as the one put right', () => {
    const [ames, cole, ...rest] = extractCasualties(
      'Two hurt by the blast. Ames, look at me. Frag left thigh, tourniquet at 1412. Moving to Cole. Burns to the ' +
        'right hand. Back to Cole. Giving Ames... Cole, Cole... fentanyl lozenge 800 mcg at 1420. Ames urgent, Cole routine.',
    ).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(ames.medications).toBeUndefined();
    expect(cole.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:20' }]);
  });
  it('reads a dash between two names as a new clause, not a slip ("Gave TXA to Ames - Cole gets fentanyl")', () => {
    const [ames, cole] = extractCasualties(
      'Two hurt by the blast. Ames, frag left thigh. Cole, burns to the right hand. ' +
        'Gave TXA to Ames - Cole gets fentanyl next.',
    ).casualties.map((c) => c.record);
    expect(cole.medications?.some((m) => m.name === 'txa')).not.toBe(true);
    expect(ames.medications?.some((m) => m.name === 'fentanyl')).not.toBe(true);
  });
  it('leaves out a sentence that switches to two casualties inside it and gives nothing to either', () => {
    const { casualties, unattributed } = extractCasualties(
      'Cas 1: PFC Hall. HR 80. Routine.\nCas 2: SPC Ruiz. HR 120. Priority.\nGave ketamine 50 mg IN to cas 2 and cas 1.',
    );
    expect(casualties.map((c) => c.record.medications)).toEqual([undefined, undefined]);
    expect(unattributed.some((e) => e.path.startsWith('/medications'))).toBe(true);
  });
  it('gives each category of a triage sentence headed "evac," to the casualty before it, not to no one', () => {
    const { casualties } = extractCasualties(
      'Cas 1: SPC Vance, GSW R arm. Cas 2: PFC Oduya, burns to the back. Medevac, Oduya routine, Vance urgent.',
    );
    expect(casualties.map((c) => c.record.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it("reads a sentence whose colon lists the casualties each in turn as each one's words", () => {
    const [haddad, voss] = extractCasualties(
      'Blast at 0910 hit the second truck. Both hurt in the cab: the driver, PFC Omar Haddad, burns to both hands, ' +
        'and the passenger, CPL Lena Voss, shrapnel to the left thigh. Haddad priority, Voss urgent.',
    ).casualties.map((c) => c.record);
    expect(haddad.casualty?.name).toBe('Omar Haddad');
    expect(haddad.injuries?.every((i) => i.type === 'burn')).toBe(true);
    expect(voss.casualty?.name).toBe('Lena Voss');
    expect(voss.injuries).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
  });
  it('gives no one a sentence after a colon that takes one casualty back for the other', () => {
    const { casualties, unattributed } = extractCasualties(
      'Blast at 0910 hit the second truck, driver and passenger hurt. Morphine 10 mg IM went to: the driver, no ' +
        'wait, the passenger, at 0930. Driver has burns to both hands. Passenger has shrapnel to the left thigh.',
    );
    expect(casualties.map((c) => c.record.medications)).toEqual([undefined, undefined]);
    expect(unattributed.some((e) => e.path.startsWith('/medications'))).toBe(true);
  });
});

describe('a sentence asked with a question tag', () => {
  it('gives no one what it asks to be told ("…, didn\'t he?")', () => {
    const [pike, ode] = extractCasualties(
      'Two casualties: SGT Ada Pike and CPL Ben Ode. Pike has a GSW to the left arm, tourniquet at 1402. Ode has ' +
        "burns to both hands. Ode got the morphine, didn't he? Pike urgent, Ode priority.",
    ).casualties.map((c) => c.record);
    expect(pike.medications).toBeUndefined();
    expect(ode.medications).toBeUndefined();
    expect(ode.evac_priority).toBe('priority');
  });
});
