import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('litters known by where they ride in the rack', () => {
  const log =
    'Two litters aboard.\n' +
    'Upper right litter: SSG Dina Farouk. Burns both hands.\n' +
    'Lower right litter: PV2 Leo Grant. GSW R calf, TQ from ground.\n' +
    '1131Z upper: HR 120, SpO2 94.\n' +
    '1133Z lower: fentanyl 50 mcg IV.\n' +
    '1140Z upper: HR 104.';

  it('gives each place its own record, turned back to by its tier alone', () => {
    const [farouk, grant, ...rest] = records(log);
    expect(rest).toEqual([]);
    expect(farouk.casualty).toEqual({ name: 'Dina Farouk' });
    expect(farouk.vitals).toEqual([
      { time: '11:31', pulse: 120, spo2: 94 },
      { time: '11:40', pulse: 104 },
    ]);
    expect(grant.casualty).toEqual({ name: 'Leo Grant' });
    expect(grant.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '11:33' }]);
  });

  it('reads a Zulu time before a colon as no ZMIST zap line, and an adverb opening a sentence as no name', () => {
    const [farouk] = records(log.replace('1131Z upper:', '1131Z upper: Already had an IV.\n1131Z:'));
    expect(farouk.casualty).toEqual({ name: 'Dina Farouk' });
    expect(records(log)).toHaveLength(2);
  });
});
