import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('a time of injury said to be wrong and set right', () => {
  it('takes the time given after the label is called wrong, wherever the field stands', () => {
    expect(toi('Time of injury: 0320. GSW L thigh. Remarks: time of injury is wrong, should be 0305.')).toBe('03:05');
    expect(toi('TOI 1710, frag R arm. TOI written is incorrect, was 1655 when the round landed.')).toBe('16:55');
  });
  it('keeps the field when no word says it was wrong', () => {
    expect(toi('TOI 1710. Frag R arm. TOI noted, 1725 TQ R arm.')).toBe('17:10');
  });
});
