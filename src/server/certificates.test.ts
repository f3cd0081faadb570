import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SERVER_CERT_DAYS,
  ensureKioskCertificates,
  loadUserCertificate,
  serialNumber,
  subjectAltNames,
} from './certificates.js';

const SUBJECT = { dnsNames: ['localhost', 'kiosk', 'kiosk.local'], ipAddresses: ['127.0.0.1', '192.168.1.20'] };
const DAY_MS = 24 * 60 * 60 * 1000;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-tls-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ensureKioskCertificates', () => {
  it('creates a CA and a server certificate that chains to it and names every address', async () => {
    const tls = await ensureKioskCertificates(dir, SUBJECT);
    expect(tls).toMatchObject({ generatedCa: true, generatedServerCert: true });
    const server = new X509Certificate(tls.cert);
    const ca = new X509Certificate(tls.caCert);
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(subjectAltNames(tls.cert).sort()).toEqual(
      ['DNS:localhost', 'DNS:kiosk', 'DNS:kiosk.local', 'IP:127.0.0.1', 'IP:192.168.1.20'].sort(),
    );
    expect(server.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(server.keyUsage).toContain('1.3.6.1.5.5.7.3.1'); // serverAuth, which iPadOS insists on
  });

  it('keeps the server certificate valid for at most 825 days', async () => {
    const server = new X509Certificate((await ensureKioskCertificates(dir, SUBJECT)).cert);
    const days = (Date.parse(server.validTo) - Date.parse(server.validFrom)) / DAY_MS;
    expect(days).toBeLessThanOrEqual(825);
    expect(days).toBe(SERVER_CERT_DAYS);
  });

  it('reuses both certificates when nothing changed', async () => {
    const first = await ensureKioskCertificates(dir, SUBJECT);
    const second = await ensureKioskCertificates(dir, { ...SUBJECT, ipAddresses: [...SUBJECT.ipAddresses].reverse() });
    expect(second).toMatchObject({ generatedCa: false, generatedServerCert: false });
    expect(second.cert).toBe(first.cert);
    expect(second.caCert).toBe(first.caCert);
  });

  it('reissues only the server certificate when the LAN addresses change', async () => {
    const first = await ensureKioskCertificates(dir, SUBJECT);
    const moved = { ...SUBJECT, ipAddresses: ['127.0.0.1', '10.0.0.7'] };
    const second = await ensureKioskCertificates(dir, moved);
    expect(second).toMatchObject({ generatedCa: false, generatedServerCert: true });
    expect(second.caCert).toBe(first.caCert);
    expect(subjectAltNames(second.cert)).toContain('IP:10.0.0.7');
    expect(subjectAltNames(second.cert)).not.toContain('IP:192.168.1.20');
    expect(new X509Certificate(second.cert).verify(new X509Certificate(first.caCert).publicKey)).toBe(true);
  });

  it('renews the server certificate as it nears expiry', async () => {
    await ensureKioskCertificates(dir, SUBJECT);
    const later = new Date(Date.now() + (SERVER_CERT_DAYS - 10) * DAY_MS);
    const renewed = await ensureKioskCertificates(dir, SUBJECT, later);
    expect(renewed).toMatchObject({ generatedCa: false, generatedServerCert: true });
  });

  it('regenerates a damaged server key and writes keys readable by the owner only', async () => {
    await ensureKioskCertificates(dir, SUBJECT);
    await writeFile(join(dir, 'server.key'), 'garbage');
    const repaired = await ensureKioskCertificates(dir, SUBJECT);
    expect(repaired).toMatchObject({ generatedCa: false, generatedServerCert: true });
    expect(await readFile(join(dir, 'server.key'), 'utf8')).toBe(repaired.key);
    expect((await stat(join(dir, 'ca.key'))).mode & 0o077).toBe(0);
  });
});

describe('loadUserCertificate', () => {
  it('accepts a matching pair and rejects a key that belongs to another certificate', async () => {
    const tls = await ensureKioskCertificates(dir, SUBJECT);
    const loaded = await loadUserCertificate(join(dir, 'server.crt'), join(dir, 'server.key'));
    expect(loaded).toEqual({ cert: tls.cert, key: tls.key });
    await expect(loadUserCertificate(join(dir, 'server.crt'), join(dir, 'ca.key'))).rejects.toThrow(
      /not the private key/,
    );
  });
});

describe('serialNumber', () => {
  it('never starts with a zero byte, which DER forbids before a byte under 0x80, and stays positive', () => {
    for (const first of [0x00, 0x7f, 0x80, 0xfe, 0xff]) {
      const hex = serialNumber(Buffer.from([first, 0x05, ...Array<number>(14).fill(0x42)]));
      const lead = parseInt(hex.slice(0, 2), 16);
      expect(hex).toHaveLength(32);
      expect(lead).toBeGreaterThan(0);
      expect(lead).toBeLessThan(0x80);
    }
  });
});
