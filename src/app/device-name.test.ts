import { describe, expect, it } from 'vitest';
import { deviceName, isKioskPage } from './device-name.js';

const kiosk = { protocol: 'http:', hostname: 'localhost' };
const tablet = { protocol: 'https:', hostname: '192.168.1.20' };
const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15';
const storage = (name: string | null) => ({ getItem: () => name });

describe('device name', () => {
  it("is the kiosk's own page only on plain HTTP at a loopback name", () => {
    expect(isKioskPage(kiosk)).toBe(true);
    expect(isKioskPage({ protocol: 'http:', hostname: '127.0.0.1' })).toBe(true);
    expect(isKioskPage({ protocol: 'https:', hostname: 'localhost' })).toBe(false);
    expect(isKioskPage({ protocol: 'http:', hostname: '192.168.1.20' })).toBe(false);
  });

  it('is the stored name, else Kiosk on the kiosk, else the kind of device', () => {
    expect(deviceName({ storage: storage('Medic 2 tablet'), location: tablet, userAgent: IPAD })).toBe(
      'Medic 2 tablet',
    );
    expect(deviceName({ storage: storage(null), location: kiosk, userAgent: 'X11; Linux' })).toBe('Kiosk');
    expect(deviceName({ storage: storage('  '), location: tablet, userAgent: IPAD })).toBe('iPad');
    expect(deviceName({ location: tablet, userAgent: 'Linux; Android 14; SM-X200' })).toBe('Android tablet');
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(deviceName({ storage: broken, location: tablet, userAgent: 'X11; Linux' })).toBe('Tablet');
  });
});
