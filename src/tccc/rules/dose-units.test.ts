import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('the unit of a dose', () => {
  it('keeps the number and takes the unit said after a marker that takes the first unit back', () => {
    expect(meds('Fentanyl fifty milligrams, sorry, micrograms, IN at 0301.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IN', time: '03:01' },
    ]);
    expect(meds('Ketamine fifty micrograms no milligrams IM.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
    ]);
  });
  it('takes a second unit said straight after the first, past a pause, as the unit meant', () => {
    expect(meds('Ketamine fifty micrograms... milligrams, fifty milligrams IM at 1410.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:10' },
    ]);
    expect(meds('Fentanyl one hundred milligrams, micrograms, IN.')).toEqual([
      { name: 'fentanyl', dose: '100 mcg', route: 'IN' },
    ]);
  });
  it('leaves a dose corrected whole, and two doses in a list, to their own readings', () => {
    expect(meds('Morphine 10 mg, no, 20 mg IV.')).toEqual([{ name: 'morphine', dose: '20 mg', route: 'IV' }]);
    expect(meds('TXA 2 grams IV, ketamine 50 mg IV.')).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV' },
      { name: 'ketamine', dose: '50 mg', route: 'IV' },
    ]);
  });
  it('reads a unit a recogniser split in two ("micro grams", "milli grams")', () => {
    expect(meds('fentanyl lozenge eight hundred micro grams at one four three zero')).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:30' },
    ]);
    expect(meds('gave ketamine fifty milli grams IM')).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
  });
  it('never gives a drug the dose said after the drug before it, in speech with no stops', () => {
    expect(meds('txa two grams iv at one four two eight fentanyl lozenge at one four three zero')).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '14:28' },
      { name: 'fentanyl', route: 'OTFC', time: '14:30' },
    ]);
    // A repeat with no unit is the last dose again, said before it.
    expect(meds('morphine two point five milligrams iv at 1130 another two point five at 1135')).toEqual([
      { name: 'morphine', dose: '2.5 mg', route: 'IV', time: '11:30' },
      { name: 'morphine', dose: '2.5 mg', route: 'IV', time: '11:35' },
    ]);
  });
  it('reads "i n" set off from the unit by a comma as intranasal', () => {
    expect(meds('fentanyl fifty micrograms, I N at zero three zero one')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IN', time: '03:01' },
    ]);
  });
  it('counts one of a unit said with an article', () => {
    expect(meds('Then Tylenol half a gram, uh, no, a full gram, by mouth.')).toEqual([
      { name: 'acetaminophen', dose: '1 g', route: 'PO' },
    ]);
  });
});

describe('the route of a dose', () => {
  it('reads a route whose prefix the transcript split off as a word of its own', () => {
    expect(meds('ketamine fifty milligrams intra nasal at 1112')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IN', time: '11:12' },
    ]);
    expect(meds('morphine ten milligrams intra muscular')).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM' }]);
    expect(meds('TXA one gram intra venous')).toEqual([{ name: 'txa', dose: '1 g', route: 'IV' }]);
  });
  it('gives a dose said after "another" to the drug named right after it, not to the drug before', () => {
    expect(meds('Ertapenem one gram IV at 0745. Another twenty five micrograms fentanyl IV at 0750.')).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '07:45' },
      { name: 'fentanyl', dose: '25 mcg', route: 'IV', time: '07:50' },
    ]);
  });
  it('reads the letter said as the unit ("two gee", "one gee")', () => {
    expect(meds('Gave cefazolin two gee IV at 1105.')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '11:05' },
    ]);
    expect(meds('TXA one gee IO.')).toEqual([{ name: 'txa', dose: '1 g', route: 'IO' }]);
  });
  it('never gives a drug the dose of an earlier giving said with its own time before it', () => {
    expect(meds('ertapenem one gram i v at twenty one ten morphine four milligrams i v at twenty one twelve')).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '21:10' },
      { name: 'morphine', dose: '4 mg', route: 'IV', time: '21:12' },
    ]);
    expect(meds('Zofran 4 mg IV 0650, ketamine, pushed slow')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '06:50' },
      { name: 'ketamine' },
    ]);
    // The same drug said again after its timed giving is that giving ("ok ertapenem is in").
    expect(meds('about to give cefazolin two grams i v ten forty ok cefazolin is in')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '10:40' },
    ]);
  });
  it('reads a drug named twice over as one drug, which takes no time said before its first naming', () => {
    expect(meds('pulse one ten at oh nine oh five morphine morphine four milligrams i v')).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV' },
    ]);
    expect(meds('sats 92 1310 um ketamine ketamine 20 milligrams IM')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IM' },
    ]);
  });
});

describe('an amount said before the next drug or fluid', () => {
  it('is that one’s amount, not the dose of the drug named before it', () => {
    const record = extractRecord('We pushed 2 grams of TXA IO and then 250 ml Hextend IO.');
    expect(record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IO' }]);
    expect(record.fluids).toEqual([{ name: 'hextend', volume_ml: 250, route: 'IO' }]);
    expect(meds('Fentanyl IN, after that 8 mg of Zofran IV.')).toEqual([
      { name: 'fentanyl', route: 'IN' },
      { name: 'ondansetron', dose: '8 mg', route: 'IV' },
    ]);
  });
  it('stays the drug’s dose when the next drug has its own ("ketamine 30 mg fentanyl 50 mcg")', () => {
    expect(meds('ketamine 30 mg fentanyl 50 mcg IV')).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IV' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV' },
    ]);
  });
});

describe('a route heard as words right after a dose', () => {
  it('reads "I am", "I\'m", "I owe" and "I\'ve" after a dose as IM, IO and IV', () => {
    expect(meds('Gave Toradol thirty milligrams I am at 1620.')).toEqual([
      { name: 'other', dose: '30 mg', route: 'IM', time: '16:20' },
    ]);
    expect(meds("Ertapenem one gram, I'm.")).toEqual([{ name: 'ertapenem', dose: '1 g', route: 'IM' }]);
    expect(meds('Then fentanyl. Fifty micrograms. I owe.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IO' },
    ]);
    expect(meds("morphine 4 mg I've 0915")).toEqual([{ name: 'morphine', dose: '4 mg', route: 'IV', time: '09:15' }]);
  });
  it('leaves the words as the speaker when more is said after them', () => {
    expect(meds('Morphine 5 mg. I am worried about his breathing.')).toEqual([{ name: 'morphine', dose: '5 mg' }]);
    expect(meds("Ketamine 20 mg, I've got the IO now.")).toEqual([{ name: 'ketamine', dose: '20 mg' }]);
  });
});

describe('a dose said again on the radio', () => {
  it('keeps the route said after "I say again" and its repeat as the drug’s, not a line placed', () => {
    const record = extractRecord('Ketamine figures five zero milligrams, I say again five zero milligrams, IO, over.');
    expect(record.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IO' }]);
    expect(record.interventions).toBeUndefined();
    expect(extractRecord('Ertapenem one gram, I say again, one gram, IV at 0740.').medications).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '07:40' },
    ]);
  });
});

describe('a drug dosed in milliequivalents or millilitres', () => {
  it('reads bicarbonate and the tetanus vaccine as other drugs, each with its dose said', () => {
    expect(
      meds('Pushed bicarbonate, one hundred milliequivalents, IV at 1402. Tetanus toxoid 0.5 ml IM 1410.'),
    ).toEqual([
      { name: 'other', dose: '100 meq', route: 'IV', time: '14:02' },
      { name: 'other', dose: '0.5 ml', route: 'IM', time: '14:10' },
    ]);
  });
  it('reads no bicarbonate said not carried', () => {
    expect(meds('No bicarb on the truck. Calcium 1 g IV.')).toEqual([{ name: 'calcium', dose: '1 g', route: 'IV' }]);
  });
  it('reads a spoken "mil" of a drug dosed by weight as milligrams, within its field doses only', () => {
    expect(
      meds('Fifty mil of ket IM. Mobic fifteen mil and moxi four hundred mil, PO. Drawing ket, one mil IV.'),
    ).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
      { name: 'ketamine', dose: '1 ml', route: 'IV' },
    ]);
  });
});
