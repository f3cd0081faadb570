import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readLogTable } from './log-tables.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('a casualty log kept as a table, a timed row an entry', () => {
  const log = [
    'Rollover, truck 3 - treatment log',
    '| Time (Z) | Entry | Who |',
    '|---|---|---|',
    '| 1702 | CAT L thigh high and tight | CPL Vance |',
    '| 1709 | HR 126, BP 98/60, RR 24, SpO2 93% | SGT Ibarra |',
    '| 1714 | TXA 2 g IV | CPL Vance |',
    'Pt is PFC Dana Whitlock.',
  ].join('\n');

  it('dates each act and set by its row, and names the casualty, not who made the entry', () => {
    const r = record(log);
    expect(r.casualty?.name).toBe('Dana Whitlock');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '17:02' }]);
    expect(r.vitals).toEqual([{ time: '17:09', pulse: 126, systolic: 98, diastolic: 60, resp_rate: 24, spo2: 93 }]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '17:14' }]);
  });

  it('points a fact back at the cells as typed', () => {
    const ev = extractCasualties(log).casualties[0].evidence.find((e) => e.path.endsWith('/pulse'));
    expect(log.slice(ev!.start, ev!.end)).toBe('HR 126');
  });

  it('leaves a table whose columns name the signs to the vitals table reader', () => {
    expect(readLogTable('| Time | HR | SpO2 |\n| 0810 | 110 | 95 |\n| 0830 | 100 | 97 |')).toBeNull();
  });

  it('needs rows that open with a time', () => {
    expect(readLogTable('| Time | Event |\n| early | TQ on |\n| later | IV |')).toBeNull();
  });
});
