/**
 * What this browser calls itself on the board and in sync conflicts: a name kept in localStorage, else "Kiosk" on
 * the kiosk's own page, else the kind of device the browser runs on. The kiosk's own page is plain HTTP on a loopback
 * name: the only page the kiosk server serves without TLS (a tablet is always sent to HTTPS), and the one its
 * loopback-only APIs (the Devices page's) answer.
 */
const NAME_KEY = 'tccc-scribe.device-name';

/** Whether the page at `location` is the kiosk's own browser (plain HTTP on a loopback name). */
export function isKioskPage(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return location.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
}

/** The name for a browser that was given none: "Kiosk" on the kiosk, else its kind of device. */
function defaultName(location: Pick<Location, 'protocol' | 'hostname'>, userAgent: string): string {
  if (isKioskPage(location)) return 'Kiosk';
  if (/iPad|Macintosh.*Mobile/.test(userAgent)) return 'iPad';
  if (/Android/.test(userAgent)) return /Mobile/.test(userAgent) ? 'Android phone' : 'Android tablet';
  if (/iPhone/.test(userAgent)) return 'iPhone';
  return 'Tablet';
}

/** The page around the name; tests pass their own. */
export interface DeviceNameSource {
  storage?: Pick<Storage, 'getItem'>;
  location: Pick<Location, 'protocol' | 'hostname'>;
  userAgent: string;
}

/** This browser's device name (see the file comment). */
export function deviceName(source: DeviceNameSource): string {
  let stored: string | null = null;
  try {
    stored = source.storage?.getItem(NAME_KEY)?.trim() || null;
  } catch {
    // storage disabled: the default name still says what the device is
  }
  return stored ?? defaultName(source.location, source.userAgent);
}
