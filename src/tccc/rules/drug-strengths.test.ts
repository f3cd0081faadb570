import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a strength read off a label', () => {
  it('is no dose: the amount drawn up and said after it is, even a sentence later', () => {
    expect(meds('Morphine, 4 mg/ml on the carpuject. Giving one and a half ml, 6 mg IV at 1932.')).toEqual([
      { name: 'morphine', dose: '6 mg', route: 'IV', time: '19:32' },
    ]);
    expect(meds('Ketamine bottle reads one hundred milligrams per mil. Took up half a mil, so fifty mg IM.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
    ]);
  });
  it('reads a strength over an ampoule or several millilitres, and no amputation in the amp', () => {
    const record = extractRecord('Ondansetron eight milligrams per four ml amp, whole amp, 8 mg IV push, 0415.');
    expect(record.medications).toEqual([{ name: 'ondansetron', dose: '8 mg', route: 'IV', time: '04:15' }]);
    expect(record.injuries ?? []).toEqual([]);
    expect(meds('Cefazolin one gram per vial, two vials, two grams IV.')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV' },
    ]);
  });
  it('gives no dose when only the strength and the volume are said', () => {
    expect(meds('Fentanyl 50 mcg per ml, drew up 2 ml, IV push at 1105.')).toEqual([
      { name: 'fentanyl', route: 'IV', time: '11:05' },
    ]);
  });
  it('keeps a dose run in a bag, and a dose said before any strength', () => {
    expect(meds('TXA one gram in 100 ml over ten minutes.')).toEqual([{ name: 'txa', dose: '1 g' }]);
    expect(meds('Ketamine 50 mg IM at 0210. Vial was 500 mg per 10 ml.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '02:10' },
    ]);
  });
  it('still reads "mil" as a thousand in Spanish, but as a millilitre measured in English', () => {
    expect(meds('Le di Tylenol mil por boca.')).toEqual([{ name: 'acetaminophen', dose: '1000 mg', route: 'PO' }]);
    expect(meds('Naloxone, 0.4 mg a mil, a quarter mil is 0.1 mg IV push.')).toEqual([
      { name: 'naloxone', dose: '0.1 mg', route: 'IV' },
    ]);
  });
});

describe('a volume drawn up', () => {
  it('is no dose when the weighed dose it holds is said right after it', () => {
    expect(meds('Morphine: pulling up half a mil... that is five milligrams, IV push, 1250.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '12:50' },
    ]);
  });
  it('stays the dose of a drug given by volume', () => {
    expect(meds('Penthrox, three mil, inhaled, 0940.')).toEqual([{ name: 'other', dose: '3 ml', time: '09:40' }]);
  });
});

describe('a controlled-drug log', () => {
  it('reads the amount given as the dose, not the amount drawn, wasted or kept', () => {
    expect(
      meds('1618 Ketamine 500 mg/10 mL vial: 100 mg drawn up. 50 mg IM R thigh given 1619. 50 mg wasted.'),
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '16:19' }]);
    expect(meds('0950 Ketamine 50 mg/mL vial, 1 mL (50 mg) drawn. 20 mg IV given 0951. 30 mg wasted.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV', time: '09:51' },
    ]);
  });
  it('reads a second amp opened as no amputation', () => {
    const record = extractRecord('1120 Fentanyl 2nd amp, 100 mcg drawn. 50 mcg IV given 1121. 50 mcg wasted.');
    expect(record.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '11:21' }]);
    expect(record.injuries ?? []).toEqual([]);
  });
  it('keeps the amount drawn as the dose when no other is said', () => {
    expect(meds('Morphine 5 mg drawn up and pushed IV at 1405.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '14:05' },
    ]);
  });
});
