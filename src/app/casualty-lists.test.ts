import { describe, expect, it } from 'vitest';
import { createCasualty, type Casualty } from '../records/casualty.js';
import { openedCurrent } from './casualty-lists.js';

const started = (id: string): Casualty => ({ ...createCasualty(), id });

describe('openedCurrent', () => {
  const list = [started('a'), started('b'), started('c')];

  it('keeps a casualty started while the documents opened', () => {
    expect(openedCurrent(list, 'a', 'b')).toBe('a');
  });

  it('else shows the casualty open before the reload', () => {
    expect(openedCurrent(list, undefined, 'b')).toBe('b');
    expect(openedCurrent(list, 'gone', 'b')).toBe('b');
  });

  it('else shows the latest, and nothing when there is none', () => {
    expect(openedCurrent(list, undefined, 'deleted-elsewhere')).toBe('c');
    expect(openedCurrent([], undefined, null)).toBeUndefined();
  });
});
