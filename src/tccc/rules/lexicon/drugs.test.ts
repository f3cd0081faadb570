import { describe, expect, it } from 'vitest';
import { extractRecord } from '../index.js';

describe('drugs outside the record list', () => {
  it('record esketamine as another drug, not as ketamine', () => {
    expect(extractRecord('Esketamine 25 mg IM at 1425.').medications).toEqual([
      { name: 'other', dose: '25 mg', route: 'IM', time: '14:25' },
    ]);
  });
});

describe('the lozenge route written before the drug', () => {
  it('reads "OTFC fentanyl" as fentanyl by the lozenge', () => {
    expect(extractRecord('- OTFC fentanyl 800 mcg 1422').medications).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:22' },
    ]);
  });
});
