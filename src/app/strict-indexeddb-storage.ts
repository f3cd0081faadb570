/**
 * automerge-repo's storage in IndexedDB, every write committed with strict durability. The library's own
 * IndexedDB adapter (`@automerge/automerge-repo-storage-indexeddb`) resolves a save when its transaction completes
 * with the browser's default durability, which Chromium treats as relaxed (handed to the OS, not flushed to disk):
 * a power cut right after could lose what the app then shows as stored (#10). Its private database handle cannot
 * be reached from a subclass, so this is the same layout (one store, keys are the storage key arrays) on `idb`.
 */
import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';

const STORE = 'documents';
type WriteStore = IDBPObjectStore<unknown, [typeof STORE], typeof STORE, 'readwrite'>;

export class StrictIndexedDBStorage implements StorageAdapterInterface {
  private readonly db: Promise<IDBPDatabase>;

  constructor(name: string) {
    this.db = openDB(name, 1, { upgrade: (db) => void db.createObjectStore(STORE) });
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const row = (await (await this.db).get(STORE, key)) as { binary: Uint8Array } | undefined;
    return row?.binary;
  }

  async save(key: StorageKey, binary: Uint8Array): Promise<void> {
    await this.write((store) => store.put({ key, binary }, key));
  }

  async remove(key: StorageKey): Promise<void> {
    await this.write((store) => store.delete(key));
  }

  async loadRange(keyPrefix: StorageKey): Promise<Chunk[]> {
    const store = (await this.db).transaction(STORE).store; // one transaction: keys and rows from one snapshot
    const range = prefixRange(keyPrefix);
    const [keys, rows] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
    return rows.map((row: { binary: Uint8Array }, i) => ({ key: keys[i] as StorageKey, data: row.binary }));
  }

  async removeRange(keyPrefix: StorageKey): Promise<void> {
    await this.write((store) => store.delete(prefixRange(keyPrefix)));
  }

  /** Runs `work` in one readwrite transaction and resolves once the browser has flushed it to disk. */
  private async write(work: (store: WriteStore) => Promise<unknown>): Promise<void> {
    const tx = (await this.db).transaction(STORE, 'readwrite', { durability: 'strict' });
    await Promise.all([work(tx.store), tx.done]);
  }
}

/** Every key that starts with `keyPrefix` (array keys sort element by element). */
const prefixRange = (keyPrefix: StorageKey) => IDBKeyRange.bound(keyPrefix, [...keyPrefix, '\uffff']);
