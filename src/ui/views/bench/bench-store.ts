import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BenchRun } from './bench-runner.js';

/** Saved Bench runs, newest last, so figures from earlier runs on this device stay to compare against. */
interface BenchDB extends DBSchema {
  runs: { key: number; value: BenchRun };
}

let dbPromise: Promise<IDBPDatabase<BenchDB>> | undefined;

function db(): Promise<IDBPDatabase<BenchDB>> {
  dbPromise ??= openDB<BenchDB>('tccc-bench', 1, {
    upgrade(database, oldVersion) {
      switch (oldVersion) {
        case 0:
          database.createObjectStore('runs', { autoIncrement: true });
      }
    },
  });
  return dbPromise;
}

/** Keeps a run; returns its key. */
export async function saveRun(run: BenchRun): Promise<number> {
  return (await db()).add('runs', run);
}

/** Replaces a kept run (a figure that arrived later). */
export async function updateRun(key: number, run: BenchRun): Promise<void> {
  await (await db()).put('runs', run, key);
}

/** Every saved run, oldest first. */
export async function savedRuns(): Promise<BenchRun[]> {
  return (await db()).getAll('runs');
}
