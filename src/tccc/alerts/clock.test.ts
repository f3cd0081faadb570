import { describe, expect, it } from 'vitest';
import { clockMinutes, formatDuration, minutesSince, nowMinutes } from './clock.js';

describe('clock', () => {
  it('parses HH:MM and rejects anything else', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('23:59')).toBe(1439);
    expect(clockMinutes('24:00')).toBeUndefined();
    expect(clockMinutes('9:05')).toBeUndefined();
    expect(clockMinutes(undefined)).toBeUndefined();
  });

  it('reads now from a Date on its local clock or from HH:MM', () => {
    expect(nowMinutes(new Date(2024, 0, 1, 14, 30))).toBe(870);
    expect(nowMinutes('14:30')).toBe(870);
    expect(() => nowMinutes('later')).toThrow();
  });

  it('wraps past midnight: 23:30 seen at 00:10 is 40 min ago', () => {
    expect(minutesSince('23:30', nowMinutes('00:10'))).toBe(40);
    expect(minutesSince('12:00', nowMinutes('14:10'))).toBe(130);
  });

  it('counts a time up to 60 min ahead as just now, and more than 60 min ahead as yesterday', () => {
    expect(minutesSince('14:40', nowMinutes('14:10'))).toBe(0);
    expect(minutesSince('15:10', nowMinutes('14:10'))).toBe(0);
    expect(minutesSince('15:11', nowMinutes('14:10'))).toBe(1379);
  });

  it('formats durations the way a medic reads them', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(130)).toBe('2 h 10 min');
  });
});
