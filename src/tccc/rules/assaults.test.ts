import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('an attack on a person', () => {
  it('is the event that hurt him, its time the time of injury', () => {
    expect(toi('At 0215 a stray dog attacked PFC Omar Sy near the gate.')).toBe('02:15');
    expect(toi('At 1750 a detainee assaulted the sentry with a blade.')).toBe('17:50');
    expect(toi('SPC Ada Kerr was stabbed at 2245 by a man in the market.')).toBe('22:45');
  });
  it('is no event when no person is said attacked', () => {
    expect(toi('At 0200 the outpost was attacked; SPC Lee was hit at 0215 by a fragment.')).toBe('02:15');
  });
});
