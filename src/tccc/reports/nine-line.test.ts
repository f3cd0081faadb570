import { describe, expect, it } from 'vitest';
import { buildNineLine, litterReason, nineLineText, type NineLineLine } from './nine-line.js';
import { EMPTY_RECORD, FULL_RECORD, SPARSE_RECORD } from './test-records.js';

const line = (lines: NineLineLine[], n: number) => lines.find((l) => l.line === n)!;

describe('buildNineLine', () => {
  it('fills location, precedence and litter from a full record and leaves medic lines missing', () => {
    const { lines, missing } = buildNineLine([FULL_RECORD]);
    expect(line(lines, 1)).toMatchObject({ value: '38SMB4484', source: 'record' });
    expect(line(lines, 3)).toMatchObject({ value: '1B (urgent surgical)', source: 'record' });
    expect(line(lines, 5)).toMatchObject({ value: 'L1', source: 'record', note: 'litter because: amputation R leg' });
    expect(missing).toEqual([2, 4, 6, 7, 8, 9]);
  });

  it('never invents line 4: an airway tube is not a ventilator', () => {
    const { lines } = buildNineLine([{ interventions: [{ type: 'et_tube' }] }]);
    expect(line(lines, 4)).toEqual({ line: 4, title: 'Special equipment required', source: 'missing' });
  });

  it('counts every casualty at the site by precedence, separated by BREAK', () => {
    const { lines } = buildNineLine([
      { evac_priority: 'urgent' },
      { evac_priority: 'priority' },
      { evac_priority: 'urgent' },
    ]);
    expect(line(lines, 3).value).toBe('2A (urgent) BREAK 1C (priority)');
  });

  it('leaves line 3 missing when any casualty lacks a precedence, and says what is known', () => {
    const { lines } = buildNineLine([FULL_RECORD, SPARSE_RECORD]);
    expect(line(lines, 3)).toMatchObject({
      source: 'missing',
      note: 'precedence not stated for 1 of 2 casualties; known: 1B (urgent surgical)',
    });
    expect(line(lines, 3).value).toBeUndefined();
  });

  it('infers litter only from stated facts and never infers ambulatory', () => {
    expect(litterReason(SPARSE_RECORD)).toBeUndefined();
    expect(litterReason({ vitals: [{ avpu: 'U' }] })).toBe('AVPU U');
    expect(litterReason({ vitals: [{ avpu: 'P' }, { avpu: 'A' }] })).toBeUndefined();
    expect(litterReason({ interventions: [{ type: 'cric' }] })).toBe('advanced airway (cric)');
    expect(litterReason({ injuries: [{ type: 'amputation', location: 'left_arm' }] })).toBeUndefined();
    expect(line(buildNineLine([SPARSE_RECORD]).lines, 5).source).toBe('missing');
  });

  it('leaves line 1 missing when casualties give different grids', () => {
    const { lines } = buildNineLine([{ location_grid: '38SMB4484' }, { location_grid: '38SMB5000' }]);
    expect(line(lines, 1)).toMatchObject({
      source: 'missing',
      note: 'casualties give different grids: 38SMB4484, 38SMB5000',
    });
  });

  it('takes the medic fields over the record and completes the request', () => {
    const request = buildNineLine([FULL_RECORD], {
      location: '38SMB4400',
      frequency: '42.50',
      callSign: 'DUSTOFF 6',
      suffix: 'A',
      specialEquipment: ['A'],
      litter: 1,
      ambulatory: 2,
      security: 'E',
      marking: 'C',
      markingDetail: 'green smoke',
      nationality: ['A', 'E'],
      cbrn: [],
    });
    expect(request.missing).toEqual([]);
    expect(request.lines.map((l) => l.value)).toEqual([
      '38SMB4400',
      '42.50 / DUSTOFF 6 / A',
      '1B (urgent surgical)',
      'A (none)',
      'L1 A2',
      'E (enemy troops in area)',
      'C (smoke signal, green smoke)',
      'A (us military), E (epw)',
      'none',
    ]);
  });

  it('fills line 6 from the injuries in peacetime and asks for terrain on line 9', () => {
    const { lines } = buildNineLine([SPARSE_RECORD], { mode: 'peacetime' });
    expect(line(lines, 6)).toMatchObject({
      title: 'Number and type of wound, injury or illness',
      value: 'Fracture L arm',
      source: 'record',
    });
    expect(line(lines, 9)).toMatchObject({ title: 'Terrain description', source: 'missing' });
  });
});

describe('nineLineText', () => {
  it('shows every unknown line as MISSING for an empty record', () => {
    const text = nineLineText(buildNineLine([EMPTY_RECORD])).split('\n');
    expect(text[0]).toBe('9-LINE MEDEVAC REQUEST (WARTIME)');
    expect(text).toContain('LINE 1 LOCATION OF PICKUP SITE: MISSING');
    expect(text).toContain(
      'LINE 3 NUMBER OF PATIENTS BY PRECEDENCE: MISSING  [precedence not stated for 1 of 1 casualty]',
    );
    expect(text).toContain('LINE 9 CBRN CONTAMINATION: MISSING');
    expect(text.at(-1)).toBe('MISSING LINES: 1, 2, 3, 4, 5, 6, 7, 8, 9');
  });

  it('prints filled lines with their values', () => {
    const text = nineLineText(buildNineLine([FULL_RECORD], { security: 'N' })).split('\n');
    expect(text).toContain('LINE 1 LOCATION OF PICKUP SITE: 38SMB4484');
    expect(text).toContain('LINE 5 NUMBER OF PATIENTS BY TYPE: L1  [litter because: amputation R leg]');
    expect(text).toContain('LINE 6 SECURITY AT PICKUP SITE: N (no enemy troops in area)');
    expect(text.at(-1)).toBe('MISSING LINES: 2, 4, 7, 8, 9');
  });
});
