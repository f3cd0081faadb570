import { describe, expect, it } from 'vitest';
import { figures, formatBytes, RateMeter } from './progress.js';

describe('progress figures', () => {
  it('gives percent, rate and time left once the total is known', () => {
    const meter = new RateMeter(5_000);
    meter.sample(0, 0);
    meter.sample(2_000_000, 1_000);
    expect(meter.rate()).toBe(2_000_000);
    expect(figures(2_000_000, 10_000_000, meter.rate())).toEqual({
      bytes: 2_000_000,
      total: 10_000_000,
      percent: 20,
      rateBps: 2_000_000,
      etaSeconds: 4,
    });
    expect(figures(5, undefined, 0)).toEqual({ bytes: 5, rateBps: 0 });
  });

  it('forgets samples older than the window, so a stall shows as a falling rate', () => {
    const meter = new RateMeter(1_000);
    meter.sample(0, 0);
    meter.sample(1_000_000, 500);
    meter.sample(1_000_000, 3_000);
    meter.sample(1_000_000, 3_500);
    expect(meter.rate()).toBe(0);
  });

  it('formats sizes in decimal units', () => {
    expect([999, 1_000, 12_345, 230_000_000, 1_600_000_000].map(formatBytes)).toEqual([
      '999 B',
      '1.0 kB',
      '12.3 kB',
      '230 MB',
      '1.6 GB',
    ]);
  });
});
