import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a route said first in the sentence, before the drug', () => {
  it('is the route of the drug named after it', () => {
    expect(meds('Shot going into the muscle of the left shoulder, morphine, five milligrams.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IM' },
    ]);
    expect(meds('Going IM now with the ketamine, 50 mg.')).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
  });
  it("is no later drug's when another drug comes between", () => {
    expect(meds('Morphine going IM, 5 mg, and Zofran 4 mg.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IM' },
      { name: 'ondansetron', dose: '4 mg' },
    ]);
  });
});
