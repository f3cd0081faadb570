import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const vitals = (text: string) => extractRecord(text).vitals;

describe('a correction that names the sign it corrects', () => {
  it('replaces the last reading of that sign said before, even in an earlier turn', () => {
    expect(vitals('Pulse 112, SpO2 91, over. Roger. Also a correction on the pulse, pulse 108, over.')).toEqual([
      { pulse: 108, spo2: 91 },
    ]);
    expect(vitals('HR 96 and resps 22. Copy. Correction to his resps: 18.')).toEqual([{ pulse: 96, resp_rate: 18 }]);
  });
  it('replaces a pressure said as a pair with the pair after the correction', () => {
    expect(vitals('BP 84 over 50, pulse 130. Say again? Correction on BP, 94 over 60.')).toEqual([
      { systolic: 94, diastolic: 60, pulse: 130 },
    ]);
  });
  it('replaces the earlier reading when the sign is named again with its value and taken back', () => {
    expect(vitals('2000 HR 110, BP 130/85, RR 18. HR 110 - correction, 116, recounted.')).toEqual([
      { time: '20:00', pulse: 116, systolic: 130, diastolic: 85, resp_rate: 18 },
    ]);
    expect(vitals('2000 HR 110, BP 130/85. BP 130/85 - correction, 120/85.')).toEqual([
      { time: '20:00', pulse: 110, systolic: 120, diastolic: 85 },
    ]);
  });
});
