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

describe('the AVPU level said as the stimulus', () => {
  it('reads "he\'s voice" and eyes opening when the medic says the name as a response to voice', () => {
    expect(vitals("Pulse 124, she's voice, RR 22.")).toEqual([{ pulse: 124, avpu: 'V', resp_rate: 22 }]);
    expect(vitals('Eyes open when I say her name, HR 101.')).toEqual([{ avpu: 'V', pulse: 101 }]);
  });
  it('reads nothing from "he\'s pain…", which may be free of pain', () => {
    expect(vitals("He's pain free now, HR 80.")).toEqual([{ pulse: 80 }]);
  });
});
