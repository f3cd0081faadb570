import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a retraction takes back only what it names', () => {
  it('takes back the drug "disregard" names in an unpunctuated transcript, and keeps the rest of the record', () => {
    const r = extractRecord(
      'gave ketamine 50 mg IM at 1405 tourniquet left thigh at 1400 pulse 120 break disregard the ketamine gave fentanyl 50 mcg IV at 1410',
    );
    expect(r.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '14:10' }]);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:00' }]);
    expect(r.vitals).toEqual([{ pulse: 120 }]);
  });
  it('takes back a drug a correction says was held, and keeps the drug given instead', () => {
    expect(
      extractRecord(
        'I gave ketamine fifty milligrams IM, actually no, scratch that, I held the ketamine, he got an eight hundred microgram fentanyl lozenge instead at ten twenty.',
      ).medications,
    ).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '10:20' }]);
  });
  it('takes back what "cancel" names, in the next sentence', () => {
    const r = extractRecord('TXA 2 g IV at 1410. Cancel the TXA, it was not given. Pulse 100.');
    expect(r.medications).toBeUndefined();
    expect(r.vitals).toEqual([{ pulse: 100 }]);
  });
  it('still reads "scratch that" before a drug as a correction to that drug', () => {
    expect(extractRecord('Morphine 5 mg IV at 1410, scratch that, ketamine 50 mg IV at 1410.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IV', time: '14:10' },
    ]);
  });
  it('takes back only the last thing said before a lone "disregard" in an unpunctuated transcript', () => {
    const r = extractRecord(
      'tourniquet left thigh 1400 gave ketamine 50 mg IM disregard gave fentanyl 50 mcg IV 1410 pulse 110',
    );
    expect(r.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '14:10' }]);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:00' }]);
    expect(r.vitals).toEqual([{ pulse: 110 }]);
  });
  it('takes back the thing said in the sentence before a "Disregard." of its own', () => {
    expect(
      extractRecord('TQ left thigh 1400. Ketamine 50 mg IM. Disregard. Fentanyl 50 mcg IV 1410.').medications,
    ).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '14:10' }]);
  });
  it('reads the radio "negative on" as a no', () => {
    const r = extractRecord('tourniquet left thigh 1400 negative on the TXA pulse 110');
    expect(r.medications).toBeUndefined();
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:00' }]);
  });
  it('takes back a drug the medic says to skip, and keeps the one given in its place', () => {
    const r = extractRecord(
      'Ketorolac thirty milligrams IM, no, he is bleeding, morphine five milligrams IV at 1402, skip the ketorolac.',
    );
    expect(r.medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '14:02' }]);
  });
  it('takes back care an order to "forget" names, and not when told not to forget it', () => {
    expect(
      extractRecord(
        'Walker, get me a junctional tourniquet. Bleeding stopped with pressure, forget the junctional tourniquet.',
      ).interventions,
    ).toBeUndefined();
    expect(
      extractRecord('Chest seal on, left chest. Forget the needle for now, he is breathing fine.').interventions,
    ).toEqual([{ type: 'chest_seal', location: 'chest' }]);
  });
});
