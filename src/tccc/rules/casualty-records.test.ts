import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('the grid of several casualties', () => {
  it("gives the one grid said in the last casualty's words to every triaged casualty", () => {
    const found = records(
      'Two casualties. First, Corporal Tan, burns to the left hand, HR 96, routine. ' +
        'Second, Private Lowe, GSW right thigh, TQ on, HR 128, urgent. Bird picks up at grid 17T NH 5521 9043.',
    );
    expect(found.map((r) => r.location_grid)).toEqual(['17TNH55219043', '17TNH55219043']);
  });
  it("gives a casualty said to have no priority no grid of another's", () => {
    const found = records(
      'Two casualties. First, Corporal Tan, burns to the left hand, HR 96. ' +
        'Second, Private Lowe, GSW right thigh, TQ on, HR 128, urgent. Bird picks up at grid 17T NH 5521 9043.',
    );
    expect(found.map((r) => r.location_grid)).toEqual([undefined, '17TNH55219043']);
  });
});
