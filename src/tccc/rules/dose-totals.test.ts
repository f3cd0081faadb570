import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications ?? [];

describe('doses given as a count of tablets or vials', () => {
  it('records the total said after the count, never the digits run together', () => {
    expect(meds('tylenol six fifty times two thirteen hundred milligrams by mouth done')).toEqual([
      { name: 'acetaminophen', dose: '1300 mg', route: 'PO' },
    ]);
    expect(meds('I gave him Tylenol five hundred milligrams times two, so one gram by mouth.')).toEqual([
      { name: 'acetaminophen', dose: '1 g', route: 'PO' },
    ]);
  });
  it('keeps the dose said when no total follows the count', () => {
    expect(meds('Tylenol 500 mg x 2 PO.')).toEqual([{ name: 'acetaminophen', dose: '500 mg', route: 'PO' }]);
  });
  it('reads a bare "thousand" before its unit as a thousand', () => {
    expect(meds('Tylenol thousand milligrams PO instead.')).toEqual([
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
    ]);
  });
});
