import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave.js';
import { appendNarrative, createCasualty, type Casualty } from './casualty.js';
import { openCasualtyStore } from './db.js';
import type { StorageError } from './errors.js';

const T0 = new Date('2024-05-01T12:00:00Z');
const typed = (c: Casualty, text: string) => appendNarrative(c, text, T0);

/** A write that records each batch of (id, narrative length). */
function recorder() {
  const batches: string[][] = [];
  const write = vi.fn(async (...cs: Casualty[]) => {
    batches.push(cs.map((c) => `${c.id}:${c.timeline.length}`));
  });
  return { batches, write };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('writes the latest version once typing pauses, all pending casualties in one write', async () => {
    const { batches, write } = recorder();
    const saver = createAutosave({ write, onError: () => {}, delayMs: 300 });
    let a = createCasualty(T0, 'a');
    for (const word of ['GSW', 'L', 'thigh']) {
      a = typed(a, word);
      saver.schedule(a);
      await vi.advanceTimersByTimeAsync(100);
    }
    saver.schedule(typed(createCasualty(T0, 'b'), 'fall'));
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(batches).toEqual([['a:3', 'b:1']]);
    expect(saver.pendingIds()).toEqual([]);
  });

  it('saves during continuous typing at least every maxWaitMs', async () => {
    const { batches, write } = recorder();
    const saver = createAutosave({ write, onError: () => {}, delayMs: 300, maxWaitMs: 1000 });
    let a = createCasualty(T0, 'a');
    for (let i = 0; i < 12; i++) {
      a = typed(a, `word${i}`);
      saver.schedule(a);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches[0]).toEqual(['a:10']);
  });

  it('by default writes continuous typing at least every 500 ms (what a power cut can lose)', async () => {
    const { batches, write } = recorder();
    const saver = createAutosave({ write, onError: () => {} });
    let a = createCasualty(T0, 'a');
    for (let i = 0; i < 20; i++) {
      a = typed(a, `word${i}`);
      saver.schedule(a);
      await vi.advanceTimersByTimeAsync(50);
    }
    // One keystroke every 50 ms for 1 s: never a 300 ms pause, so only the 500 ms ceiling writes.
    expect(batches).toEqual([['a:10'], ['a:20']]);
  });

  it('flushes at once when the page is hidden or unloaded', async () => {
    const { batches, write } = recorder();
    const page = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const saver = createAutosave({ write, onError: () => {}, delayMs: 10_000, page, doc });
    saver.schedule(typed(createCasualty(T0, 'a'), 'one'));
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([]);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([['a:1']]);
    saver.schedule(typed(createCasualty(T0, 'b'), 'two'));
    page.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([['a:1'], ['b:1']]);
    await saver.dispose();
    saver.schedule(typed(createCasualty(T0, 'c'), 'three'));
    page.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toHaveLength(2);
  });

  it('reports a full disk, keeps the change pending, and saves it on the next try', async () => {
    const errors: StorageError[] = [];
    let full = true;
    const saved: Casualty[] = [];
    const saver = createAutosave({
      write: async (...cs) => {
        if (full) throw new DOMException('no space', 'QuotaExceededError');
        saved.push(...cs);
      },
      onError: (e) => errors.push(e),
    });
    const a = typed(createCasualty(T0, 'a'), 'GSW');
    saver.schedule(a);
    await expect(saver.flush()).rejects.toMatchObject({ kind: 'quota' });
    expect(errors.map((e) => e.kind)).toEqual(['quota']);
    expect(saver.pendingIds()).toEqual(['a']);
    full = false;
    await saver.flush();
    expect(saved).toEqual([a]);
    expect(saver.pendingIds()).toEqual([]);
  });

  it('keeps a change made while a write is in flight', async () => {
    let release!: () => void;
    const writes: string[][] = [];
    const saver = createAutosave({
      write: (...cs) => {
        writes.push(cs.map((c) => `${c.id}:${c.timeline.length}`));
        return writes.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      onError: () => {},
    });
    const a1 = typed(createCasualty(T0, 'a'), 'one');
    saver.schedule(a1);
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(typed(a1, 'two'));
    release();
    await first;
    expect(saver.pendingIds()).toEqual(['a']);
    await saver.flush();
    expect(writes).toEqual([['a:1'], ['a:2']]);
  });

  it('loses nothing across a reload: what was flushed on pagehide is in the store after reopening', async () => {
    vi.useRealTimers();
    const store = await openCasualtyStore({ name: 'autosave-reload' });
    const page = new EventTarget();
    const saver = createAutosave({
      write: async (...cs) => void (await store.put(cs)),
      onError: (e) => expect.fail(e.message),
      delayMs: 60_000,
      page,
    });
    const a = typed(typed(createCasualty(T0, 'a'), 'GSW L thigh.'), 'TQ 1432.');
    saver.schedule(a);
    page.dispatchEvent(new Event('pagehide'));
    await saver.dispose();
    store.close();
    const reopened = await openCasualtyStore({ name: 'autosave-reload' });
    expect(await reopened.get('a')).toEqual(a);
    reopened.close();
  });
});
