import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';

/** Every non-internal IPv4 address of this machine: the addresses tablets on the LAN can reach, sorted. */
export function lanIPv4Addresses(interfaces = networkInterfaces()): string[] {
  const addresses = new Set<string>();
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) addresses.add(entry.address);
    }
  }
  return [...addresses].sort();
}

/** A host name DNS (and so a certificate) can carry: dot-separated labels of letters, digits and inner hyphens. */
const DNS_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The names a certificate for this machine should carry: localhost, the hostname and its mDNS `.local` form. */
export function machineDnsNames(machineHostname = hostname()): string[] {
  const names = new Set(['localhost']);
  // A hostname with characters DNS forbids would make the whole certificate invalid, so it is left out.
  const label = machineHostname.trim().toLowerCase();
  if (DNS_NAME.test(label)) {
    names.add(label);
    if (!label.includes('.')) names.add(`${label}.local`);
  }
  return [...names];
}

/**
 * The host name of a `Host` header, without its port; IPv6 brackets removed. Empty for a missing header, and for
 * one that is neither an IP address nor a DNS name: `kiosk@evil.com` must never become a redirect's authority.
 */
export function hostOfHeader(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  const value = hostHeader.trim().toLowerCase();
  const host = value.startsWith('[')
    ? value.slice(1, value.indexOf(']') === -1 ? undefined : value.indexOf(']'))
    : value.slice(0, value.lastIndexOf(':') === -1 ? undefined : value.lastIndexOf(':'));
  return isIP(host) !== 0 || DNS_NAME.test(host) ? host : '';
}

/** Whether a host name refers to this machine's loopback interface (a browser treats these as secure contexts). */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Whether a listen address accepts connections on every interface. */
export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** `host:port` for a URL, bracketing IPv6 addresses. */
export function urlAuthority(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Whether a peer's socket address is this machine's loopback (IPv4, IPv6, or IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  return address === '::1' || address === '::ffff:127.0.0.1' || (address ?? '').startsWith('127.');
}
