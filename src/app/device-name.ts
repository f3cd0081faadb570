/**
 * The name this browser goes by on every device (#13.4): a value two devices set at once is shown with the name of
 * each, and a casualty says which device recorded it. The kiosk's own browser is "Kiosk"; a tablet is named after its
 * platform until the medic gives it a name. Kept in localStorage, so a reload keeps it.
 */

import { deviceKind } from '../sync/device-kind.js';

const NAME_KEY = 'tccc-scribe.device-name';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What the name is worked out from, passed in so it runs anywhere. */
export interface DevicePage {
  location: { protocol: string; hostname: string };
  userAgent: string;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

function browserPage(): DevicePage {
  return {
    location: globalThis.location ?? { protocol: 'http:', hostname: 'localhost' },
    userAgent: globalThis.navigator?.userAgent ?? '',
    storage: globalThis.localStorage,
  };
}

/**
 * The kiosk's own browser: plain HTTP on loopback, where the kiosk pairs it by itself. It is the only page the kiosk
 * serves without TLS (a tablet is always sent to HTTPS), and the one its loopback-only APIs (the Devices page's) answer.
 */
export function isKioskPage(location: DevicePage['location']): boolean {
  return location.protocol === 'http:' && LOOPBACK.has(location.hostname);
}

/** The name of this browser: the one the medic set, else "Kiosk" on the kiosk's own browser, else its platform's. */
export function deviceName(page: DevicePage = browserPage()): string {
  let stored: string | null = null;
  try {
    stored = page.storage?.getItem(NAME_KEY) ?? null;
  } catch {
    // storage disabled: the default name serves
  }
  if (stored?.trim()) return stored.trim();
  return isKioskPage(page.location) ? 'Kiosk' : (deviceKind(page.userAgent) ?? 'Tablet');
}

/** Names this browser (a blank name goes back to the default); later changes are signed with it. */
export function setDeviceName(name: string, page: DevicePage = browserPage()): void {
  try {
    page.storage?.setItem(NAME_KEY, name.trim());
  } catch {
    // storage disabled: the name lasts this page only through the caller
  }
}
