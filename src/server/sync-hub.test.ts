import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getActorId } from '@automerge/automerge';
import type { AutomergeUrl, DocHandle, DocumentId } from '@automerge/automerge-repo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendNarrative } from '../records/casualty.js';
import { sampleCasualty } from '../sync/casualty-fixtures.js';
import type { CasualtyDoc } from '../sync/casualty-doc.js';
import { applyCasualty, casualtyOf, initCasualtyDoc } from '../sync/casualty-convert.js';
import type { KioskConfig } from './config.js';
import { startKiosk, type RunningKiosk } from './kiosk-server.js';
import { createPairingCode, DEVICE_COOKIE } from './pairing.js';
import { readStoredCasualties } from './records-archive.js';
import { syncClient, tryUpgrade, until } from './testing/sync-client.js';

let root: string;
let dataDir: string;
let kiosk: RunningKiosk;
let ca: string;
let httpPort: number;
let httpsPort: number;

const config = (): KioskConfig => ({
  host: '127.0.0.1',
  port: 0,
  httpsPort: 0,
  dataDir,
  build: false,
  help: false,
  projectRoot: root,
});

async function start(): Promise<void> {
  kiosk = await startKiosk(config());
  httpPort = Number(new URL(kiosk.urls.kiosk).port);
  httpsPort = Number(new URL(await kiosk.pairingLink()).port);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-sync-'));
  dataDir = join(root, 'data');
  await mkdir(join(root, 'dist'), { recursive: true });
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
  await start();
  ca = await readFile(join(dataDir, 'tls', 'ca.crt'), 'utf8');
}, 60_000);

afterAll(async () => {
  await kiosk?.close(100);
  await rm(root, { recursive: true, force: true });
});

const wss = () => `wss://127.0.0.1:${httpsPort}/sync`;
const ws = () => `ws://127.0.0.1:${httpPort}/sync`;

/** GET over HTTPS trusting the kiosk's CA, without following redirects. */
function httpsGet(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: httpsPort, path, ca, servername: 'localhost' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Pairs a device through the one-time link as a tablet's browser would; returns its token. */
async function pairDevice(name: string): Promise<string> {
  const code = await createPairingCode(dataDir);
  const answer = await httpsGet(`/pair?code=${code}&name=${encodeURIComponent(name)}`);
  expect(answer.status).toBe(303);
  const cookie = String((answer.headers['set-cookie'] as string[])[0]);
  return /tccc_device=([^;]+)/.exec(cookie)![1];
}

/**
 * Resolves once the kiosk's hub holds the document in a state `holds` accepts, checked at each of its storage events
 * (a device asking the kiosk for it earlier would hear "unavailable").
 */
function kioskHolds(url: AutomergeUrl, holds: (doc: CasualtyDoc) => boolean = () => true): Promise<void> {
  const id = url.slice('automerge:'.length) as DocumentId;
  const repo = kiosk.hub.repo;
  return new Promise((resolve) => {
    const check = () => {
      const handle = repo.handles[id] as DocHandle<CasualtyDoc> | undefined;
      if (!handle?.isReady() || !holds(handle.doc())) return;
      repo.off('doc-metrics', check);
      resolve();
    };
    repo.on('doc-metrics', check);
    check();
  });
}

function createCasualty(repo: ReturnType<typeof syncClient>, n: number, device: string) {
  const handle = repo.create<CasualtyDoc>();
  handle.change((d) => initCasualtyDoc(d, sampleCasualty(n), { device, actor: getActorId(handle.doc()) }));
  return handle;
}

describe('the sync endpoint', () => {
  it('refuses a device that is not paired at the WebSocket upgrade with 401 and an empty body', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { cookie: `${DEVICE_COOKIE}=${'x'.repeat(43)}` },
      { authorization: 'Bearer nope' },
    ]) {
      const answer = await tryUpgrade(wss(), headers, ca);
      expect(answer).toEqual({ status: 401, body: '' });
    }
  });

  it("lets the kiosk's own browser in on loopback HTTP, but not a page of another site", async () => {
    const own = await tryUpgrade(ws(), { origin: `http://127.0.0.1:${httpPort}` });
    expect('open' in own).toBe(true);
    if ('open' in own) own.open.close();
    expect(await tryUpgrade(ws(), { origin: 'http://evil.example' })).toEqual({ status: 403, body: '' });
    // A rebinding name that resolves to loopback is not the kiosk's own browser.
    expect(await tryUpgrade(ws(), { host: 'evil.example' })).toEqual({ status: 401, body: '' });
  });

  it('pairs a tablet with a one-time link: token in an HttpOnly Secure cookie, a redirect to a clean URL, the link dead after', async () => {
    const code = await createPairingCode(dataDir);
    const first = await httpsGet(`/pair?code=${code}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String((first.headers['set-cookie'] as string[])[0]);
    expect(cookie).toMatch(/^tccc_device=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(first.headers.location).not.toContain(code);
    expect((await httpsGet(`/pair?code=${code}`)).status).toBe(410);
    const token = /tccc_device=([^;]+)/.exec(cookie)![1];
    const answer = await tryUpgrade(wss(), { cookie: `${DEVICE_COOKIE}=${token}` }, ca);
    expect('open' in answer).toBe(true);
    if ('open' in answer) answer.open.close();
    // Nothing of the token lies on the kiosk's disk.
    const files = await readdir(join(dataDir, 'devices'), { recursive: true });
    for (const f of files.filter((f) => f.endsWith('.json')))
      expect(await readFile(join(dataDir, 'devices', f), 'utf8')).not.toContain(token);
  });

  it('syncs a casualty from a paired tablet to the kiosk and another tablet, with concurrent pieces kept', async () => {
    const tabletA = syncClient(wss(), { token: await pairDevice('tablet A'), ca });
    const tabletB = syncClient(wss(), { token: await pairDevice('tablet B'), ca });
    const own = syncClient(ws());
    try {
      const created = createCasualty(tabletA, 1, 'tablet A');
      await kioskHolds(created.url);
      const onKiosk = await own.find<CasualtyDoc>(created.url);
      const onB = await tabletB.find<CasualtyDoc>(created.url);
      expect(casualtyOf(onB.doc())).toEqual(sampleCasualty(1));
      const add = (handle: typeof created, text: string, device: string) =>
        handle.change((d) =>
          applyCasualty(d, appendNarrative(casualtyOf(handle.doc()), text), {
            device,
            actor: getActorId(handle.doc()),
          }),
        );
      add(created, 'piece from A', 'tablet A');
      add(onB, 'piece from B', 'tablet B');
      const both = (d: CasualtyDoc) =>
        ['piece from A', 'piece from B'].every((t) => JSON.stringify(d.pieces).includes(t));
      await Promise.all([until(onKiosk, both), until(created, both), until(onB, both)]);
    } finally {
      await Promise.all([tabletA.shutdown(), tabletB.shutdown(), own.shutdown()]);
    }
  }, 30_000);

  it('lists paired devices with last seen for the kiosk only, and a revoked device is cut off and refused with 401', async () => {
    const token = await pairDevice('tablet to revoke');
    const open = await tryUpgrade(wss(), { authorization: `Bearer ${token}` }, ca);
    if (!('open' in open)) throw new Error(`expected the upgrade to open, got ${open.status}`);
    const closed = new Promise((resolve) => open.open.on('close', resolve));

    const api = `http://127.0.0.1:${httpPort}/api/devices`;
    const { devices } = (await (await fetch(api)).json()) as {
      devices: { id: string; name: string; lastSeen?: string }[];
    };
    const device = devices.find((d) => d.name === 'tablet to revoke');
    expect(device?.lastSeen).toMatch(/^\d{4}-/);
    expect((await httpsGet('/api/devices')).status).toBe(403);
    const foreign = await fetch(`${api}/${device!.id}/revoke`, {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);

    expect((await fetch(`${api}/${device!.id}/revoke`, { method: 'POST' })).status).toBe(204);
    await closed;
    expect(await tryUpgrade(wss(), { authorization: `Bearer ${token}` }, ca)).toEqual({ status: 401, body: '' });
    const after = (await (await fetch(api)).json()) as { devices: { id: string; revokedAt?: string }[] };
    expect(after.devices.find((d) => d.id === device!.id)?.revokedAt).toBeDefined();
  });

  it('loses nothing across a restart, keeps records private (0700/0600), and exports them', async () => {
    const tablet = syncClient(wss(), { token: await pairDevice('tablet R'), ca });
    let url: AutomergeUrl;
    try {
      const created = createCasualty(tablet, 7, 'tablet R');
      url = created.url;
      await kioskHolds(url, (d) => d.pieces.length === 3);
    } finally {
      await tablet.shutdown();
    }
    await kiosk.close(100);
    await start();
    const after = syncClient(ws());
    try {
      const handle = await after.find<CasualtyDoc>(url);
      expect(casualtyOf(handle.doc())).toEqual(sampleCasualty(7));
    } finally {
      await after.shutdown();
    }
    const records = join(dataDir, 'records');
    expect((await stat(records)).mode & 0o777).toBe(0o700);
    for (const f of await readdir(records, { recursive: true })) {
      const s = await stat(join(records, f));
      expect(s.mode & 0o777).toBe(s.isDirectory() ? 0o700 : 0o600);
    }
    const held = await readStoredCasualties(dataDir);
    expect(held.find((c) => c.id === 'casualty-7')).toEqual(sampleCasualty(7));
  }, 60_000);
});
