/**
 * Opens the casualty documents for this page: its worker (`casualty-docs.worker.ts`) holds the casualty documents, and
 * the page talks to it through {@link CasualtyDocsClient}. Opened once the first view is on screen (`src/main.ts`);
 * it also moves the previous version's store in on first start.
 */
import { CasualtyDocsClient } from './casualty-docs-client.js';
import { deviceName } from './device-name.js';
import { migrateOldRecords } from './records-migration.js';
import type { SyncStatus } from './sync-status.js';

/** The kiosk's storage id, kept so that changes waiting for it are counted after a reload while it is unreachable. */
const KIOSK_STORAGE_KEY = 'tccc-scribe.kiosk-storage-id';

export async function openCasualtyDocs(onStatus: (status: SyncStatus) => void): Promise<CasualtyDocsClient> {
  const worker = new Worker(new URL('./casualty-docs.worker.ts', import.meta.url), { type: 'module' });
  // A worker that fails to load would leave the open unanswered: the workspace then says storage could not open.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the worker of the casualty documents did not start')),
    ),
  );
  const client = await Promise.race([
    CasualtyDocsClient.open(worker, {
      device: () => deviceName(),
      kioskStorage: {
        get: () => localStorage.getItem(KIOSK_STORAGE_KEY) ?? undefined,
        set: (id) => localStorage.setItem(KIOSK_STORAGE_KEY, id),
      },
      online: navigator.onLine,
      onStatus,
    }),
    failed,
  ]);
  addEventListener('online', () => client.setOnline(true));
  addEventListener('offline', () => client.setOnline(false));
  await migrateOldRecords(client, { storage: localStorage });
  return client;
}
