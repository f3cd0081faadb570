import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendNarrative, createCasualty, recordOf, updateCasualty, type Casualty } from './casualty.js';
import { DB_VERSION, openCasualtyStore, UNDO_WINDOW_MS, type CasualtyStore } from './db.js';
import { StorageError, toStorageError, type StoreEvent } from './errors.js';

let dbCount = 0;
const open: CasualtyStore[] = [];
/** A fresh database per test, so tests cannot see each other's rows. */
async function freshStore(name = `test-${++dbCount}`, onEvent?: (e: StoreEvent) => void) {
  const store = await openCasualtyStore({ name, onEvent });
  open.push(store);
  return store;
}
afterEach(() => open.splice(0).forEach((s) => s.close()));

const at = (minute: number) => new Date(Date.UTC(2024, 4, 1, 12, minute));
const casualty = (id: string, minute: number, notes = ''): Casualty =>
  updateCasualty(createCasualty(at(0), id), { notes }, at(minute));

/** Opens a raw connection at `version` and resolves when it is open (used to play another tab). */
function rawOpen(name: string, version: number, onUpgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => onUpgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('could not open the database'));
  });
}

describe('casualty store', () => {
  it('saves, reads back and lists newest first', async () => {
    const store = await freshStore();
    await store.put([casualty('a', 1), casualty('b', 3), casualty('c', 2)]);
    expect((await store.list()).map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(await store.get('a')).toEqual(casualty('a', 1));
    expect(await store.get('nope')).toBeUndefined();
  });

  it('commits every write with strict durability, so a power cut cannot lose what was reported saved', async () => {
    const store = await freshStore();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      await store.put([casualty('a', 1)]);
      await store.softDelete('a', at(2));
      await store.undoDelete('a');
      await store.purgeDeleted(at(3));
      const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
      expect(writes).toHaveLength(4);
      for (const [, , options] of writes) expect(options).toEqual({ durability: 'strict' });
    } finally {
      transaction.mockRestore();
    }
  });

  it('writes a batch all or nothing', async () => {
    const store = await freshStore();
    await store.put([casualty('a', 1, 'saved')]);
    const broken = { ...casualty('b', 2), id: undefined } as unknown as Casualty;
    await expect(store.put([casualty('a', 5, 'newer'), broken])).rejects.toBeInstanceOf(StorageError);
    expect((await store.get('a'))?.notes).toBe('saved');
    expect(await store.get('b')).toBeUndefined();
  });

  it('merges a save based on an older version with what another tab stored meanwhile, and returns the result', async () => {
    const store = await freshStore();
    const start = appendNarrative(createCasualty(at(0), 'a'), 'GSW left thigh', at(1));
    await store.put([start]);
    const otherTab = appendNarrative(start, 'TQ applied 1432', at(2));
    await store.put([otherTab], () => start);
    const thisTab = appendNarrative(start, 'pulse 120', at(3));
    const [saved] = await store.put([thisTab], () => start);
    expect(saved.timeline.map((e) => e.text)).toEqual(['GSW left thigh', 'TQ applied 1432', 'pulse 120']);
    expect(await store.get('a')).toEqual(saved);
    // Based on what is stored: a plain replace, as is a save that names no base (an import).
    const [next] = await store.put([updateCasualty(saved, { notes: 'urgent' })], () => saved);
    expect(next).toEqual(updateCasualty(saved, { notes: 'urgent' }, new Date(next.updatedAt)));
    expect((await store.put([start]))[0]).toEqual(start);
  });

  it('hides a deleted casualty, brings it back on undo, and a late save does not undelete it', async () => {
    const store = await freshStore();
    await store.put([casualty('a', 1), casualty('b', 2)]);
    await store.softDelete('a', at(10));
    expect((await store.list()).map((c) => c.id)).toEqual(['b']);
    expect((await store.listDeleted()).map((c) => [c.id, c.deletedAt])).toEqual([['a', at(10).toISOString()]]);
    await store.put([casualty('a', 11, 'typed before the delete landed')]);
    expect((await store.get('a'))?.deletedAt).toBe(at(10).toISOString());
    await store.undoDelete('a');
    expect((await store.list()).map((c) => c.id)).toEqual(['a', 'b']);
    expect(await store.get('a')).toEqual(casualty('a', 11, 'typed before the delete landed'));
  });

  it('purges only casualties deleted longer ago than the undo window', async () => {
    const store = await freshStore();
    await store.put([casualty('old', 1), casualty('recent', 2), casualty('kept', 3)]);
    await store.softDelete('old', at(0));
    await store.softDelete('recent', at(5));
    const purged = await store.purgeDeleted(new Date(at(0).getTime() + UNDO_WINDOW_MS + 1000));
    expect(purged).toEqual(['old']);
    expect(await store.get('old')).toBeUndefined();
    expect((await store.listDeleted()).map((c) => c.id)).toEqual(['recent']);
    expect((await store.list()).map((c) => c.id)).toEqual(['kept']);
  });

  it('keeps what was saved across a close and reopen', async () => {
    const name = `test-${++dbCount}`;
    const first = await openCasualtyStore({ name });
    await first.put([casualty('a', 1, 'before reload')]);
    first.close();
    await expect((await freshStore(name)).get('a')).resolves.toMatchObject({ notes: 'before reload' });
  });
});

describe('migrations', () => {
  it('upgrades a v1 database, keeping its rows and filling fields v1 lacked', async () => {
    const name = `test-${++dbCount}`;
    const v1 = await rawOpen(name, 1, (db) =>
      db.createObjectStore('casualties', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt'),
    );
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction('casualties', 'readwrite');
      tx.objectStore('casualties').put({
        id: 'old',
        createdAt: at(0).toISOString(),
        updatedAt: at(1).toISOString(),
        timeline: [{ at: at(0).toISOString(), text: 'GSW L thigh' }],
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
    v1.close();
    const store = await freshStore(name);
    expect(await store.get('old')).toEqual({
      id: 'old',
      createdAt: at(0).toISOString(),
      updatedAt: at(1).toISOString(),
      timeline: [{ at: at(0).toISOString(), text: 'GSW L thigh' }],
      edits: [],
      nineLine: {},
      notes: '',
    });
    await store.softDelete('old', at(2));
    expect((await store.listDeleted()).map((c) => c.id)).toEqual(['old']);
  });

  it('upgrades a stored v2 database: the hand-typed time of injury becomes a hand edit of the record fact, an earlier edit of it wins', async () => {
    const name = `test-${++dbCount}`;
    const v2 = await rawOpen(name, 2, (db) => {
      const store = db.createObjectStore('casualties', { keyPath: 'id' });
      store.createIndex('by-updated', 'updatedAt');
      store.createIndex('by-deleted', 'deletedAt');
    });
    const extraction = { engine: 'rules', record: { mechanism: ['ied'] }, evidence: [], at: at(1).toISOString() };
    const editedToi = {
      op: 'set',
      id: 'time_of_injury',
      fact: { kind: 'time_of_injury', value: '02:50' },
      at: at(1).toISOString(),
    };
    await new Promise<void>((resolve, reject) => {
      const tx = v2.transaction('casualties', 'readwrite');
      const rows = tx.objectStore('casualties');
      rows.put({ ...casualty('typed', 1), extraction, timeOfInjury: '02:53' });
      rows.put({ ...casualty('both', 1), timeOfInjury: '02:53', edits: [editedToi] });
      rows.put(casualty('none', 1));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
    v2.close();
    const store = await freshStore(name);
    const typed = (await store.get('typed'))!;
    expect(typed).not.toHaveProperty('timeOfInjury');
    expect(typed.edits).toEqual([
      { op: 'set', id: 'time_of_injury', fact: { kind: 'time_of_injury', value: '02:53' }, at: at(1).toISOString() },
    ]);
    expect(recordOf(typed)).toEqual({ mechanism: ['ied'], time_of_injury: '02:53' });
    expect(recordOf((await store.get('both'))!).time_of_injury).toBe('02:50');
    expect(await store.get('none')).toEqual(casualty('none', 1));
  });

  it('reads rows saved with the draft, engine label, sources and conflicts back unchanged, with no upgrade step', async () => {
    // The app stored these optional fields in v2 rows before the model named them; v3 changed only the time of injury.
    expect(DB_VERSION).toBe(3);
    const name = `test-${++dbCount}`;
    const saved: Casualty = {
      ...casualty('a', 1),
      draft: 'TQ right arm',
      extraction: {
        engine: 'webllm',
        engineLabel: 'Phi-2 on the GPU',
        record: { casualty: { battle_roster: 'AB1234' } },
        evidence: [],
        sources: [{ path: '/casualty/battle_roster', source: 'rules' }],
        conflicts: [{ path: '/casualty/battle_roster', model: 'AB1243', rules: 'AB1234' }],
        at: at(1).toISOString(),
      },
    };
    const first = await openCasualtyStore({ name });
    await first.put([saved]);
    first.close();
    expect(await (await freshStore(name)).get('a')).toEqual(saved);
  });

  it('creates the current schema on a fresh database', async () => {
    const name = `test-${++dbCount}`;
    (await freshStore(name)).close();
    const raw = await rawOpen(name, DB_VERSION);
    expect([...raw.objectStoreNames]).toEqual(['casualties']);
    expect([...raw.transaction('casualties').objectStore('casualties').indexNames].sort()).toEqual([
      'by-deleted',
      'by-updated',
    ]);
    raw.close();
  });
});

describe('storage errors', () => {
  it('reports an upgrade blocked by an old tab, then opens once that tab closes', async () => {
    const name = `test-${++dbCount}`;
    const oldTab = await rawOpen(name, 1, (db) =>
      db.createObjectStore('casualties', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt'),
    );
    const events: StoreEvent[] = [];
    let heardBlocked!: () => void;
    const blocked = new Promise<void>((resolve) => (heardBlocked = resolve));
    const opening = freshStore(name, (e) => {
      events.push(e);
      if (e.type === 'blocked') heardBlocked();
    });
    await blocked; // the event itself, not a guess at how long the browser takes to send it
    expect(events).toEqual([{ type: 'blocked' }]);
    oldTab.close();
    await expect((await opening).list()).resolves.toEqual([]);
  });

  it('closes for another tab upgrading, says so, and refuses writes as "closed" with the data kept', async () => {
    const name = `test-${++dbCount}`;
    const events: StoreEvent[] = [];
    const store = await freshStore(name, (e) => events.push(e));
    await store.put([casualty('a', 1, 'saved')]);
    const newTab = await rawOpen(name, DB_VERSION + 1);
    expect(events).toEqual([{ type: 'versionchange' }]);
    const error = await store.put([casualty('a', 2, 'late')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('closed');
    const row = await new Promise((resolve) => {
      const req = newTab.transaction('casualties').objectStore('casualties').get('a');
      req.onsuccess = () => resolve(req.result);
    });
    expect(row).toMatchObject({ notes: 'saved' });
    newTab.close();
  });

  it('says the database is newer than the app', async () => {
    const name = `test-${++dbCount}`;
    (await rawOpen(name, DB_VERSION + 1)).close();
    await expect(openCasualtyStore({ name })).rejects.toMatchObject({ name: 'StorageError', kind: 'version' });
  });

  it('says storage is unavailable where there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openCasualtyStore({ name: 'x' })).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('maps DOMException names to kinds', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).kind).toBe('closed');
    expect(toStorageError(new DOMException('x', 'InvalidStateError'), 'open').kind).toBe('unavailable');
    expect(toStorageError(new DOMException('x', 'SecurityError'), 'open').kind).toBe('unavailable');
    const unknown = toStorageError(new Error('disk on fire'));
    expect([unknown.kind, unknown.message]).toEqual(['unknown', 'Saving failed. disk on fire']);
    expect(toStorageError(unknown)).toBe(unknown);
  });
});
