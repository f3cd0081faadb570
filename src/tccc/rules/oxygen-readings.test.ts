import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('oxygen said after a saturation', () => {
  it('tells how the reading was taken, adding nothing when the oxygen given is named elsewhere', () => {
    expect(extractRecord('O2 via NC 4 L at 0305. 0320 recheck: HR 96, SpO2 99% on O2, pain 3.').interventions).toEqual([
      { type: 'oxygen', time: '03:05' },
    ]);
  });
  it('is kept when it is the only word of the oxygen', () => {
    expect(extractRecord('0320 recheck: HR 96, SpO2 99% on O2.').interventions).toEqual([
      { type: 'oxygen', time: '03:20' },
    ]);
  });
});

describe('oxygen said with a saturation after it', () => {
  it('is the reading, not oxygen given', () => {
    expect(extractRecord('Pulse 104, his oxygen is 93 percent.').interventions).toBeUndefined();
    expect(extractRecord("Resps eighteen, oxygen's ninety-four.").interventions).toBeUndefined();
  });
  it('is oxygen given when the number is its flow', () => {
    expect(extractRecord('Oxygen is 10 L by NRB.').interventions).toEqual([{ type: 'oxygen' }]);
  });
});
