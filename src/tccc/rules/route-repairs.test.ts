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
