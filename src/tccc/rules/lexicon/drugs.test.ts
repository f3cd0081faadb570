import { describe, expect, it } from 'vitest';
import { extractRecord } from '../index.js';

describe('drugs outside the record list', () => {
  it('record esketamine as another drug, not as ketamine', () => {
    expect(extractRecord('Esketamine 25 mg IM at 1425.').medications).toEqual([
      { name: 'other', dose: '25 mg', route: 'IM', time: '14:25' },
    ]);
  });
});
