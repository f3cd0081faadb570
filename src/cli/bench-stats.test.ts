import { describe, expect, it } from 'vitest';
import { mean, median, percentile } from './bench-stats.js';

describe('bench-stats', () => {
  it('takes the mean, the nearest-rank percentile of sorted values and the (upper) median', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(mean([1, 2, 6])).toBe(3);
    expect(percentile(sorted, 95)).toBe(20);
    expect(percentile(sorted, 50)).toBe(11);
    expect(percentile([7], 95)).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
