import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';

const DAY_MS = 24 * 60 * 60 * 1000;
/** iPadOS and macOS reject TLS server certificates valid for more than 825 days; stay a little under. */
export const SERVER_CERT_DAYS = 820;
/** The CA is trusted by hand on each tablet, so it lives long enough never to need doing twice. */
const CA_CERT_DAYS = 3650;
/** Renew the server certificate this long before it expires, so a kiosk restarted now keeps working for a while. */
const RENEW_BEFORE_MS = 30 * DAY_MS;
/** Tablets whose clocks run slightly behind would otherwise see a "not yet valid" certificate. */
const BACKDATE_MS = 60 * 60 * 1000;

/** PEM texts the HTTPS server needs, plus the CA to hand to tablets (absent for a user-supplied certificate). */
export interface TlsMaterial {
  cert: string;
  key: string;
  caCert?: string;
}

/** What the certificate must cover. */
export interface CertificateSubject {
  dnsNames: readonly string[];
  ipAddresses: readonly string[];
}

/** The kiosk's certificates and what had to be (re)generated this time. */
export interface KioskCertificates extends Required<TlsMaterial> {
  generatedCa: boolean;
  generatedServerCert: boolean;
  /** Folder holding ca.crt, ca.key, server.crt, server.key. */
  dir: string;
}

/**
 * Load the kiosk's CA and server certificate from `dir`, creating what is missing or unusable. The CA is kept
 * whenever it is valid (tablets trust it by hand); the server certificate is reissued when the names or
 * addresses it must cover change, when it nears expiry, or when it no longer chains to the CA.
 */
export async function ensureKioskCertificates(
  dir: string,
  subject: CertificateSubject,
  now = new Date(),
): Promise<KioskCertificates> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const paths = {
    caCert: join(dir, 'ca.crt'),
    caKey: join(dir, 'ca.key'),
    cert: join(dir, 'server.crt'),
    key: join(dir, 'server.key'),
  };
  let ca = await readPair(paths.caCert, paths.caKey);
  const generatedCa = !ca || !isUsable(ca, now, 0);
  if (generatedCa) {
    ca = createCertificateAuthority(now);
    await writePair(paths.caCert, paths.caKey, ca);
  }
  const caPair = ca as PemPair;
  let server = await readPair(paths.cert, paths.key);
  const generatedServerCert =
    generatedCa ||
    !server ||
    !isUsable(server, now, RENEW_BEFORE_MS) ||
    !isIssuedBy(server.cert, caPair.cert) ||
    !sameNames(subjectAltNames(server.cert), subject);
  if (generatedServerCert) {
    server = createServerCertificate(caPair, subject, now);
    await writePair(paths.cert, paths.key, server);
  }
  const serverPair = server as PemPair;
  return { cert: serverPair.cert, key: serverPair.key, caCert: caPair.cert, generatedCa, generatedServerCert, dir };
}

/** Read and check a user-supplied certificate and key; throws with a readable message when they do not match. */
export async function loadUserCertificate(certFile: string, keyFile: string): Promise<TlsMaterial> {
  const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
  const x509 = new X509Certificate(cert);
  if (!x509.checkPrivateKey(createPrivateKey(key))) throw new Error(`${keyFile} is not the private key of ${certFile}`);
  return { cert, key };
}

/** The subject alternative names of a PEM certificate as `DNS:name` / `IP:address` strings. */
export function subjectAltNames(certPem: string): string[] {
  const list = new X509Certificate(certPem).subjectAltName ?? '';
  return list
    .split(', ')
    .filter(Boolean)
    .map((entry) => entry.replace(/^IP Address:/, 'IP:'));
}

interface PemPair {
  cert: string;
  key: string;
}

function sameNames(present: readonly string[], subject: CertificateSubject): boolean {
  const wanted = [...subject.dnsNames.map((name) => `DNS:${name}`), ...subject.ipAddresses.map((ip) => `IP:${ip}`)];
  return present.length === new Set(wanted).size && wanted.every((name) => present.includes(name));
}

function isUsable(pair: PemPair, now: Date, renewBeforeMs: number): boolean {
  const x509 = new X509Certificate(pair.cert);
  return (
    x509.checkPrivateKey(createPrivateKey(pair.key)) &&
    new Date(x509.validFrom).getTime() <= now.getTime() &&
    new Date(x509.validTo).getTime() - renewBeforeMs > now.getTime()
  );
}

function isIssuedBy(certPem: string, caPem: string): boolean {
  const cert = new X509Certificate(certPem);
  const ca = new X509Certificate(caPem);
  return cert.checkIssued(ca) && cert.verify(ca.publicKey);
}

async function readPair(certPath: string, keyPath: string): Promise<PemPair | undefined> {
  try {
    const [cert, key] = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]);
    new X509Certificate(cert); // throws on a damaged file, which is then regenerated
    createPrivateKey(key);
    return { cert, key };
  } catch {
    return undefined;
  }
}

async function writePair(certPath: string, keyPath: string, pair: PemPair): Promise<void> {
  // Write-then-rename so a crash never leaves half a PEM behind.
  await writeFile(`${keyPath}.tmp`, pair.key, { mode: 0o600 });
  // writeFile's mode applies only to a new file: a .tmp left by an earlier crash keeps its own.
  await chmod(`${keyPath}.tmp`, 0o600);
  await rename(`${keyPath}.tmp`, keyPath);
  await writeFile(`${certPath}.tmp`, pair.cert, { mode: 0o644 });
  await rename(`${certPath}.tmp`, certPath);
}

/** An RSA-2048 key: Node generates it natively in milliseconds where forge's pure-JS generator takes seconds. */
function newKeyPair(): { forgeKey: forge.pki.rsa.PrivateKey; pem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return { forgeKey: forge.pki.privateKeyFromPem(pem), pem };
}

/**
 * A certificate serial from 16 random bytes: positive (top bit clear) and unique per certificate, as browsers require,
 * and with a first byte never zero. A zero first byte before one under 0x80 is padding DER forbids, and OpenSSL then
 * refuses the certificate ("illegal padding"): one certificate in about 256 was unreadable.
 */
export function serialNumber(random: Buffer): string {
  const serial = Buffer.from(random);
  serial[0] = 0x01 + ((serial[0] ?? 0) % 0x7f);
  return serial.toString('hex');
}

function newCertificate(publicKey: forge.pki.PublicKey, now: Date, days: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serialNumber(randomBytes(16));
  cert.validity.notBefore = new Date(now.getTime() - BACKDATE_MS);
  cert.validity.notAfter = new Date(cert.validity.notBefore.getTime() + days * DAY_MS);
  return cert;
}

function createCertificateAuthority(now: Date): PemPair {
  const { forgeKey, pem } = newKeyPair();
  const cert = newCertificate(forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), now, CA_CERT_DAYS);
  const name = [
    { name: 'commonName', value: 'TCCC Scribe kiosk local CA' },
    { name: 'organizationName', value: 'TCCC Scribe kiosk' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forgeKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: pem };
}

function createServerCertificate(ca: PemPair, subject: CertificateSubject, now: Date): PemPair {
  const caCert = forge.pki.certificateFromPem(ca.cert);
  const caKey = forge.pki.privateKeyFromPem(ca.key);
  const { forgeKey, pem } = newKeyPair();
  const cert = newCertificate(forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), now, SERVER_CERT_DAYS);
  cert.setSubject([{ name: 'commonName', value: subject.dnsNames[0] ?? 'localhost' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    // Apple platforms refuse a server certificate without the serverAuth purpose.
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        ...subject.dnsNames.map((value) => ({ type: 2, value })),
        ...subject.ipAddresses.map((ip) => ({ type: 7, ip })),
      ],
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: pem };
}
