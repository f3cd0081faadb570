import { describe, expect, it } from 'vitest';
import { createCasualty, type Casualty } from '../records/casualty.js';
import { openedCurrent, storedChange } from './casualty-lists.js';

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

describe('storedChange: what another tab or device storing a casualty does to the lists', () => {
  const NOW = Date.parse('2026-03-01T12:00:00Z');
  const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();
  const casualty = (id: string, createdMinutesAgo: number, change: Partial<Casualty> = {}): Casualty => ({
    ...started(id),
    createdAt: at(createdMinutesAgo),
    ...change,
  });
  const [a, b, c] = [casualty('a', 30), casualty('b', 20), casualty('c', 10)];
  const ids = (list: readonly Casualty[]) => list.map((x) => x.id);

  it('shows one deleted elsewhere as deleted, and the latest live one as current when it was current', () => {
    const gone = { ...b, deletedAt: at(1) };
    const change = storedChange({ casualties: [a, b, c], deleted: [], currentId: 'b' }, gone, NOW);
    expect(change).toEqual({ kind: 'deleted', lists: { casualties: [a, c], deleted: [gone], currentId: 'c' } });
  });

  it('keeps the current one when another is deleted, and none current when the last live one goes', () => {
    const change = storedChange({ casualties: [a, b], deleted: [], currentId: 'a' }, { ...b, deletedAt: at(1) }, NOW);
    expect(change.kind === 'deleted' && change.lists.currentId).toBe('a');
    const last = storedChange({ casualties: [a], deleted: [], currentId: 'a' }, { ...a, deletedAt: at(1) }, NOW);
    expect(last.kind === 'deleted' && [ids(last.lists.casualties), last.lists.currentId]).toEqual([[], undefined]);
  });

  it('puts a newer deletion of one already deleted in place of the older one', () => {
    const older = { ...a, deletedAt: at(5) };
    const newer = { ...a, notes: 'litter', deletedAt: at(2) };
    const change = storedChange({ casualties: [b], deleted: [older, c], currentId: 'b' }, newer, NOW);
    expect(change.kind === 'deleted' && change.lists.deleted).toEqual([c, newer]);
  });

  it('shows no casualty never shown here that was deleted past the undo window, but one still within it', () => {
    const lists = { casualties: [a], deleted: [], currentId: 'a' };
    expect(storedChange(lists, { ...b, deletedAt: at(11) }, NOW)).toEqual({ kind: 'unchanged' });
    expect(storedChange(lists, { ...b, deletedAt: at(9) }, NOW).kind).toBe('deleted');
  });

  it('shows a live one new here (or brought back elsewhere) in the order started, out of the deleted ones', () => {
    const change = storedChange({ casualties: [a, c], deleted: [{ ...b, deletedAt: at(1) }], currentId: 'c' }, b, NOW);
    expect(change).toEqual({ kind: 'added', lists: { casualties: [a, b, c], deleted: [], currentId: 'c' } });
  });

  it('replaces the version shown when the stored one differs, and changes nothing when it is the same', () => {
    const lists = { casualties: [a, b], deleted: [], currentId: 'a' };
    expect(storedChange(lists, { ...a, notes: 'litter' }, NOW)).toEqual({ kind: 'replaced', local: a });
    expect(storedChange(lists, { ...a }, NOW)).toEqual({ kind: 'unchanged' });
  });
});
