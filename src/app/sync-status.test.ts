import { describe, expect, it } from 'vitest';
import { syncStatusText } from './sync-status.js';

describe('syncStatusText', () => {
  it('says synced, sending, offline with what waits, and connecting', () => {
    expect(syncStatusText({ link: 'connected', waiting: 0 })).toBe('synced with kiosk');
    expect(syncStatusText({ link: 'connected', waiting: 1 })).toBe('sending 1 change to kiosk');
    expect(syncStatusText({ link: 'offline', waiting: 3 })).toBe('offline: 3 changes waiting');
    expect(syncStatusText({ link: 'connecting', waiting: 0 })).toBe('connecting to kiosk…');
  });

  it('says since when the kiosk is unreachable, in local 24-hour time', () => {
    const since = new Date(2026, 11, 3, 14, 2).toISOString();
    expect(syncStatusText({ link: 'unreachable', since, waiting: 0 })).toBe('kiosk unreachable since 14:02');
    expect(syncStatusText({ link: 'unreachable', since, waiting: 2 })).toBe(
      'kiosk unreachable since 14:02: 2 changes waiting',
    );
  });

  it('says so honestly when this device is not paired with the kiosk', () => {
    expect(syncStatusText({ link: 'unpaired', waiting: 0 })).toBe('not paired with the kiosk');
    expect(syncStatusText({ link: 'unpaired', waiting: 4 })).toBe('not paired with the kiosk');
  });
});
