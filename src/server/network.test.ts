import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { hostOfHeader, isLoopbackHost, lanIPv4Addresses, machineDnsNames, urlAuthority } from './network.js';

function nic(address: string, family: 'IPv4' | 'IPv6', internal: boolean): NetworkInterfaceInfo {
  const base = { address, netmask: '', mac: '00:00:00:00:00:00', internal, cidr: null };
  return family === 'IPv4' ? { ...base, family } : { ...base, family, scopeid: 0 };
}

describe('lanIPv4Addresses', () => {
  it('keeps non-internal IPv4 addresses only, once each, sorted', () => {
    const addresses = lanIPv4Addresses({
      lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
      wlan0: [nic('192.168.1.20', 'IPv4', false), nic('fe80::1', 'IPv6', false)],
      eth0: [nic('10.0.0.7', 'IPv4', false)],
      br0: [nic('10.0.0.7', 'IPv4', false)],
    });
    expect(addresses).toEqual(['10.0.0.7', '192.168.1.20']);
  });
});

describe('machineDnsNames', () => {
  it('adds the hostname and its mDNS name to localhost', () => {
    expect(machineDnsNames('Jetson-Kiosk')).toEqual(['localhost', 'jetson-kiosk', 'jetson-kiosk.local']);
  });
  it('leaves out a hostname DNS cannot carry', () => {
    expect(machineDnsNames('my_kiosk!')).toEqual(['localhost']);
  });
});

describe('Host header helpers', () => {
  it.each([
    ['localhost:8080', 'localhost'],
    ['192.168.1.20', '192.168.1.20'],
    ['[::1]:8080', '::1'],
    ['Kiosk.Local:8080', 'kiosk.local'],
    [undefined, ''],
    ['kiosk@evil.com', ''],
    ['evil.com/x?:8080', ''],
    ['evil.com#', ''],
  ])('hostOfHeader(%s) = %s', (header, host) => {
    expect(hostOfHeader(header)).toBe(host);
  });

  it('knows which hosts are loopback', () => {
    expect(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['192.168.1.20', 'kiosk.local', '10.127.0.1', 'localhost.evil.com'].some(isLoopbackHost)).toBe(false);
  });

  it('brackets IPv6 in URLs', () => {
    expect(urlAuthority('::1', 8443)).toBe('[::1]:8443');
    expect(urlAuthority('10.0.0.7', 8443)).toBe('10.0.0.7:8443');
  });
});
