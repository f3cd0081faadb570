import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { extractRecord } from './index.js';
import { findVitals } from './vitals.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('the cuff named as the pressure', () => {
  it('reads a pair after the cuff, with or without a verb of its display', () => {
    expect(vitals('Pulse 96, cuff 104/66, RR 18.')).toEqual([
      { pulse: 96, systolic: 104, diastolic: 66, resp_rate: 18 },
    ]);
    expect(vitals("SpO2 95, the cuff's showing one ten over seventy now.")).toEqual([
      { spo2: 95, systolic: 110, diastolic: 70 },
    ]);
    expect(vitals('Cuff says ninety over fifty-six, pulse one-thirty.')).toEqual([
      { systolic: 90, diastolic: 56, pulse: 130 },
    ]);
  });
  it('reads no lone number after the cuff', () => {
    expect(vitals('Pneumatic cuff up to 250, pulse 88.')).toEqual([{ pulse: 88 }]);
    expect(vitals("Cuff's on the left arm, pulse 88.")).toEqual([{ pulse: 88 }]);
  });
});

describe('the medic saying he took a sign himself', () => {
  it('keeps the signs of a sentence where he stresses that he measured them', () => {
    expect(extractRecord('Pulse 100, breathing twenty-two, I checked it myself.').vitals).toEqual([
      { pulse: 100, resp_rate: 22 },
    ]);
    expect(extractRecord('HR 92. RR 16, timed those myself, he is alert.').vitals).toEqual([
      { pulse: 92, resp_rate: 16, avpu: 'A' },
    ]);
  });
  it('still takes the medic hurt himself as someone else', () => {
    expect(extractRecord('Pulse 100. I cut my own hand myself, pulse 80.').vitals).toEqual([{ pulse: 100 }]);
  });
});
