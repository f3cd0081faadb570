import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { get as httpsGet } from 'node:https';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { checkServerIdentity, connect, type PeerCertificate } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { KIOSK_HTTPS_PORT } from '../playwright.config.js';

// The kiosk server playwright.config.ts starts: `--data-dir .cache/e2e-kiosk`, serving dist/.
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODELS_DIR = join(PROJECT_ROOT, '.cache/e2e-kiosk/models');
const DIST_DIR = join(PROJECT_ROOT, 'dist');
const SHARD_URL = '/models/e2e-probe/resolve/main/params_shard_0.bin';
const SHARD = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7 + 3) % 256));
const NAVIGATE = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-mode': 'navigate' };

/** Non-internal IPv4 addresses of this machine: the ones a tablet would use. */
const LAN_ADDRESSES = Object.values(networkInterfaces())
  .flatMap((entries) => entries ?? [])
  .filter((entry) => entry.family === 'IPv4' && !entry.internal)
  .map((entry) => entry.address);

test.beforeAll(async () => {
  await mkdir(join(MODELS_DIR, 'e2e-probe/resolve/main'), { recursive: true });
  await writeFile(join(MODELS_DIR, 'e2e-probe/resolve/main/params_shard_0.bin'), SHARD);
  await writeFile(
    join(MODELS_DIR, 'e2e-probe/resolve/main/probe.wasm'),
    Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
  );
});

test('a missing asset or model file is a 404, never the app page', async ({ request }) => {
  for (const path of ['/assets/nope.js', '/models/x/resolve/main/params_shard_0.bin', '/nope.wasm']) {
    for (const headers of [{}, NAVIGATE]) {
      const response = await request.get(path, { headers });
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).not.toContain('text/html');
      expect(await response.text(), path).not.toContain('<html');
    }
  }
});

test('a navigation to an app route gets index.html', async ({ request }) => {
  const indexHtml = await readFile(join(DIST_DIR, 'index.html'), 'utf8');
  const response = await request.get('/record', { headers: NAVIGATE });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(await response.text()).toBe(indexHtml);
});

test('a Range request returns 206 with exactly those bytes', async ({ request }) => {
  const whole = await request.get(SHARD_URL);
  expect(whole.status()).toBe(200);
  expect(whole.headers()['accept-ranges']).toBe('bytes');
  expect(whole.headers()['content-length']).toBe(String(SHARD.length));

  const part = await request.get(SHARD_URL, { headers: { range: 'bytes=1000-4999' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 1000-4999/${SHARD.length}`);
  expect(part.headers()['content-length']).toBe('4000');
  expect((await part.body()).equals(SHARD.subarray(1000, 5000))).toBe(true);

  const unsatisfiable = await request.get(SHARD_URL, { headers: { range: `bytes=${SHARD.length}-` } });
  expect(unsatisfiable.status()).toBe(416);
});

test('WebAssembly is served as application/wasm', async ({ request }) => {
  const wasmUrls = ['/models/e2e-probe/resolve/main/probe.wasm', ...(await builtWasmUrls())];
  for (const url of wasmUrls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('application/wasm');
  }
});

test('every response carries a CSP that allows WebAssembly but never unsafe-eval', async ({ request }) => {
  for (const path of ['/', '/record', '/assets/nope.js', SHARD_URL]) {
    const headers = (await request.get(path, { headers: NAVIGATE })).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("'wasm-unsafe-eval'");
    expect(csp, path).not.toMatch(/'unsafe-eval'/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});

test('the app runs under this policy: no CSP violations, cross-origin isolated for WebAssembly threads', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of ['/capture', '/record', '/reports', '/library', '/model', '/bench']) {
    await page.goto(path);
    await expect(page.locator(`${path.slice(1)}-view`)).toBeAttached();
  }
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(violations).toEqual([]);
});

test('HTTPS presents a certificate for 127.0.0.1 and every LAN address that chains to the downloadable CA', async ({
  request,
}) => {
  const download = await request.get('/kiosk-ca.crt');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/x-x509-ca-cert');
  const caPem = await download.text();
  expect(new X509Certificate(caPem).ca).toBe(true);

  // Node verifies the chain against only this CA, and the address against the certificate's names.
  const peer = await tlsPeer('127.0.0.1', caPem);
  const names = (peer.subjectaltname ?? '').split(', ');
  expect(names).toContain('IP Address:127.0.0.1');
  expect(names).toContain('DNS:localhost');
  // Tests reach loopback only: each LAN address is checked against the names of the certificate served on 127.0.0.1,
  // as a tablet's TLS stack would check it, without sending anything to that address.
  for (const address of LAN_ADDRESSES) {
    expect(names).toContain(`IP Address:${address}`);
    expect(checkServerIdentity(address, peer)).toBeUndefined();
  }
  expect(await httpsStatus(`https://127.0.0.1:${KIOSK_HTTPS_PORT}/`, caPem)).toBe(200);
  const days = (Date.parse(peer.valid_to) - Date.parse(peer.valid_from)) / 86_400_000;
  expect(days).toBeLessThanOrEqual(825);
});

test('plain HTTP redirects to HTTPS only under a name the certificate carries; any other Host is refused', async ({
  baseURL,
  request,
}) => {
  const { port } = new URL(baseURL ?? '');
  const caPem = await (await request.get('/kiosk-ca.crt')).text();
  const names = ((await tlsPeer('127.0.0.1', caPem)).subjectaltname ?? '')
    .split(', ')
    .map((n) => n.replace(/^(IP Address|DNS):/, ''));
  // A LAN address, or else this machine's own host name: whichever the certificate names besides loopback.
  const own = names.find((n) => n !== 'localhost' && n !== '127.0.0.1');
  expect(own, `certificate names: ${names.join(', ')}`).toBeDefined();
  const redirect = await httpHead(baseURL ?? '', '/record', `${own}:${port}`);
  expect(redirect.status).toBe(308);
  expect(redirect.location).toBe(`https://${own}:${KIOSK_HTTPS_PORT}/record`);
  expect((await httpHead(baseURL ?? '', '/kiosk-ca.crt', `${own}:${port}`)).status).toBe(200);
  const evil = await httpHead(baseURL ?? '', '/record', `evil.example:${port}`);
  expect(evil.status).toBe(400);
  expect(evil.location).toBeUndefined();
});

test('HTTPS sends Strict-Transport-Security to LAN names, plain HTTP never', async ({ request }) => {
  const caPem = await (await request.get('/kiosk-ca.crt')).text();
  const headers = await httpsHeaders(`https://127.0.0.1:${KIOSK_HTTPS_PORT}/`, caPem, `192.0.2.10:${KIOSK_HTTPS_PORT}`);
  expect(headers['strict-transport-security']).toBe('max-age=31536000');
  expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
});

test('/models/ serves no symlink, answers folders like missing files, and ignores an unparsable Range', async ({
  request,
}) => {
  const link = join(MODELS_DIR, 'e2e-probe/resolve/main/passwd.bin');
  await rm(link, { force: true });
  await symlink('/etc/passwd', link);
  for (const path of [
    '/models/e2e-probe/resolve/main/passwd.bin',
    '/models/e2e-probe/',
    '/models/e2e-probe/resolve/main/',
    '/models/nonexist/',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe('Not found\n');
  }
  const whole = await request.get(SHARD_URL, { headers: { range: 'bytes=abc' } });
  expect(whole.status()).toBe(200);
  expect((await whole.body()).equals(SHARD)).toBe(true);
});

async function builtWasmUrls(): Promise<string[]> {
  const files = await readdir(DIST_DIR, { recursive: true });
  return files.filter((file) => file.endsWith('.wasm')).map((file) => `/${file.split('\\').join('/')}`);
}

function tlsPeer(host: string, caPem: string): Promise<PeerCertificate> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host, port: KIOSK_HTTPS_PORT, ca: caPem, servername: host === '127.0.0.1' ? 'localhost' : undefined },
      () => {
        const peer = socket.getPeerCertificate();
        socket.end();
        resolve(peer);
      },
    );
    socket.on('error', reject);
  });
}

/** Response headers of an HTTPS GET to `url` (on loopback) sent with a chosen Host, as a tablet on the LAN would. */
function httpsHeaders(
  url: string,
  caPem: string,
  host: string,
): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    httpsGet(url, { ca: caPem, servername: 'localhost', headers: { host } }, (response) => {
      response.resume();
      resolve(response.headers);
    }).on('error', reject);
  });
}

function httpsStatus(url: string, caPem: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    httpsGet(url, { ca: caPem }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

/** A HEAD request with a chosen Host header, as a tablet typing the kiosk's LAN address would send. */
function httpHead(baseURL: string, path: string, host: string): Promise<{ status?: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, baseURL), { method: 'HEAD', headers: { host } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode, location: response.headers.location });
    });
    request.on('error', reject);
    request.end();
  });
}
