import { describe, expect, it } from 'vitest';
import { casualtyDetail, casualtyTitle, clockOf, dateClockOf } from './casualty-label.js';

describe('casualty labels', () => {
  const createdAt = new Date(2026, 0, 2, 9, 5).toISOString();

  it('names a casualty by name and roster, else by when it was started', () => {
    expect(casualtyTitle({ id: 'a', name: 'Doe', battleRoster: 'AB1234', updatedAt: '' }, createdAt)).toBe(
      'Doe · AB1234',
    );
    expect(casualtyTitle({ id: 'a', updatedAt: '' }, createdAt)).toBe('Unidentified casualty, started 09:05');
    expect(clockOf(createdAt)).toBe('09:05');
    expect(clockOf(new Date(2026, 0, 2, 14, 7))).toBe('14:07');
  });

  it('writes a date and time with a 24-hour clock', () => {
    expect(dateClockOf(new Date(2026, 11, 3, 14, 7))).toBe('2026-12-03 14:07');
    expect(dateClockOf(new Date(2026, 0, 2, 0, 5).toISOString())).toBe('2026-01-02 00:05');
  });

  it('says plainly what is not known yet', () => {
    expect(casualtyDetail({ id: 'a', updatedAt: '' })).toBe('Evac priority not set · time of injury not set');
    expect(casualtyDetail({ id: 'a', evac: 'urgent_surgical', timeOfInjury: '14:05', updatedAt: '' })).toBe(
      'Urgent surgical · injured 14:05',
    );
  });
});
