import { describe, expect, it } from 'vitest';
import { readDateTimeGroups } from './date-time-groups.js';
import { tokenize } from './tokenize.js';

const read = (text: string) =>
  readDateTimeGroups(tokenize(text)).map((t) => (t.kind === 'clock' ? `@${t.digits}` : t.raw));

describe('readDateTimeGroups', () => {
  it('reads the hour and minutes of a group with or without its month and year', () => {
    expect(read('Hit at 281915Z, TQ 281921ZNOV25 then 021140Z JAN 2027 done')).toEqual([
      'Hit',
      'at',
      '@1915',
      ',',
      'TQ',
      '@1921',
      'then',
      '@1140',
      'done',
    ]);
  });

  it('keeps the month word when it is no month, and the year when spaced from a joined month', () => {
    expect(read('090305Z Tourniquet')).toEqual(['@0305', 'Tourniquet']);
    expect(read('090305ZJUN 24 rounds')).toEqual(['@0305', '24', 'rounds']);
  });

  it('leaves six digits that are no day, hour and minutes, or have no Z, alone', () => {
    expect(read('321015Z')).toEqual(['321015', 'Z']);
    expect(read('142475Z')).toEqual(['142475', 'Z']);
    expect(read('grid 123456 Zone')).toEqual(['grid', '123456', 'Zone']);
    expect(read('140352 Z')).toEqual(['140352', 'Z']);
  });
  it('reads a day written before a clock as no number: "02DEC 2128", "14 FEB 2205", a line\'s "D2 0040"', () => {
    expect(read('02DEC 2128 stepped')).toEqual(['@2128', 'stepped']);
    expect(read('cook-off 14 FEB 2205, thrown')).toEqual(['cook', '-', 'off', '@2205', ',', 'thrown']);
    expect(read('14 FEB 2026 2205 hit')).toEqual(['@2205', 'hit']);
    expect(read('D1 2244 - hit\nDay 2 0040 HR')).toEqual(['@2244', '-', 'hit', '\n', '@0040', 'HR']);
  });
  it('leaves a date before a year, and a day tag inside a line, alone', () => {
    expect(read('on 14 FEB 2026 at 1200')).toEqual(['on', '14', 'FEB', '2026', 'at', '1200']);
    expect(read('grid D 1 2244')).toEqual(['grid', 'D', '1', '2244']);
  });
});
