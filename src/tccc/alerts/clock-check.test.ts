import { describe, expect, it } from 'vitest';
import { clockDoubt } from './clock-check.js';
import { evaluateAlerts } from './index.js';

const at = (hhmm: string) => new Date(`2026-12-03T${hhmm}:00`);
const BUILT = new Date('2026-12-01T00:00:00Z');
const record = {
  time_of_injury: '02:53',
  interventions: [{ type: 'tourniquet' as const, location: 'left_leg' as const, time: '02:58' }],
  injuries: [{ type: 'amputation' as const, location: 'left_leg' as const }],
};

describe('clock sanity', () => {
  it('doubts a clock that reads before the app was built', () => {
    expect(clockDoubt(record, new Date('1970-01-01T03:30:00'), BUILT)).toMatch(/before this app was built/);
  });
  it('doubts a clock the record\'s times lie hours ahead of ("TQ on 18 h" from a kiosk that booted at midnight)', () => {
    expect(clockDoubt(record, at('00:20'), BUILT)).toBe("the record says 02:53, hours after the clock's 00:20");
  });
  it('trusts a clock that agrees with the record, a watch a few minutes fast, and times from last night', () => {
    expect(clockDoubt(record, at('03:30'), BUILT)).toBeUndefined();
    expect(clockDoubt(record, at('02:30'), BUILT)).toBeUndefined();
    expect(clockDoubt({ time_of_injury: '22:40' }, at('01:10'), BUILT)).toBeUndefined();
  });
  it('leaves the time-based alerts out when the clock is in doubt, and keeps the others', () => {
    const plain = evaluateAlerts(record, { now: '00:20' }).map((a) => a.rule);
    expect(plain).toContain('tourniquet-time');
    const doubted = evaluateAlerts(record, { now: '00:20', clockInDoubt: true }).map((a) => a.rule);
    expect(doubted).not.toContain('tourniquet-time');
    expect(doubted).not.toContain('txa-window');
    expect(doubted).not.toContain('vitals-overdue');
    expect(doubted).toContain('hypothermia-prevention');
  });
});
