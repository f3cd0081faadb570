import { describe, expect, it } from 'vitest';
import { deviceName, isKioskPage, setDeviceName, type DevicePage } from './device-name.js';

function page(url: string, userAgent: string): DevicePage {
  const items = new Map<string, string>();
  const { protocol, hostname } = new URL(url);
  return {
    location: { protocol, hostname },
    userAgent,
    storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) },
  };
}

const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const ANDROID_TABLET = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0';

describe('deviceName', () => {
  it("is the kiosk's own page only on plain HTTP at a loopback name", () => {
    expect(isKioskPage({ protocol: 'http:', hostname: 'localhost' })).toBe(true);
    expect(isKioskPage({ protocol: 'http:', hostname: '127.0.0.1' })).toBe(true);
    expect(isKioskPage({ protocol: 'https:', hostname: 'localhost' })).toBe(false);
    expect(isKioskPage({ protocol: 'http:', hostname: '192.168.1.20' })).toBe(false);
  });

  it('calls the kiosk’s own browser "Kiosk" and a tablet after its platform, until the medic names it', () => {
    expect(deviceName(page('http://localhost:8080/', ANDROID_TABLET))).toBe('Kiosk');
    expect(deviceName(page('https://192.168.1.20:8443/', IPAD))).toBe('iPad');
    const tablet = page('https://192.168.1.20:8443/', ANDROID_TABLET);
    expect(deviceName(tablet)).toBe('Android tablet');
    setDeviceName('  Medic 2 tablet ', tablet);
    expect(deviceName(tablet)).toBe('Medic 2 tablet');
    setDeviceName('', tablet);
    expect(deviceName(tablet)).toBe('Android tablet');
  });

  it('HTTPS on loopback is not the kiosk’s own browser (the kiosk pairs only its plain-HTTP page by itself)', () => {
    expect(deviceName(page('https://localhost:8443/', IPAD))).toBe('iPad');
  });
});
