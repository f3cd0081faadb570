import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { soundKey } from './sound-alikes.js';

const record = (text: string) => extractRecord(text);

describe('a sound skeleton', () => {
  it('keeps the first letter and the consonants as they sound', () => {
    expect(soundKey('tourniquet')).toBe('trnkt');
    expect(soundKey('torenickit')).toBe('trnkt');
    expect(soundKey('ketamine')).toBe('ktmn');
    expect(soundKey('keytomean')).toBe('ktmn');
    expect(soundKey('cefazolin')).toBe('sfsln');
  });
});

describe('a recogniser that misheard a long term', () => {
  it('reads words that sound like a device as it when a side or body part follows', () => {
    expect(record('turnakit high and tight left thigh fourteen twenty two').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:22' },
    ]);
    expect(record('tore nick it on the right thigh oh five fifty three').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '05:53' },
    ]);
  });
  it('reads a tourniquet said with its last sound swallowed ("tor nicky") when a place follows', () => {
    expect(record('tor nicky high on the left arm one one two zero').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '11:20' },
    ]);
  });
  it('reads words that sound like a drug as it when a dose follows', () => {
    expect(record('pain ten key to mean fifty milligrams I M oh six oh two').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '06:02' },
    ]);
  });
  it('reads a six-letter drug a recogniser split in two when its dose follows, but no six-letter device', () => {
    expect(record('nauseous so we gave so fran eight milligrams by mouth').medications).toEqual([
      { name: 'ondansetron', dose: '8 mg', route: 'PO' },
    ]);
    expect(record('zo fran 4 mg IV at 0320').medications).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '03:20' },
    ]);
    expect(record('had him bend her left arm, she could').interventions).toBeUndefined();
  });
  it('reads a fluid a recogniser split in two when the way in follows, and not without it', () => {
    expect(record('then we ran two fifty of hart mans I O at oh four ten').fluids).toEqual([
      { name: 'crystalloid', volume_ml: 250, route: 'IO', time: '04:10' },
    ]);
    expect(record('the hex tend went badly, pulse 90.').fluids).toBeUndefined();
  });
  it('reads a term whose first sounds the recogniser wrote as its known short form ("ket a mean")', () => {
    expect(
      record('zofran four milligrams i v ket a mean ket a mean fifty milligrams i m at twenty one ten').medications,
    ).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '21:10' },
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '21:10' },
    ]);
  });
  it('leaves words that sound alike alone without what the term takes', () => {
    expect(record('he tore his sleeve, nick it with the shears. Pulse 90.').interventions).toBeUndefined();
    expect(record('the key to me and him was speed. Ketamine given.').medications).toEqual([{ name: 'ketamine' }]);
    expect(record('turn a kit over. Left arm splinted.').interventions).toEqual([
      { type: 'splint', location: 'left_arm' },
    ]);
  });
  it('never reads ordinary words that precede a side, a body part or a dose as a term', () => {
    const ordinary =
      'Turned him onto his left side, cut the sleeve on the right arm, took a knee at the left leg, ' +
      'carried him to the truck, his right hand was cold, then we gave fifty milligrams. ' +
      'The team moved in; quick turn at the right flank; the kit went to the left; trying to get the right leg out.';
    const r = record(ordinary);
    expect(r.interventions).toBeUndefined();
    expect(r.medications).toBeUndefined();
  });
});

describe('an article before a hundred or a thousand', () => {
  it("is the number's, never the end of a drug name misheard", () => {
    expect(extractRecord('Gave Tylenol a thousand three hundred milligrams PO.').medications).toEqual([
      { name: 'acetaminophen', dose: '1300 mg', route: 'PO' },
    ]);
  });
});

describe('a recogniser writing what it heard as ordinary words', () => {
  it('reads "TQ" said as its letters, written as the words they sound like', () => {
    expect(record('tee queue on the left thigh at zero nine ten').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:10' },
    ]);
  });
  it('reads a tourniquet said with its "n" dropped ("tore a kit"), and not ordinary words with its skeleton', () => {
    expect(record('buddy threw a tor a kit on his right thigh, one four zero five').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '14:05' },
    ]);
    expect(record('pinned by the truck at 1615 left foot crushed').interventions).toBeUndefined();
  });
  it('reads an oral transmucosal route as the lozenge, not a pill swallowed', () => {
    expect(record('gave him fentanyl four hundred micrograms oral trans mucosal').medications).toEqual([
      { name: 'fentanyl', dose: '400 mcg', route: 'OTFC' },
    ]);
  });
});
