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
});
