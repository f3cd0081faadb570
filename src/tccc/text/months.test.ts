import { describe, expect, it } from 'vitest';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './months.js';

describe('months', () => {
  it('lists the twelve months, each short form cutting one of them short ("SEPT" of September)', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_ABBREVIATIONS.every((a) => MONTH_NAMES.some((m) => m.startsWith(a)))).toBe(true);
  });
});
