/**
 * What the header says about sync with the kiosk (#13.7), so a device never diverges without saying so: synced,
 * offline with the changes that wait, the kiosk unreachable since when, or this device not paired with it.
 */

import { localClock } from '../tccc/local-clock.js';

/** Where this device stands with the kiosk. */
export interface SyncStatus {
  /**
   * `connecting` until the first answer or failure; `offline` when the browser says it has no network; `unpaired` when
   * the kiosk said this device is not paired with it (then it does not try to connect).
   */
  link: 'connecting' | 'connected' | 'unreachable' | 'offline' | 'unpaired';
  /** When the kiosk was last lost (or first tried), ISO time; absent while connected. */
  since?: string;
  /** Changes on this device the kiosk has not confirmed. */
  waiting: number;
}

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

/** The header's words for `status`. */
export function syncStatusText(status: SyncStatus): string {
  switch (status.link) {
    case 'connected':
      return status.waiting ? `sending ${changes(status.waiting)} to kiosk` : 'synced with kiosk';
    case 'offline':
      return `offline: ${changes(status.waiting)} waiting`;
    case 'unreachable': {
      const since = status.since ? ` since ${localClock(status.since)}` : '';
      return `kiosk unreachable${since}${status.waiting ? `: ${changes(status.waiting)} waiting` : ''}`;
    }
    case 'connecting':
      return 'connecting to kiosk…';
    case 'unpaired':
      return 'not paired with the kiosk';
  }
}
