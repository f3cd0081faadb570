import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('an order called off after a pause is no fact', () => {
  it('drops the access asked for before "never mind" and keeps the line placed instead', () => {
    const r = extractRecord('Alvarez, break out the IO... never mind, I got a twenty gauge in his right hand.');
    expect(r.interventions).toEqual([{ type: 'iv', location: 'right_arm' }]);
  });
  it('drops care recalled with a turning word, "hold on, forget it" or "nah, leave it"', () => {
    expect(
      extractRecord('Pass me the blanket for him — nah, leave it, the bird is landing. Pulse 96.').interventions,
    ).toBeUndefined();
    expect(
      extractRecord('Doyle, slide the pelvic binder under him... hold on, forget it, his hips are stable.')
        .interventions,
    ).toBeUndefined();
  });
  it('drops a drug asked for and then held ("no, hold that,")', () => {
    const r = extractRecord('Someone give me the morphine... no, hold that, his BP is ninety over fifty.');
    expect(r.medications).toBeUndefined();
    expect(r.vitals).toEqual([{ systolic: 90, diastolic: 50 }]);
  });
  it('keeps care when "hold it" after the pause is how it is done, not a recall', () => {
    expect(extractRecord('Packing the wound with Combat Gauze... hold it there, three minutes.').interventions).toEqual(
      [{ type: 'hemostatic_dressing' }],
    );
  });
  it('keeps a dose corrected after a pause ("... no, one gram")', () => {
    expect(extractRecord('Pushing TXA two grams... no, one gram IV, 0915.').medications).toEqual([
      { name: 'txa', dose: '1 g', route: 'IV', time: '09:15' },
    ]);
  });
});

describe('care a lane grader stops before it is done', () => {
  it('is not given; care done before the lane itself is stopped stands', () => {
    expect(
      extractRecord('Student opened the fentanyl lozenge 800 mcg; the instructor stopped him before it went in: NO GO.')
        .medications,
    ).toBeUndefined();
    expect(extractRecord('Student started 1 L LR wide open; grader stopped it at 200 mL.').fluids).toBeUndefined();
    expect(extractRecord('Student gave TXA 2 g IV at 0910; the evaluator stopped the scenario.').medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '09:10' },
    ]);
  });
});

describe('care the medic says he leaves off the record is no fact', () => {
  it('drops the care of a sentence that ends "not counting it", "not recording" or "no … recorded"', () => {
    const r = extractRecord(
      'Empty fentanyl lozenge wrapper in his pocket, no one saw him take it, not counting it. ' +
        'Card says TXA but no time and no vial - unconfirmed, not recording. ' +
        'Opened chest seal wrapper on the litter, no wound under it - no chest seal recorded. ' +
        'Pressure dressing on the left forearm, confirmed. Ketamine 50 mg IM at 1320.',
    );
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '13:20' }]);
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm' }]);
  });
  it('keeps care whose time was not written down ("time not recorded", "no time recorded")', () => {
    expect(extractRecord('Ondansetron 4 mg IV for nausea, time not recorded.').medications).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
    expect(extractRecord('TQ on the left thigh, no time recorded.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
  it('drops the care named after "not recording"', () => {
    const r = extractRecord('Ketamine vial open in his kit, nothing written - not recording ketamine. HR 110.');
    expect(r.medications).toBeUndefined();
    expect(
      extractRecord('Chest seal wrapper in his IFAK but no wound, so not counting a chest seal. TQ left thigh.')
        .interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg' }]);
  });
  it('keeps care beside "not counting …" or "not recording" said in passing, not closing the sentence', () => {
    expect(
      extractRecord('Two tourniquets on the left thigh, not counting the one his buddy put on the arm.').interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
      { type: 'tourniquet', location: 'left_leg' },
    ]);
    expect(extractRecord('Gave 2 units whole blood, not counting the one hanging in the bird.').fluids).toBeDefined();
    expect(extractRecord('Pulse ox not recording, hands too cold, TQ right thigh at 1420.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '14:20' },
    ]);
  });
  it('drops only the one care picked out by the words after "not counting the …"', () => {
    expect(
      extractRecord('Two tourniquets on the left thigh, not counting the tourniquet his buddy put on the arm.')
        .interventions,
    ).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
  it('keeps care whose time was not recorded ("no TQ time recorded")', () => {
    expect(extractRecord('Tourniquet applied by his buddy, no TQ time recorded.').interventions).toEqual([
      { type: 'tourniquet' },
    ]);
  });
});
