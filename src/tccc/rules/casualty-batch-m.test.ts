import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('how casualties are told apart and their facts kept to each', () => {
  it('reads a zap number printed with a space between letters and digits as the heading of each entry', () => {
    const found = records(
      'Mortar impact at 0205, two casualties. Zap KT 1182: frag L thigh, TQ L leg 0208. HR 130. Urgent. ' +
        'Zap RB 4407: frag R hand, pressure dsg. HR 88, alert. Routine.',
    );
    expect(found.map((r) => r.casualty?.battle_roster)).toEqual(['KT1182', 'RB4407']);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
    expect(pulses(found)).toEqual([[130], [88]]);
  });
});
