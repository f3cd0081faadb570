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
