import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a route said over right after another', () => {
  it('is the route when said twice straight after the first, with only pauses or a restating word between', () => {
    expect(meds('Morphine 5 mg IM... IV, IV.')).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV' }]);
    expect(meds('Fentanyl 50 mcg IV, IO, sorry, via the IO.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IO' },
    ]);
  });
  it('leaves the first route when the second is said once or is another act', () => {
    expect(meds('Morphine 5 mg IV, IM.')).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV' }]);
    expect(meds('Ketamine 20 mg IV, IO placed, IO flushed.')).toContainEqual({
      name: 'ketamine',
      dose: '20 mg',
      route: 'IV',
    });
  });
});

describe('a route taken back by a lone "no"', () => {
  it('gives the drug the route said after the "no"', () => {
    expect(meds('Morphine 5 mg IM... no, sorry, it went IV.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV' },
    ]);
    expect(meds('Ondansetron 4 mg PO, no, make that IM, at 1105.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IM', time: '11:05' },
    ]);
  });
  it('keeps the route when the "no" says what there was not', () => {
    expect(meds('Ketamine 20 mg IM, no IV access yet.')).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IM' }]);
  });
});
