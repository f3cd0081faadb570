import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

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
  it('leaves a table whose first column is no time as it stands', () => {
    const r = one('Item | Event | Count | By\nCAT | used | 2 | Doc\nGauze | used | 1 | Doc');
    expect(r.interventions?.every((i) => i.time === undefined) ?? true).toBe(true);
  });
});
