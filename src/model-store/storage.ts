import { ModelStoreError } from './errors.js';
import { formatBytes } from './progress.js';

/** What the browser says about this origin's storage. */
export interface StorageReport {
  usage: number;
  quota: number;
  available: number;
}

/** Current usage and quota from `navigator.storage.estimate()`. */
export async function storageReport(): Promise<StorageReport> {
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota, available: Math.max(0, quota - usage) };
}

/** Throws a ModelStoreError that a person can act on when `bytesNeeded` will not fit. */
export async function ensureSpace(bytesNeeded: number, what: string): Promise<StorageReport> {
  const report = await storageReport();
  if (bytesNeeded > report.available) {
    throw new ModelStoreError(
      'not-enough-space',
      `${what} needs ${formatBytes(bytesNeeded)} more, but this browser lets us store only ${formatBytes(report.available)} more ` +
        `(${formatBytes(report.usage)} of ${formatBytes(report.quota)} used). Delete a stored model or free disk space, then try again.`,
    );
  }
  return report;
}

/**
 * Asks the browser not to evict our data under storage pressure; returns whether it agreed.
 * Only a page may ask (a worker has no `persist`, and gets false): WorkerDownload asks first.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = navigator.storage as (StorageManager & { persist?: () => Promise<boolean> }) | undefined;
  if (!storage?.persist) return false;
  return (await storage.persisted()) || storage.persist();
}
