import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { extractCasualties } from './casualties.js';

const meds = (text: string) => extractRecord(text).medications ?? [];

describe('a drug weighed or said not to be given', () => {
  it('records no drug the medic was only thinking about', () => {
    expect(meds('Thinking about ketamine, but she is talking fine. Tylenol 1 g PO.')).toEqual([
      { name: 'acetaminophen', dose: '1 g', route: 'PO' },
    ]);
  });
  it('records no drug said before "do not give" or "do not have"', () => {
    expect(meds('Morphine I do not give, he is too drowsy. Moxifloxacin 400 mg PO, 1230.')).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO', time: '12:30' },
    ]);
    expect(meds('Calcium we do not have, TXA 2 g IV.')).toEqual([{ name: 'txa', dose: '2 g', route: 'IV' }]);
  });
  it('records no drug said "not available", and gives the care said after it in its place', () => {
    expect(extractRecord('hextend not available lactated ringers 500 ml iv at 0610').fluids).toEqual([
      { name: 'crystalloid', volume_ml: 500, route: 'IV', time: '06:10' },
    ]);
    expect(meds('TXA unavailable. Ketamine 50 mg IM at 0610.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '06:10' },
    ]);
  });
  it('keeps the drug said right after "no other wounds" in a transcript without stops', () => {
    expect(meds('shrapnel to the left calf no other wounds paracetamol one gram p o at 0915')).toEqual([
      { name: 'acetaminophen', dose: '1 g', route: 'PO', time: '09:15' },
    ]);
  });
  it('records no drug said "not need"', () => {
    expect(meds('Nubain, no, not need. Tylenol 500 mg PO, 1410.')).toEqual([
      { name: 'acetaminophen', dose: '500 mg', route: 'PO', time: '14:10' },
    ]);
  });
});

describe('a time said after a word naming the vitals', () => {
  it('dates the vitals, never the drug said before it', () => {
    const r = extractRecord('ketamine 30 milligrams im obs at 1340 pulse 104 bp 118 over 76');
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM' }]);
    expect(r.vitals).toEqual([{ time: '13:40', pulse: 104, systolic: 118, diastolic: 76 }]);
  });
});

describe('analgesics outside the record list', () => {
  it('records nalbuphine and the inhaled methoxyflurane as other, with a dose said in spoken millilitres', () => {
    expect(meds('Gave nubain 20 milligram IM at 2205. Methoxyflurane, six mils, 2210.')).toEqual([
      { name: 'other', dose: '20 mg', route: 'IM', time: '22:05' },
      { name: 'other', dose: '6 ml', time: '22:10' },
    ]);
  });
});

describe('a drug followed by a lone "no"', () => {
  it('is taken back when nothing given follows, or another drug does', () => {
    expect(extractRecord('Zofran... no, let us see if he keeps it down. Fentanyl 50 mcg IN.').medications).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IN' },
    ]);
    expect(extractRecord('Toradol, no, ketamine 30 mg IM at 0640.').medications).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IM', time: '06:40' },
    ]);
  });
  it('stands when the "no" corrects its amount', () => {
    expect(extractRecord('Morphine... no, 4 mg IV.').medications).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV' },
    ]);
  });
});

describe('a drug withheld or decided against', () => {
  it('is not given, however the withholding is said', () => {
    expect(meds('Fentanyl was withheld, sats dropping. Ondansetron 4 mg IV.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
    expect(meds('Morphine considered for pain relief, but withheld. Ketamine 25 mg IV.')).toEqual([
      { name: 'ketamine', dose: '25 mg', route: 'IV' },
    ]);
    expect(meds('Decided against morphine, he is too drowsy. Never gave the ketamine.')).toEqual([]);
    expect(meds('Morphine: not given. Zofran: 4 mg IV.')).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV' }]);
  });
  it('leaves a wound said before "withheld" standing', () => {
    expect(extractRecord('With a head injury like that I withheld all narcotics.').injuries).toEqual([
      { type: 'tbi', location: 'head' },
    ]);
  });
  it('records no drug the medic ran out of, and keeps the care given in its place', () => {
    expect(meds("We're all out of ertapenem, so cefazolin 2 g IV at 0815.")).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '08:15' },
    ]);
    expect(meds('Ondansetron 4 mg IV at 2210, then I ran out of Zofran.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '22:10' },
    ]);
  });
  it('keeps the care given after a casualty got out of a vehicle', () => {
    expect(meds('She was out of the truck by 0650, ketamine 30 mg IM 0655.')).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IM', time: '06:55' },
    ]);
  });
  it('records no drug skipped, nor one the casualty is already on', () => {
    expect(meds('0930 acetaminophen 650 mg PO; skipped the ketorolac since she is already on naproxen.')).toEqual([
      { name: 'acetaminophen', dose: '650 mg', route: 'PO', time: '09:30' },
    ]);
    expect(meds('Skipped the IV, fentanyl 800 mcg OTFC 1105.')).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '11:05' },
    ]);
  });
  it('records no drug only discussed, and keeps one given after a discussion', () => {
    expect(meds('Ketamine discussed with the PA, sats too low, held off. Pain 6.')).toEqual([]);
    expect(meds('Discussed with the PA. Morphine 5 mg IV at 1340.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '13:40' },
    ]);
  });
});

describe('a drug ruled out with its route said between', () => {
  it('records no drug ruled out after its route', () => {
    const read = (text: string) => extractCasualties(text).casualties[0].record.medications ?? [];
    expect(read('Pain 8/10, moxi PO out of the question, vomiting. Ketamine 50 mg IM 1400.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:00' },
    ]);
  });
});
