import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readTable } from './tracker-tables.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a casualty tracker pasted as a table', () => {
  it('reads each row as its casualty, each cell as the field its column names', () => {
    const text = [
      'Patient board, OP Hawk, 2210',
      'Ser | Name | Zap | Allergies | MOI | Wounds | Care | Category',
      '1 | CPL Dana Whitlock | DW7710 | latex | GSW | GSW R shoulder | pressure dressing R shoulder 2151 | Urg',
      '2 | SPC Ari Batten |  | NKDA | grenade | frag L calf | CAT L thigh 2153 | Routine',
      'Both from the compound fight.',
    ].join('\n');
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(a.casualty).toEqual({ name: 'Dana Whitlock', battle_roster: 'DW7710', allergies: 'latex' });
    expect(a.evac_priority).toBe('urgent');
    expect(a.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '21:51' }]);
    expect(b.casualty).toEqual({ name: 'Ari Batten', allergies: 'NKDA' });
    expect(b.mechanism).toEqual(['grenade']);
    expect(b.evac_priority).toBe('routine');
    expect(b.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '21:53' }]);
  });

  it('reads a comma-separated table and a markdown one, names written surname first', () => {
    const csv = [
      'No,Name,Gender,Time hurt,Injury,Evac',
      '1,Oduya,F,0305,burns to both hands,Priority',
      '2,Farrant,M,0305,closed fx R ankle,Routine',
    ].join('\n');
    expect(records(csv).map((r) => [r.casualty, r.time_of_injury, r.evac_priority])).toEqual([
      [{ name: 'Oduya', sex: 'female' }, '03:05', 'priority'],
      [{ name: 'Farrant', sex: 'male' }, '03:05', 'routine'],
    ]);
    const markdown = [
      '| Pt | Name / rank | Roster | Wounds |',
      '|:--|---|---|---|',
      '| A | Sato, Kenji SGT | KS1234 | GSW L thigh |',
      '| B | Quill, Marta | — | lac R hand |',
    ].join('\n');
    expect(records(markdown).map((r) => r.casualty)).toEqual([
      { name: 'Kenji Sato', battle_roster: 'KS1234' },
      { name: 'Marta Quill' },
    ]);
  });

  it('leaves prose, a list of short words and a header with no rows as they are', () => {
    expect(readTable('Pulse 110, BP 90/60, RR 22, SpO2 94, alert.')).toBeNull();
    expect(readTable('Name, unit, roster, allergies: all unknown for now.\nGSW left arm.')).toBeNull();
    expect(readTable('Line | Name | Unit | Evac\n(no casualties yet)')).toBeNull();
  });
});

describe('evacuation categories written short or labelled', () => {
  it('reads "Urg", "URG-SURG" and a value after "Evac priority:", never the label itself', () => {
    const priority = (text: string) => records(text)[0].evac_priority;
    expect(priority('GSW left thigh, TQ 0412. Urg.')).toBe('urgent');
    expect(priority('Open fx R femur, splinted. Cat: URG-SURG')).toBe('urgent_surgical');
    expect(priority('Burns to the face. Evacuation priority: routine.')).toBe('routine');
    expect(priority('Burns to the face. Evac priority: to follow.')).toBeUndefined();
  });

  it('reads a TQ column as tourniquets, and notes under the table that call a row by its letter as that row', () => {
    const [a, b, ...rest] = records(
      [
        'Lettered | Name | Wounds | TQ | Priority',
        'A | tall one, gunner | GSW L calf | L thigh 1512 | urgent',
        'B | ? | burns to the face | -- | priority',
        'Notes:',
        '- A = CPL Jonah Reyes. HR 120 at 1520',
        '- B = PFC Ada Lindqvist, NKDA',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Jonah Reyes');
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '15:12' }]);
    expect(a.vitals).toEqual([{ time: '15:20', pulse: 120 }]);
    expect(b.casualty).toEqual({ name: 'Ada Lindqvist', allergies: 'NKDA' });
    expect(b.interventions).toBeUndefined();
  });

  it('reads notes bulleted under the table by the row number they open with ("* #1 …", "- #2 …")', () => {
    const text = [
      'Casualty board',
      '# | Name | Wounds | Category',
      '1 | CPL Ines Varga | frag R forearm | Priority',
      '2 | SPC Tomas Reed | burns L hand | Routine',
      'Notes:',
      '* #1 pulse 104 at 1510',
      '* #2 pulse 88 at 1512',
      '* #1 TQ R forearm 1505',
    ].join('\n');
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(a.vitals).toEqual([{ pulse: 104, time: '15:10' }]);
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '15:05' }]);
    expect(b.vitals).toEqual([{ pulse: 88, time: '15:12' }]);
    expect(b.interventions).toBeUndefined();
  });
  it('reads a spreadsheet export, its quoted cells holding commas, a rank in a column of its own', () => {
    const text = [
      'casualty sheet export, mortar strike FOB Raven',
      'No.,Rank,Name,Roster,Unit,Injuries,Treatment,Priority',
      '1,CPL,Yusuf Demir,YD4402,"2nd Sqd, B Trp 1-9 CAV","frag R forearm, frag R flank","CAT R arm 0641, Combat Gauze R flank 0644",Urgent',
      '2,PV2,Lena Fischer,,"2nd Sqd, B Trp 1-9 CAV",burn L hand,"burn dressing L hand, Tylenol 650 mg PO",',
    ].join('\n');
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(a.casualty).toEqual({ name: 'Yusuf Demir', battle_roster: 'YD4402', unit: '2nd Sqd, B Trp 1-9 CAV' });
    expect(a.evac_priority).toBe('urgent');
    expect(a.interventions).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '06:41' },
      { type: 'hemostatic_dressing', location: 'back', time: '06:44' },
    ]);
    expect(b.casualty?.name).toBe('Lena Fischer');
    expect(b.medications).toEqual([{ name: 'acetaminophen', dose: '650 mg', route: 'PO' }]);
  });
});

describe('a table with no name column', () => {
  it('reads the words of a "pt" column as the casualty it names, beside a number column', () => {
    const table = [
      'no | pt | wound | TQ',
      '1 | SGT Noor Haddad | GSW L arm | L arm 0510',
      '2 | PFC Ben Ortiz | frag R leg | R leg 0512',
    ];
    expect(records(table.join('\n')).map((r) => r.casualty?.name)).toEqual(['Noor Haddad', 'Ben Ortiz']);
  });
  it('names no one from a "pt" column of numbers', () => {
    const table = ['pt | wound | TQ', '1 | GSW L arm | L arm 0510', '2 | frag R leg | R leg 0512'];
    expect(records(table.join('\n')).some((r) => r.casualty?.name !== undefined)).toBe(false);
  });
});
