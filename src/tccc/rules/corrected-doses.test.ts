import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a dose taken back by "no" and said again after an aside', () => {
  it('passes over the amounts said bare on the way to the new dose', () => {
    expect(
      extractRecord('Fentanyl one hundred mcg IV at 0815, hold on, no, I drew up a hundred, he got fifty, 50 mcg IV.')
        .medications,
    ).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '08:15' }]);
  });
  it('keeps the dose when the aside reads a vital sign before the next amount', () => {
    expect(extractRecord('Morphine 10 mg IV at 0815, no, pulse 110, then 5 mg at 0830.').medications?.[0]).toEqual({
      name: 'morphine',
      dose: '10 mg',
      route: 'IV',
      time: '08:15',
    });
  });
});
