import { describe, expect, it } from 'vitest';
import { groundRecord, narrativeEvidence } from '../grounding.js';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a dose said without its unit', () => {
  it("takes the drug's customary unit when a route, a time or the clause's end follows the amount", () => {
    expect(meds('Ketamine 30 IM at 1412.')).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '14:12' }]);
    expect(meds('Moxifloxacin, 400, PO.')).toEqual([{ name: 'moxifloxacin', dose: '400 mg', route: 'PO' }]);
    expect(meds('gave him forty of ketamine IV')).toEqual([{ name: 'ketamine', dose: '40 mg', route: 'IV' }]);
    expect(meds('Zofran 4, then we moved.')).toEqual([{ name: 'ondansetron', dose: '4 mg' }]);
  });
  it('gives no dose to an amount another unit or no dose of the drug would fit, or that is something else', () => {
    expect(meds('Fentanyl 0.1 IV.')).toEqual([{ name: 'fentanyl', route: 'IV' }]);
    expect(meds('Ketamine 2 IV.')).toEqual([{ name: 'ketamine', route: 'IV' }]);
    expect(meds('Ketamine 20 minutes ago.')).toEqual([{ name: 'ketamine' }]);
    expect(meds('Fentanyl OTFC 1435.')).toEqual([{ name: 'fentanyl', route: 'OTFC', time: '14:35' }]);
  });
  it('reads a bare amount that corrects a dose in the unit of the dose it corrects, not as a dose by the name', () => {
    const text = 'Morphine 5 mg IM, no, make that 10, at 0815.';
    expect(meds(text)).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '08:15' }]);
    expect(groundRecord(extractRecord(text), text).dropped).toEqual([]);
  });
  it('reads a four-digit amount as a dose, not a clock time, in a list whose entry beside it is a drug and its dose', () => {
    expect(meds('Pill pack, all PO: Mobic 15 mg, Tylenol 1000, moxi 400 mg.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
    ]);
    expect(meds('Handed him acetaminophen 1300, meloxicam 15, to swallow.')).toContainEqual(
      expect.objectContaining({ name: 'acetaminophen', dose: '1300 mg' }),
    );
    const text = 'Pill pack, all PO: Mobic 15 mg, Tylenol 1000, moxi 400 mg.';
    expect(groundRecord(extractRecord(text), text).dropped).toEqual([]);
  });
  it('reads the amount after a drug joined by "and" to a drug with its dose as a dose, not a time', () => {
    expect(meds('Swallow these: ibuprofen, eight hundred milligrams, and Tylenol, one thousand.')).toEqual([
      { name: 'other', dose: '800 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
    ]);
    expect(meds('Meloxicam 15 mg and acetaminophen 1300 by mouth.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '1300 mg', route: 'PO' },
    ]);
  });
  it('keeps a four-digit amount a time beside a drug and its time, or after a dose with its unit', () => {
    expect(meds('Fentanyl OTFC 1435, ketamine 1440.')).toContainEqual(
      expect.objectContaining({ name: 'fentanyl', time: '14:35' }),
    );
    expect(meds('TXA 1 g IV 1300, morphine 5 mg IV.')).toContainEqual({
      name: 'txa',
      dose: '1 g',
      route: 'IV',
      time: '13:00',
    });
  });
  it('reads four digits between a drug and its route as the dose when a time follows the route', () => {
    expect(meds('Mobic 15 PO + APAP 1000 PO 0950')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO', time: '09:50' },
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO', time: '09:50' },
    ]);
    expect(meds('Tylenol 1300 PO at 2245.')).toEqual([
      { name: 'acetaminophen', dose: '1300 mg', route: 'PO', time: '22:45' },
    ]);
    // With no time after the route, four digits after the name stay a time ("fentanyl 1435 OTFC").
    expect(meds('Fentanyl 1435 OTFC.')).toEqual([{ name: 'fentanyl', route: 'OTFC', time: '14:35' }]);
  });
  it('reads a number a recogniser wrote as its homophone before a unit', () => {
    expect(meds('ondansetron for milligrams IV')).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV' }]);
    expect(meds('TXA to grams IO')).toEqual([{ name: 'txa', dose: '2 g', route: 'IO' }]);
    expect(meds('Gave ketamine for the pain.')).toEqual([{ name: 'ketamine' }]);
  });
});

describe('the grounding check on a dose said without its unit', () => {
  it("accepts the amount in the drug's customary unit, said by its name, and nothing else", () => {
    const said = narrativeEvidence('Ket 50 IM in the thigh. Then twenty of morphine, no wait, ten.');
    expect(said.hasDose('50 mg', 'ketamine')).toBe(true);
    expect(said.hasDose('50 mcg', 'ketamine')).toBe(false);
    expect(said.hasDose('50 mg')).toBe(false);
    expect(said.hasDose('50 mg', 'morphine')).toBe(false);
    // Said, if taken back: whether the correction holds is the reader's question, not the check's.
    expect(said.hasDose('20 mg', 'morphine')).toBe(true);
    expect(said.hasDose('10 mg', 'morphine')).toBe(false);
    expect(narrativeEvidence('twelve of morphine IV').hasDose('12 mg', 'morphine')).toBe(true);
  });
  it("keeps a model's dose so grounded", () => {
    const record = { medications: [{ name: 'ketamine' as const, dose: '50 mg', route: 'IM' as const }] };
    expect(groundRecord(record, 'Ket 50 IM.').record.medications).toEqual(record.medications);
    expect(groundRecord(record, 'Ket IM, 50 minutes ago.').dropped.map((d) => d.path)).toEqual(['/medications/0/dose']);
  });
});

describe('a bare dose closing its entry in a list joined by "and"', () => {
  it('is the dose when another drug follows the "and"', () => {
    expect(meds('Gave moxi 400 and Mobic 15 PO.')).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
    ]);
    expect(meds('Ketamine 20 & fentanyl 50 mcg IV.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV' },
    ]);
  });
});

describe('a bare round four-digit amount right after a drug, that a dose of it could be', () => {
  it('is read as neither the dose nor the clock, and no other act takes it as its time', () => {
    expect(meds('Her headache is bad, handed her paracetamol 1000 with some water.')).toEqual([
      { name: 'acetaminophen' },
    ]);
    expect(extractRecord('TXA, 2000, pushed slow. Then we splinted the right ankle.')).toMatchObject({
      medications: [{ name: 'txa' }],
      interventions: [{ type: 'splint', location: 'right_leg' }],
    });
  });
  it('stays a time said with "at", as no round amount, or as no dose of that drug', () => {
    expect(meds('Paracetamol at 1000 by mouth.')).toEqual([{ name: 'acetaminophen', route: 'PO', time: '10:00' }]);
    expect(meds('Fentanyl 1430, lozenge in the cheek.')?.[0]?.time).toBe('14:30');
    expect(meds('Morphine 1100 IV.')?.[0]?.time).toBe('11:00');
  });
});
