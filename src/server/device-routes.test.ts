import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKiosk, type RunningKiosk } from './kiosk-server.js';
import { DEVICE_COOKIE } from './pairing.js';

let root: string;
let kiosk: RunningKiosk;
let ca: string;
let httpPort: number;
let httpsPort: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-devices-'));
  await mkdir(join(root, 'dist'), { recursive: true });
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
  kiosk = await startKiosk({
    host: '127.0.0.1',
    port: 0,
    httpsPort: 0,
    dataDir: join(root, 'data'),
    build: false,
    help: false,
    projectRoot: root,
  });
  httpPort = Number(new URL(kiosk.urls.kiosk).port);
  httpsPort = Number(new URL(await kiosk.pairingLink()).port);
  ca = await readFile(join(root, 'data', 'tls', 'ca.crt'), 'utf8');
}, 60_000);

afterAll(async () => {
  await kiosk?.close(100);
  await rm(root, { recursive: true, force: true });
});

/** A request over the kiosk's HTTPS port, as a tablet makes it (no redirects followed). */
function overHttps(method: string, path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: httpsPort, path, method, ca, servername: 'localhost' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const pairingLinks = () => `http://127.0.0.1:${httpPort}/api/pairing-links`;

describe('POST /api/pairing-links (the Devices page\'s "New pairing link")', () => {
  it('gives the kiosk itself a fresh one-time HTTPS link that pairs one tablet, once', async () => {
    const answer = await fetch(pairingLinks(), { method: 'POST', headers: { origin: `http://127.0.0.1:${httpPort}` } });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { link, expiresAt } = (await answer.json()) as { link: string; expiresAt: string };
    const url = new URL(link);
    expect(url.protocol).toBe('https:');
    expect(url.port).toBe(String(httpsPort));
    expect(url.pathname).toBe('/pair');
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(59 * 60_000);
    const second = (await (await fetch(pairingLinks(), { method: 'POST' })).json()) as { link: string };
    expect(second.link).not.toBe(link);

    const paired = await overHttps('GET', `${url.pathname}${url.search}&name=Tablet%20from%20the%20page`);
    expect(paired.status).toBe(303);
    expect((await overHttps('GET', `${url.pathname}${url.search}`)).status).toBe(410);
    const { devices } = (await (await fetch(`http://127.0.0.1:${httpPort}/api/devices`)).json()) as {
      devices: { name: string }[];
    };
    expect(devices.map((d) => d.name)).toContain('Tablet from the page');
  });

  it("refuses a tablet (HTTPS, loopback or not) and a page of another site in the kiosk's browser", async () => {
    expect((await overHttps('POST', '/api/pairing-links')).status).toBe(403);
    const foreign = await fetch(pairingLinks(), { method: 'POST', headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).not.toMatch(/pair\?code=/);
    // A DNS-rebinding page: loopback peer, but a Host that is not a loopback name (fetch cannot set Host).
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: httpPort,
          path: '/api/pairing-links',
          method: 'POST',
          headers: { host: 'evil.example' },
        },
        (res) => (res.resume(), resolve(res.statusCode ?? 0)),
      );
      req.on('error', reject);
      req.end();
    });
    expect([400, 403]).toContain(rebound); // the plain-HTTP server refuses a Host it does not carry before any route
  });
});

/** GET /api/paired over HTTPS as a tablet asks it, with the cookie a pairing set if it has one. */
function pairedOverHttps(cookie?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = cookie ? { cookie } : {};
    const req = request(
      { host: '127.0.0.1', port: httpsPort, path: '/api/paired', ca, servername: 'localhost', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/paired (asked by the app before it opens /sync)', () => {
  it('answers 200 with paired: false for a tablet that never paired, and nothing else', async () => {
    const answer = await pairedOverHttps();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ paired: false });
    expect(JSON.parse((await pairedOverHttps(`${DEVICE_COOKIE}=not-a-token`)).body)).toEqual({ paired: false });
  });

  it('answers paired: true for a tablet with its pairing cookie and for the kiosk itself on loopback', async () => {
    const { link } = (await (await fetch(pairingLinks(), { method: 'POST' })).json()) as { link: string };
    const url = new URL(link);
    const paired = await overHttps('GET', `${url.pathname}${url.search}&name=Asking%20tablet`);
    const setCookie = String(paired.headers['set-cookie']);
    const answer = await pairedOverHttps(setCookie.split(';')[0]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ paired: true });

    const kioskItself = await fetch(`http://127.0.0.1:${httpPort}/api/paired`);
    expect(kioskItself.status).toBe(200);
    expect(kioskItself.headers.get('cache-control')).toBe('no-store');
    expect(await kioskItself.json()).toEqual({ paired: true });
  });
});
