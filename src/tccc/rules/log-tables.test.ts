import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readLogTable } from './log-tables.js';

const one = (text: string) => extractCasualties(text).casualties[0].record;

describe('a casualty log kept as a table, a row per event', () => {
  it("dates each row's act by the time in its own cell, and names no casualty after who did it", () => {
    const r = one(
      [
        'AID STATION LOG',
        '| Time | Action | Notes | Initials |',
        '|---|---|---|---|',
        '| 1902 | tourniquet | CAT L thigh | CPL Banks |',
        '| 1906 | meds | ketamine 50 mg IM | CPL Banks |',
        '| 1910 | fluids | Hextend 500 ml IV | SGT Ford |',
      ].join('\n'),
    );
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '19:02' }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '19:06' }]);
    expect(r.fluids).toEqual([{ name: 'hextend', volume_ml: 500, route: 'IV', time: '19:10' }]);
    expect(r.casualty?.name).toBeUndefined();
  });
  it('reads a row whose last cell is left blank, and a drug its row says was not given as none', () => {
    const r = one(
      [
        'time | event | detail | who',
        '2201 | pain | 7/10 |',
        '2203 | morphine | not given, BP low | --',
        '2204 | meds | Zofran 4 mg IV | Doc',
      ].join('\n'),
    );
    expect(r.medications).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '22:04' }]);
  });
  it("dates each act of a two-column log by its own row, not the next row's time", () => {
    const r = one(
      ['TIME | ENTRY', '1106 | TXA 2 g IO', '1109 | LTOWB 1 unit IO started', '1125 | Ertapenem 1 g IO'].join('\n'),
    );
    expect(r.medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IO', time: '11:06' },
      { name: 'ertapenem', dose: '1 g', route: 'IO', time: '11:25' },
    ]);
    expect(r.fluids?.map((f) => f.time)).toEqual(['11:09']);
  });
  it('leaves a table whose first column is no time as it stands', () => {
    const r = one('Item | Event | Count | By\nCAT | used | 2 | Doc\nGauze | used | 1 | Doc');
    expect(r.interventions?.every((i) => i.time === undefined) ?? true).toBe(true);
  });
});

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
    const r = one(log);
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
  it("gathers a log kept for several casualties under each one's name, leaving out who entered each row", () => {
    const text = [
      'aid station events, exported',
      'Time,Patient,Action,Details,Entered By',
      '1612,Omar Haddad,tx,"CAT L arm, tightened",SGT Pryce',
      '1613,Grace Kim,tx,"pressure dressing R calf",SGT Pryce',
      '1618,Omar Haddad,meds,"ketamine 30 mg IV",SPC Lund',
      '1620,Grace Kim,vitals,"HR 96, BP 124/80",SPC Lund',
    ].join('\n');
    const [a, b, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Omar Haddad');
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '16:12' }]);
    expect(a.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IV', time: '16:18' }]);
    expect(b.casualty?.name).toBe('Grace Kim');
    expect(b.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg', time: '16:13' }]);
    expect(b.vitals).toEqual([{ time: '16:20', pulse: 96, systolic: 124, diastolic: 80 }]);
  });
  it('reads a log kept past midnight across its day lines, each sign cell after its column name', () => {
    const r = one(
      [
        'time | HR | BP | SpO2 | notes',
        '--- 14 FEB ---',
        '2215 | | | | vented chest seal',
        '2220 | 118 | 128/80 | 91 | responds to voice',
        '2225 | | | | TXA 2 g IV',
        '--- 15 FEB ---',
        '0020 | 120 | | 88 | burped the seal',
        '0230 | | | | NS 250 ml IV',
      ].join('\n'),
    );
    expect(r.vitals).toEqual([
      { time: '22:20', pulse: 118, systolic: 128, diastolic: 80, spo2: 91, avpu: 'V' },
      { time: '00:20', pulse: 120, spo2: 88 },
    ]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '22:25' }]);
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 250, route: 'IV', time: '02:30' }]);
  });
});
