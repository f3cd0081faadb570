import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from './app.js';

const INDEX_HTML = '<!doctype html><title>kiosk</title>';
const SHARD = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const BIG_JS = `export const text = ${JSON.stringify('casualty '.repeat(500))};`;
const BIG_WASM = Buffer.concat([Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]), Buffer.alloc(4096)]);
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

let root: string;
let app: KioskApp;
let httpApp: KioskApp;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-app-'));
  const distDir = join(root, 'dist');
  const modelsDir = join(root, 'models');
  await mkdir(join(distDir, 'assets'), { recursive: true });
  await mkdir(join(modelsDir, 'm', 'resolve', 'main'), { recursive: true });
  await writeFile(join(distDir, 'index.html'), INDEX_HTML);
  await writeFile(join(distDir, 'sw.js'), 'self.x = 1;');
  await writeFile(join(distDir, 'assets', 'index-abc123.js'), 'export {};');
  await writeFile(join(distDir, 'assets', 'big-abc123.js'), BIG_JS);
  await writeFile(join(distDir, 'assets', 'big-abc123.js.br'), brotliCompressSync(BIG_JS));
  await writeFile(join(modelsDir, 'm', 'resolve', 'main', 'params_shard_0.bin.br'), brotliCompressSync(SHARD));
  await writeFile(join(distDir, 'assets', 'ort-abc123.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  await writeFile(join(distDir, 'assets', 'big-abc123.wasm'), BIG_WASM);
  await writeFile(join(distDir, 'assets', 'big-abc123.wasm.br'), brotliCompressSync(BIG_WASM));
  await writeFile(join(modelsDir, 'm', 'resolve', 'main', 'params_shard_0.bin'), SHARD);
  await mkdir(join(root, 'data', 'tls'), { recursive: true });
  await writeFile(join(root, 'data', 'tls', 'ca.key'), 'PRIVATE KEY');
  // What the issue found served: links placed in models/ to a system file, to the CA key, and to a whole model folder.
  await symlink('/etc/passwd', join(modelsDir, 'm', 'resolve', 'main', 'passwd.bin'));
  await symlink(join(root, 'data', 'tls', 'ca.key'), join(modelsDir, 'm', 'resolve', 'main', 'params_shard_1.bin'));
  await symlink(join(modelsDir, 'm'), join(modelsDir, 'linked'));
  app = await createKioskApp({ distDir, modelsDir, caCert: CA_PEM });
  httpApp = await createKioskApp({
    distDir,
    modelsDir,
    caCert: CA_PEM,
    redirectToHttps: { port: 8443, hosts: ['192.168.1.20', 'kiosk.local', 'localhost', '127.0.0.1'] },
  });
});

afterAll(async () => {
  await Promise.all([app.close(), httpApp.close()]);
  await rm(root, { recursive: true, force: true });
});

const NAVIGATE = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-mode': 'navigate' };

describe('createKioskApp', () => {
  it('falls back to index.html only for navigations to app routes', async () => {
    const page = await app.inject({ url: '/record', headers: NAVIGATE });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
    expect(page.headers['cache-control']).toBe('no-cache');

    const script = await app.inject({ url: '/record', headers: { accept: '*/*', 'sec-fetch-mode': 'cors' } });
    expect(script.statusCode).toBe(404);
  });

  it.each(['/assets/nope.js', '/models/x/resolve/main/params_shard_0.bin', '/nope.wasm', '/assets/nope', '/models/x'])(
    'answers a missing %s with a plain 404 even to a navigation',
    async (url) => {
      const response = await app.inject({ url, headers: NAVIGATE });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.body).not.toContain('<title>');
    },
  );

  it('serves hashed assets immutable and the app shell files no-cache', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const sw = await app.inject({ url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    const index = await app.inject({ url: '/' });
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('serves WebAssembly as application/wasm', async () => {
    const response = await app.inject({ url: '/assets/ort-abc123.wasm' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/wasm');
  });

  // Automerge's 3.6 MB module is a third of that compressed: a tablet on a slow link opens its casualties sooner.
  it('sends precompressed WebAssembly as application/wasm', async () => {
    const response = await app.inject({ url: '/assets/big-abc123.wasm', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('application/wasm');
    expect(brotliDecompressSync(response.rawPayload).equals(BIG_WASM)).toBe(true);
  });

  it('serves byte ranges of model files', async () => {
    const whole = await app.inject({ url: '/models/m/resolve/main/params_shard_0.bin' });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-length']).toBe(String(SHARD.length));

    const part = await app.inject({
      url: '/models/m/resolve/main/params_shard_0.bin',
      headers: { range: 'bytes=100-199' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${SHARD.length}`);
    expect(part.headers['content-length']).toBe('100');
    expect(part.rawPayload.equals(SHARD.subarray(100, 200))).toBe(true);

    const beyond = await app.inject({
      url: '/models/m/resolve/main/params_shard_0.bin',
      headers: { range: 'bytes=5000-' },
    });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${SHARD.length}`);
  });

  it('sends the security headers with every response, without unsafe-eval', async () => {
    for (const url of ['/', '/assets/nope.js', '/kiosk-ca.crt']) {
      const response = await app.inject({ url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toMatch(/'unsafe-eval'/);
      expect(csp).toContain("media-src 'self' blob:"); // kept dictation recordings play from object URLs
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cross-origin-embedder-policy']).toBe('require-corp');
    }
  });

  it('offers the CA certificate for download', async () => {
    const response = await app.inject({ url: '/kiosk-ca.crt' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-x509-ca-cert');
    expect(response.body).toBe(CA_PEM);
  });

  it('sends the precompressed app file a browser accepts, and model files as they are', async () => {
    const asset = await app.inject({ url: '/assets/big-abc123.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe(BIG_JS);
    const plain = await app.inject({ url: '/assets/big-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_JS);
    // Range arithmetic is on the identity bytes: a shard is never sent encoded, even if a .br lies beside it.
    const shard = await app.inject({
      url: '/models/m/resolve/main/params_shard_0.bin',
      headers: { 'accept-encoding': 'br' },
    });
    expect(shard.headers['content-encoding']).toBeUndefined();
    expect(shard.rawPayload.equals(SHARD)).toBe(true);
  });

  it('answers an empty model catalog until the mirror writes one', async () => {
    const response = await app.inject({ url: '/models/catalog.json' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ models: [] });
  });

  it('redirects LAN visitors on plain HTTP to HTTPS but keeps loopback and the CA on HTTP', async () => {
    const lan = await httpApp.inject({ url: '/record?x=1', headers: { host: '192.168.1.20:8080' } });
    expect(lan.statusCode).toBe(308);
    expect(lan.headers.location).toBe('https://192.168.1.20:8443/record?x=1');

    const ca = await httpApp.inject({ url: '/kiosk-ca.crt', headers: { host: '192.168.1.20:8080' } });
    expect(ca.statusCode).toBe(200);

    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080']) {
      const local = await httpApp.inject({ url: '/', headers: { host } });
      expect(local.statusCode).toBe(200);
    }
  });

  it.each(['kiosk@evil.com', 'evil.com/x?', 'evil.com#'])(
    'never redirects to the authority a Host of %s smuggles in',
    async (host) => {
      const response = await httpApp.inject({ url: '/record', headers: { host } });
      expect(response.statusCode).not.toBe(308);
      expect(response.headers.location).toBeUndefined();
    },
  );
  it.each([
    '/models/m/resolve/main/passwd.bin',
    '/models/m/resolve/main/params_shard_1.bin',
    '/models/linked/resolve/main/params_shard_0.bin',
  ])('answers a symlink under models/ (%s) with a 404, never what it points to', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe('Not found\n');
  });

  it.each([
    '/models/m/',
    '/models/m',
    '/models/m/resolve/main/',
    '/models/nonexist/',
    '/models/%2e%2e/m/resolve/main/params_shard_0.bin',
  ])('answers %s exactly like a missing file, so folders cannot be probed', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe('Not found\n');
  });

  it.each(['bytes=abc', 'bytes=200-100', 'items=0-10', 'bytes=', 'bytes=1-2,x'])(
    'ignores an unparsable Range (%s) and sends the whole file',
    async (range) => {
      const response = await app.inject({ url: '/models/m/resolve/main/params_shard_0.bin', headers: { range } });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.equals(SHARD)).toBe(true);
    },
  );

  it('never sends Strict-Transport-Security on plain HTTP (HTTPS: http-policy.test.ts and e2e/server.spec.ts)', async () => {
    for (const host of ['localhost:8080', '192.168.1.20:8080']) {
      expect(
        (await httpApp.inject({ url: '/kiosk-ca.crt', headers: { host } })).headers['strict-transport-security'],
      ).toBeUndefined();
    }
  });

  it.each(['evil.com', 'evil.com:8080', '10.9.9.9:8080', 'kiosk.local.evil.com'])(
    'refuses, never redirects, a Host of %s the certificate does not name',
    async (host) => {
      const response = await httpApp.inject({ url: '/record', headers: { host } });
      expect(response.statusCode).toBe(400);
      expect(response.headers.location).toBeUndefined();
    },
  );

  it('redirects to a name the certificate carries', async () => {
    const response = await httpApp.inject({ url: '/', headers: { host: 'kiosk.local:8080' } });
    expect(response.statusCode).toBe(308);
    expect(response.headers.location).toBe('https://kiosk.local:8443/');
  });

  it('reads the host of an absolute-form request target, and redirects to it only when it is the kiosk own', async () => {
    const address = await httpApp.listen({ host: '127.0.0.1', port: 0 });
    const port = Number(new URL(address).port);
    const raw = (target: string, host: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () =>
          socket.end(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
        );
        let text = '';
        socket
          .on('data', (d) => (text += d.toString('latin1')))
          .on('end', () => resolve(text))
          .on('error', reject);
      });
    const own = await raw('http://192.168.1.20:8080/record?x=1', '127.0.0.1');
    expect(own).toMatch(/^HTTP\/1\.1 308/);
    expect(own).toMatch(/\r\nlocation: https:\/\/192\.168\.1\.20:8443\/record\?x=1\r\n/i);
    const evil = await raw('http://evil.com/record', '192.168.1.20:8080');
    expect(evil).toMatch(/^HTTP\/1\.1 400/);
    expect(evil).not.toMatch(/\r\nlocation:/i);
    const local = await raw('http://localhost:8080/kiosk-ca.crt', 'evil.com');
    expect(local).toMatch(/^HTTP\/1\.1 200/);
  });
});
