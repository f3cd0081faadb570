import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readTransposedTable } from './transposed-tables.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a casualty table on its side, a column a casualty', () => {
  it('reads each column as its casualty, each row as the field its first cell names', () => {
    const text = [
      'Casualty sheet, FOB Ridge',
      'Item | Pt 1 | Pt 2',
      'Name | Sgt Tomas Brandt | Cpl Ines Adebayo',
      'Roster | TB4410 | IA2291',
      'Sex | M | F',
      'Wounds | GSW L upper arm | burns both hands',
      'TQ | L upper arm 0312 | -',
      'VS 0320 | HR 124 BP 96/60 | HR 90 BP 128/80',
      'Evac | Urgent | Routine',
      'Grid for both 18T VL 1234 5678.',
    ].join('\n');
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(a.casualty).toEqual({ name: 'Tomas Brandt', battle_roster: 'TB4410', sex: 'male' });
    expect(a.injuries).toEqual([{ type: 'gsw', location: 'left_arm' }]);
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '03:12' }]);
    expect(a.vitals).toEqual([{ time: '03:20', pulse: 124, systolic: 96, diastolic: 60 }]);
    expect(a.evac_priority).toBe('urgent');
    expect(b.casualty).toEqual({ name: 'Ines Adebayo', battle_roster: 'IA2291', sex: 'female' });
    expect(b.interventions).toBeUndefined();
    expect(b.evac_priority).toBe('routine');
    expect([a.location_grid, b.location_grid]).toEqual(['18TVL12345678', '18TVL12345678']);
  });

  it('reads a table cut by tabs whose first row names the casualties, a field of two parts cut at its slash', () => {
    const text = [
      'Name\tHale\tMoreno',
      'Rank/roster\tPFC / JH7781\tSPC / RM0932',
      'MOI\tfall\tfall',
      'Meds\tnone\tketamine 30 mg IM 1405',
      'Allergies\tNKDA\tnot asked',
    ].join('\n');
    const [a, b] = records(text);
    expect(a.casualty).toEqual({ name: 'Hale', battle_roster: 'JH7781', allergies: 'NKDA' });
    expect(a.medications).toBeUndefined();
    expect(b.casualty).toEqual({ name: 'Moreno', battle_roster: 'RM0932' });
    expect(b.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '14:05' }]);
  });

  it('leaves a tracker with a row a casualty and a table of one column of values to other readers', () => {
    expect(readTransposedTable('No | Name | Sex | MOI\n1 | Hale | M | fall\n2 | Moreno | F | fall')).toBeNull();
    expect(readTransposedTable('Pulse | 110\nBP | 100/60\nRR | 20')).toBeNull();
  });
});

describe('a card field heading a sentence', () => {
  it('is no second person in a casualty\'s words: "Wounds:" after a field closed by a full stop', () => {
    const [a, b] = records(
      'Patient 1, Sgt Tomas Brandt: Sex: M. Wounds: frag L calf.\nPatient 2, Cpl Ines Adebayo: Sex: F. Wounds: frag R hand.',
    );
    expect([a.injuries, b.injuries]).toEqual([
      [{ type: 'penetrating', location: 'left_leg' }],
      [{ type: 'penetrating', location: 'right_arm' }],
    ]);
  });
});
