/**
 * The casualty database: one IndexedDB store behind a few functions. Soft-deleted casualties stay
 * stored (with `deletedAt`) until {@link CasualtyStore.purgeDeleted} removes those past the undo window.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { sameCasualty, upgradeTimeOfInjury, type Casualty } from './casualty.js';
import { mergeCasualty } from './merge.js';
import { StorageError, toStorageError, type StoreEvent } from './errors.js';

export const DB_NAME = 'tccc-scribe-records';
export const DB_VERSION = 3;
/** How long a deleted casualty can be brought back. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

interface RecordsDB extends DBSchema {
  casualties: {
    key: string;
    value: Casualty;
    indexes: { 'by-updated': string; 'by-deleted': string };
  };
}

type UpgradeTx = IDBPTransaction<RecordsDB, StoreNames<RecordsDB>[], 'versionchange'>;
type WriteStore = IDBPObjectStore<RecordsDB, ['casualties'], 'casualties', 'readwrite'>;

/**
 * Schema history, one step per version; each step runs once, in order, inside the upgrade transaction.
 * v1: the casualties store, newest-first listing by updatedAt.
 * v2: an index on deletedAt for the purge, and defaults for fields v1 rows lacked (edits, nineLine, notes).
 * v3: the hand-typed `timeOfInjury` beside the record becomes a hand edit of the record's `time_of_injury` fact.
 * Fields added since are optional (draft; the extraction's engineLabel, sources, conflicts) and need no step.
 */
/** Aborts a transaction that IndexedDB may have aborted already (a failed request does that itself). */
function abortQuietly(tx: UpgradeTx): void {
  try {
    tx.abort();
  } catch {
    // already finished: nothing was committed by this upgrade either way
  }
}

async function upgrade(db: IDBPDatabase<RecordsDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const store = db.createObjectStore('casualties', { keyPath: 'id' });
    store.createIndex('by-updated', 'updatedAt');
  }
  if (oldVersion < 2) {
    const store = tx.objectStore('casualties');
    store.createIndex('by-deleted', 'deletedAt');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<Casualty> & Pick<Casualty, 'id'>;
      await cursor.update({
        ...old,
        edits: old.edits ?? [],
        nineLine: old.nineLine ?? {},
        notes: old.notes ?? '',
      } as Casualty);
    }
  }
  if (oldVersion < 3) {
    const store = tx.objectStore('casualties');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      if ('timeOfInjury' in cursor.value) await cursor.update(upgradeTimeOfInjury(cursor.value));
    }
  }
}

export interface CasualtyStore {
  /** Casualties not deleted, most recently updated first. */
  list(): Promise<Casualty[]>;
  /** Deleted casualties still inside the undo window or not yet purged. */
  listDeleted(): Promise<Casualty[]>;
  get(id: string): Promise<Casualty | undefined>;
  /**
   * Saves casualties in one transaction: all or none, and returns what was stored for each. A stored
   * deletion is kept (undo only by undoDelete). `basedOn(id)` is the version the caller last read or
   * wrote: when storage holds another (a second tab saved meanwhile), both are merged (mergeCasualty)
   * so neither tab's changes are lost. Without it, or for a casualty not stored yet, the save replaces.
   */
  put(casualties: Casualty[], basedOn?: (id: string) => Casualty | undefined): Promise<Casualty[]>;
  /** Marks a casualty deleted; it disappears from list() and can be brought back by undoDelete until purged. */
  softDelete(id: string, now?: Date): Promise<void>;
  undoDelete(id: string): Promise<void>;
  /** Removes for good the casualties deleted longer than `windowMs` ago; returns their ids. */
  purgeDeleted(now?: Date, windowMs?: number): Promise<string[]>;
  close(): void;
}

export interface OpenOptions {
  name?: string;
  /** Told about blocked upgrades, other tabs' upgrades and abnormal closes. */
  onEvent?: (event: StoreEvent) => void;
}

/** Opens (creating or upgrading) the casualty database. Rejects with a StorageError. */
export async function openCasualtyStore({
  name = DB_NAME,
  onEvent = () => {},
}: OpenOptions = {}): Promise<CasualtyStore> {
  if (typeof indexedDB === 'undefined')
    throw new StorageError('unavailable', 'IndexedDB is not available in this browser.');
  let db: IDBPDatabase<RecordsDB>;
  try {
    db = await openDB<RecordsDB>(name, DB_VERSION, {
      // A failed step aborts the upgrade transaction, so no half-upgraded store is ever committed and the open fails.
      upgrade: (database, oldVersion, _newVersion, tx) =>
        void upgrade(database, oldVersion, tx).catch(() => abortQuietly(tx)),
      blocked: () => onEvent({ type: 'blocked' }),
      // Closing lets the other tab's upgrade proceed; writes here then fail as 'closed' and autosave keeps them pending.
      blocking: () => {
        db.close();
        onEvent({ type: 'versionchange' });
      },
      terminated: () => onEvent({ type: 'terminated' }),
    });
  } catch (e) {
    throw toStorageError(e, 'open');
  }

  const guard = async <T>(during: 'read' | 'write', work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw toStorageError(e, during);
    }
  };

  /**
   * Runs `work` in one readwrite transaction, aborting it on any failure so nothing is half-written.
   * Resolves only once the transaction is complete with strict durability (flushed to disk, not just
   * handed to the OS), so what the UI then shows as saved survives a power cut.
   */
  const write = <T>(work: (store: WriteStore) => Promise<T>): Promise<T> =>
    guard('write', async () => {
      const tx = db.transaction('casualties', 'readwrite', { durability: 'strict' });
      try {
        const result = await work(tx.store);
        await tx.done;
        return result;
      } catch (e) {
        tx.done.catch(() => {}); // the abort rejects `done`; `e` is the error worth reporting
        try {
          tx.abort();
        } catch {
          // already finished or aborted: the original error is the one to report
        }
        throw e;
      }
    });

  const setDeleted = (id: string, deletedAt: string | undefined) =>
    write(async (store) => {
      const stored = await store.get(id);
      if (!stored) return;
      const { deletedAt: _old, ...rest } = stored;
      await store.put(deletedAt ? { ...rest, deletedAt } : rest);
    });

  return {
    list: () =>
      guard('read', async () =>
        (await db.getAllFromIndex('casualties', 'by-updated')).filter((c) => !c.deletedAt).reverse(),
      ),
    listDeleted: () => guard('read', () => db.getAllFromIndex('casualties', 'by-deleted')),
    get: (id) => guard('read', () => db.get('casualties', id)),
    put: (casualties, basedOn) =>
      write(async (store) => {
        const saved: Casualty[] = [];
        for (const c of casualties) {
          const stored = await store.get(c.id);
          const base = basedOn?.(c.id);
          let next = stored && base && !sameCasualty(stored, base) ? mergeCasualty(base, c, stored) : c;
          // A late autosave must not bring back a casualty deleted meanwhile.
          if (stored?.deletedAt && !next.deletedAt) next = { ...next, deletedAt: stored.deletedAt };
          await store.put(next);
          saved.push(next);
        }
        return saved;
      }),
    softDelete: (id, now = new Date()) => setDeleted(id, now.toISOString()),
    undoDelete: (id) => setDeleted(id, undefined),
    purgeDeleted: (now = new Date(), windowMs = UNDO_WINDOW_MS) =>
      write(async (store) => {
        const cutoff = new Date(now.getTime() - windowMs).toISOString();
        const ids = await store.index('by-deleted').getAllKeys(IDBKeyRange.upperBound(cutoff));
        for (const id of ids) await store.delete(id);
        return ids;
      }),
    close: () => db.close(),
  };
}
