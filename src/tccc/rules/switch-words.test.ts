import { describe, expect, it } from 'vitest';
import { FINE_PATTERN, saysUnhurt } from './switch-words.js';

describe('words that say someone is unhurt', () => {
  it('builds "the other guy is fine" from the alternatives of FINE_PATTERN', () => {
    expect(new RegExp(`^(?:${FINE_PATTERN})$`).test('okay')).toBe(true);
    expect(saysUnhurt('the other guy is fine')).toBe(true);
  });
});
