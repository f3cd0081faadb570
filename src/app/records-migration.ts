/**
 * The first start of this version moves the casualties the previous one stored (its IndexedDB records database,
 * `src/records/db.ts`, opened through its own schema migrations) into the casualty documents, once, with nothing
 * lost: pieces, hand edits, the extraction, and deleted casualties with their deletion time. The old database is
 * only read, never changed or deleted, so it stays readable; a casualty the repo already holds is left alone, so
 * running it again adds nothing.
 */
// Not the records index: this comes with the entry, and the index brings the exports and the record validator.
import type { Casualty } from '../records/casualty.js';
import { DB_NAME, openCasualtyStore } from '../records/db.js';

/** Set (to the time) once every old casualty is stored in the repo. */
const MIGRATED_KEY = 'tccc-scribe.records-migrated';

export interface MigrationOptions {
  /** Where the "migrated" mark is kept (localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** The IndexedDB factory that holds the old database. */
  indexedDB?: Pick<IDBFactory, 'databases'> | undefined;
  openStore?: typeof openCasualtyStore;
}

/** Moves the old store's casualties into `target`; resolves with how many it added, once they are stored. */
export async function migrateOldRecords(
  target: { adopt(casualties: readonly Casualty[]): Promise<number> },
  { storage, indexedDB = globalThis.indexedDB, openStore = openCasualtyStore }: MigrationOptions = {},
): Promise<number> {
  if (storage?.getItem(MIGRATED_KEY)) return 0;
  // Opening a database that does not exist would create an empty one: a new device has nothing to move.
  const exists = (await indexedDB?.databases())?.some((d) => d.name === DB_NAME);
  let added = 0;
  if (exists) {
    const old = await openStore();
    try {
      added = await target.adopt([...(await old.list()), ...(await old.listDeleted())]);
    } finally {
      old.close();
    }
  }
  storage?.setItem(MIGRATED_KEY, new Date().toISOString());
  return added;
}
