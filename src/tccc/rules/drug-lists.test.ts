import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications;

describe('a route said after the last drug of a list', () => {
  it('goes to the drugs before it', () => {
    expect(meds('Gave cefazolin 2 g and ondansetron 4 mg IV at 1805.')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '18:05' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '18:05' },
    ]);
  });
  it('never goes to a drug said to be given before the next one is named', () => {
    expect(meds('moxifloxacin is in morphine four milligrams I M').find((m) => m.name === 'moxifloxacin')).toEqual({
      name: 'moxifloxacin',
    });
  });
});

describe('a drug said to be given after it was going to be', () => {
  it('takes the dose and route said with the intent', () => {
    expect(meds('going to give cefazolin two grams I V now alright cefazolin is in')).toEqual([
      { name: 'cefazolin', dose: '2 g', route: 'IV' },
    ]);
  });
});
