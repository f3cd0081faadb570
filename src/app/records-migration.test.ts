import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, openCasualtyStore, type Casualty } from '../records/index.js';
import { sampleCasualty } from '../sync/casualty-fixtures.js';
import { migrateOldRecords } from './records-migration.js';
import { closeTestRepos, openTestRepo } from './test-repo.js';

afterEach(async () => {
  await closeTestRepos();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = () => resolve();
  });
});

/** localStorage as a Map. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

/** Today's records database (schema v3) holding `casualties`, the last one deleted. */
async function storeOldRecords(casualties: Casualty[]): Promise<void> {
  const old = await openCasualtyStore();
  await old.put(casualties);
  await old.softDelete(casualties.at(-1)!.id, new Date('2026-12-03T09:30:00.000Z'));
  old.close();
}

const byId = (cs: Casualty[]) => [...cs].sort((a, b) => a.id.localeCompare(b.id));

describe('migrating the previous store into the casualty documents', () => {
  it('moves every casualty once, with nothing lost (pieces, hand edits, extraction, deleted ones), and leaves the old store readable', async () => {
    const casualties = [sampleCasualty(1), sampleCasualty(2, 20), sampleCasualty(3)];
    await storeOldRecords(casualties);
    const db = `migration-${Math.random()}`;
    const repo = await openTestRepo(db, 'Tablet');
    const storage = memoryStorage();

    expect(await migrateOldRecords(repo, { storage })).toBe(3);
    const deleted = { ...casualties[2], deletedAt: '2026-12-03T09:30:00.000Z' };
    expect(byId(repo.casualties())).toEqual(byId([casualties[0], casualties[1], deleted]));

    // Stored, not only held: a fresh start of the repo on the same database reads them all back.
    const reopened = await openTestRepo(db, 'Tablet');
    expect(byId(reopened.casualties())).toEqual(byId([casualties[0], casualties[1], deleted]));

    // Once only, and the old database is still there to read.
    expect(await migrateOldRecords(reopened, { storage })).toBe(0);
    expect(await migrateOldRecords(reopened, { storage: memoryStorage() })).toBe(0); // mark lost: nothing doubles
    const old = await openCasualtyStore();
    expect(await old.list()).toHaveLength(2);
    expect(await old.listDeleted()).toHaveLength(1);
    old.close();
  });

  it('on a device that never had the old store, creates no old database and moves nothing', async () => {
    const repo = await openTestRepo(`migration-${Math.random()}`, 'Tablet');
    expect(await migrateOldRecords(repo, { storage: memoryStorage() })).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});
