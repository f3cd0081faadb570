import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { findVitals } from './vitals.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('readListedAvpu', () => {
  it('reads a lone capital letter set off by middle dots as the AVPU', () => {
    expect(vitals('1402 - SpO2 91 · RR 28 · V\n')).toEqual([{ time: '14:02', spo2: 91, resp_rate: 28, avpu: 'V' }]);
    expect(vitals('Pulse 76 · U · pain 0')).toEqual([{ pulse: 76, avpu: 'U', pain: 0 }]);
    // A letter a value follows still labels that value.
    expect(vitals('BP 100/60 · P · 96')).toEqual([{ systolic: 100, diastolic: 60 }]);
  });

  it('reads the letter with a remark in brackets after it', () => {
    expect(vitals('2045 HR 98, SpO2 98%, V (still confused), pain 5/10')).toEqual([
      { time: '20:45', pulse: 98, spo2: 98, avpu: 'V', pain: 5 },
    ]);
  });
});
