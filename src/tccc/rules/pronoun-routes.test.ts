import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a route said of the drugs just given by a pronoun', () => {
  it('gives "them" to each drug before it with no route, across the sentences of the list', () => {
    expect(meds('Handed him the Tylenol. Then the meloxicam too. He swallowed them.')).toEqual([
      { name: 'acetaminophen', route: 'PO' },
      { name: 'meloxicam', route: 'PO' },
    ]);
  });
  it('gives "it" to the last drug only, and stops at a drug with its own route', () => {
    expect(meds('Motrin 800 mg. Zofran 4 mg. Had him swallow it.')).toEqual([
      { name: 'other', dose: '800 mg' },
      { name: 'ondansetron', dose: '4 mg', route: 'PO' },
    ]);
    expect(meds('Tylenol 1 g. Ketamine 50 mg IM. He swallowed them.')).toEqual([
      { name: 'acetaminophen', dose: '1 g' },
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
    ]);
  });
});

describe('a drug name restarted before it is said whole', () => {
  it('is one drug ("the moxi... mox... moxifloxacin")', () => {
    expect(meds('Gave the Mobic. And the moxi... mox... moxifloxacin. He swallowed them. Zero nine forty.')).toEqual([
      { name: 'meloxicam', route: 'PO' },
      { name: 'moxifloxacin', time: '09:40', route: 'PO' },
    ]);
  });
});
