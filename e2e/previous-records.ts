import type { Page } from '@playwright/test';
import { DB_NAME, type Casualty } from '../src/records/index.js';

/**
 * Leaves `casualties` in the records database (schema v3) as the previous version of the app stored them, for the
 * first start of this version to move into the casualty documents. Opens a page of the app's origin that does not
 * run the app first, so nothing else touches the database meanwhile.
 */
export async function seedPreviousRecords(page: Page, casualties: Casualty[]): Promise<void> {
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    ([name, stored]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 3);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('casualties', { keyPath: 'id' });
          store.createIndex('by-updated', 'updatedAt');
          store.createIndex('by-deleted', 'deletedAt');
        };
        open.onerror = () => reject(open.error ?? new Error('could not open the records database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('casualties', 'readwrite');
          for (const c of stored) tx.objectStore('casualties').put(c);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('the records transaction failed'));
        };
      }),
    [DB_NAME, casualties] as const,
  );
}
