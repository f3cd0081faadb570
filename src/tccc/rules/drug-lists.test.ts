import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a route said after the last drug of a list', () => {
  it('goes to the drugs before it', () => {
    expect(meds('Gave cefazolin 2 g and ondansetron 4 mg IV at 1805.')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '18:05' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '18:05' },
    ]);
  });
  it('never goes to a drug said to be given before the next one is named', () => {
    expect(
      (meds('moxifloxacin is in morphine four milligrams I M') ?? []).find((m) => m.name === 'moxifloxacin'),
    ).toEqual({
      name: 'moxifloxacin',
    });
  });
});

describe('a drug said to be given after it was going to be', () => {
  it('takes the dose and route said with the intent', () => {
    expect(meds('going to give cefazolin two grams I V now alright cefazolin is in')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV' },
    ]);
  });
});

describe('a route said before the drugs it heads', () => {
  it('goes to each drug of a list after a colon', () => {
    expect(
      meds('Wound pack meds, everything PO: meloxicam 15 mg, acetaminophen 1000 mg, moxifloxacin 400 mg.'),
    ).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
    ]);
    expect(meds('Given by mouth: Mobic 15 mg and Tylenol 650 mg')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '650 mg', route: 'PO' },
    ]);
  });
  it('leaves a drug in another sentence, or after a colon that no route heads, to its own route', () => {
    expect(meds('All PO: Mobic 15 mg. Ketamine 50 mg.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'ketamine', dose: '50 mg' },
    ]);
    expect(meds('Meds: ketamine 50 mg')).toEqual([{ name: 'ketamine', dose: '50 mg' }]);
  });
  it('goes to each drug listed after a comma when the phrase it ends names a pack of pills', () => {
    expect(meds('She swallowed her combat pill pack PO, acetaminophen 1000 mg, meloxicam 15 mg.')).toEqual([
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
    ]);
  });
  it('heads no drug after a comma past another act, or after a phrase that names no pills', () => {
    expect(meds('Pill pack by mouth, IV left AC, TXA 2 g.')).toEqual([{ name: 'txa', dose: '2 g' }]);
    expect(meds('Drank water by mouth, ketamine 20 mg.')).toEqual([{ name: 'ketamine', dose: '20 mg' }]);
  });
});

describe('a drug said to go the same route', () => {
  it('goes the way the drug before it went', () => {
    expect(meds('Ketamine 50 mg IM at 0900, then ondansetron 4 mg, same route, 0905.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:00' },
      { name: 'ondansetron', dose: '4 mg', route: 'IM', time: '09:05' },
    ]);
    expect(meds('cefazolin two grams through the IO. morphine five milligrams same route')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IO' },
      { name: 'morphine', dose: '5 mg', route: 'IO' },
    ]);
  });
});

describe('an IV or IO said before "push"', () => {
  it('is the way the drug goes in, wherever in the sentence the drug was named', () => {
    expect(meds('Morphine, about a tenth of a milligram a kilo, call it eight milligrams, IV push, 1712.')).toEqual([
      { name: 'morphine', dose: '8 mg', route: 'IV', time: '17:12' },
    ]);
    expect(meds('TXA then, two grams, slowly, over ten minutes, IO push')).toEqual([
      { name: 'txa', dose: '2 g', route: 'IO' },
    ]);
  });
});

describe('pills handed over to swallow', () => {
  it('go by mouth', () => {
    expect(meds('Mate, meloxicam fifteen milligrams, swallow this for me.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
    ]);
    expect(meds('moxifloxacin 400 mg, get him to swallow it with some water')).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
    ]);
  });
});

describe('a giving said, then said again whole with its time', () => {
  it('is one giving, at that time', () => {
    expect(meds('Right, ketamine 20 mg IV. Ketamine 20 mg IV is in, 1642.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV', time: '16:42' },
    ]);
    expect(meds('morphine five milligrams i m ... yep morphine five milligrams i m at oh three ten')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IM', time: '03:10' },
    ]);
  });
  it('leaves a different dose, or another dose, as a giving of its own', () => {
    expect(meds('Ketamine 20 mg IV. Ketamine 10 mg IV at 1650.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV' },
      { name: 'ketamine', dose: '10 mg', route: 'IV', time: '16:50' },
    ]);
  });
});

describe('a route said of all the drugs of a list', () => {
  it('gives "both by mouth" or "all PO" to each drug of the list, past an aside', () => {
    expect(meds('Handed him meloxicam, fifteen milligrams, and two Tylenol, that is 1300 mg, both by mouth.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '1300 mg', route: 'PO' },
    ]);
    expect(meds('Moxifloxacin 400 mg, acetaminophen 650 mg, which is one tab, and meloxicam 15 mg, all PO.')).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '650 mg', route: 'PO' },
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
    ]);
  });
});

describe('a drug said again with the same time', () => {
  it('is the giving said before, its dose and route kept', () => {
    expect(
      extractRecord('Morphine ten milligrams IM, oh-eight-hundred. Card reads: morphine ten, oh-eight-hundred.')
        .medications,
    ).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '08:00' }]);
  });
  it('keeps a second dose at another time', () => {
    expect(extractRecord('Morphine 10 mg IM at 0800. Morphine 10 mg IM at 0830.').medications).toHaveLength(2);
  });
});

describe('"the" drug said with only its time after it was named with its dose', () => {
  it('is the giving named before, at that time', () => {
    expect(meds('Medic drew up 1 g of ertapenem IV. Pulse 96. He pushed the ertapenem at 1412.')).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '14:12' },
    ]);
  });
  it('is another giving when the one named before already had its time', () => {
    expect(meds('Ketamine 20 mg IV at 1400. Gave the ketamine again at 1420.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV', time: '14:00' },
      { name: 'ketamine', time: '14:20' },
    ]);
  });
});

describe('a drug named with its dose alone, then said given with that dose and a time', () => {
  it('is one giving, at that time', () => {
    expect(meds('One gram of ceftriaxone, please. Pulse 90. Ceftriaxone one gram IV in at 0640.')).toEqual([
      { name: 'other', dose: '1 g', route: 'IV', time: '06:40' },
    ]);
  });
  it('keeps both when the dose said given is another', () => {
    expect(meds('TXA 2 g. Pulse 110. TXA 1 g IV at 1410.')).toEqual([
      { name: 'txa', dose: '2 g' },
      { name: 'txa', dose: '1 g', route: 'IV', time: '14:10' },
    ]);
  });
});
