import { describe, expect, it } from 'vitest';
import { describeProgress, formatRate, formatTimeLeft } from './progress-text.js';

describe('progress text', () => {
  it('reads bytes, percent, rate and time left as one line', () => {
    expect(
      describeProgress(
        { bytes: 12_000_000, total: 40_000_000, percent: 30, rateBps: 4_200_000, etaSeconds: 6.7 },
        true,
      ),
    ).toBe('12.0 MB of 40.0 MB (30%) · 4.2 MB/s · 7 s left');
  });

  it('leaves rate and time out when the download is not running or the file is done', () => {
    expect(describeProgress({ bytes: 5_000, total: 10_000, percent: 50, rateBps: 900, etaSeconds: 5 }, false)).toBe(
      '5.0 kB of 10.0 kB (50%)',
    );
    expect(describeProgress({ bytes: 10_000, total: 10_000, percent: 100, rateBps: 900 }, true)).toBe(
      '10.0 kB of 10.0 kB (100%)',
    );
  });

  it('says so while the size is unknown or nothing arrives', () => {
    expect(describeProgress({ bytes: 2_500_000, rateBps: 0 }, true)).toBe('2.5 MB so far · stalled');
    expect(formatRate(0)).toBe('stalled');
  });

  it('rounds time left up, in the largest sensible unit', () => {
    expect(formatTimeLeft(0.2)).toBe('1 s left');
    expect(formatTimeLeft(61)).toBe('2 min left');
    expect(formatTimeLeft(3_900)).toBe('1 h 5 min left');
  });
});
