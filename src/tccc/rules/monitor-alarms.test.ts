import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutMonitorAlarms } from './monitor-alarms.js';

describe('withoutMonitorAlarms', () => {
  it("blanks a device's bracketed reading, keeping offsets and other brackets", () => {
    const text = 'Probe on. [Propaq alarm: HR 39] Lead fell off. [engine noise] Pulse 96.';
    const out = withoutMonitorAlarms(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe('Probe on. Lead fell off. [engine noise] Pulse 96.');
  });

  it("reads the medic's numbers, not the alarm he waves off", () => {
    const record = extractCasualties(
      'Cuff cycling. [pulse ox: SpO2 72] Cold hands, ignore that. Fourteen ten: sat ninety-five, heart rate eighty-eight.',
    ).casualties[0].record;
    expect(record.vitals).toEqual([{ time: '14:10', spo2: 95, pulse: 88 }]);
  });
});
