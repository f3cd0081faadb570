import { request, type IncomingMessage } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from './app.js';
import { DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './connection-limits.js';

const SHARD = Buffer.alloc(4 * 2 ** 20, 3);
let root: string;
let kiosk: KioskApp | undefined;
const sockets: Socket[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-limits-'));
  await mkdir(join(root, 'dist', 'assets'), { recursive: true });
  await mkdir(join(root, 'models', 'm', 'resolve', 'main'), { recursive: true });
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
  for (let i = 0; i < 6; i++) await writeFile(join(root, 'dist', 'assets', `chunk-${i}.js`), `export const n = ${i};`);
  for (let i = 0; i < 3; i++)
    await writeFile(join(root, 'models', 'm', 'resolve', 'main', `params_shard_${i}.bin`), SHARD);
  // Larger than any loopback socket buffer, so a client that stops reading really stalls the server's writes.
  await writeFile(join(root, 'models', 'm', 'resolve', 'main', 'big.bin'), Buffer.alloc(32 * 2 ** 20));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await kiosk?.close();
  kiosk = undefined;
});

async function start(limits: Partial<ConnectionLimits> = {}): Promise<number> {
  kiosk = await createKioskApp({
    distDir: join(root, 'dist'),
    modelsDir: join(root, 'models'),
    limits: { ...DEFAULT_CONNECTION_LIMITS, ...limits },
  });
  return Number(new URL(await kiosk.listen({ host: '127.0.0.1', port: 0 })).port);
}

/** A raw connection that has been accepted (or refused) by the server. */
function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket)).on('error', reject);
    sockets.push(socket);
  });
}
const closed = (socket: Socket) =>
  new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

/** A GET on its own connection; resolves once the headers are in, with the body still to read. */
function get(port: number, path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) =>
    request({ host: '127.0.0.1', port, path, agent: false }, resolve).on('error', reject).end(),
  );
}
async function bodyLength(response: IncomingMessage): Promise<number> {
  let n = 0;
  for await (const chunk of response) n += (chunk as Buffer).length;
  return n;
}

describe('connection limits', () => {
  it('lets one tablet download three shards at once while it loads the app, with the default cap', async () => {
    const port = await start();
    // Three shard downloads held open (their bodies unread) while six app files load on their own connections.
    const shards = await Promise.all([0, 1, 2].map((i) => get(port, `/models/m/resolve/main/params_shard_${i}.bin`)));
    const app = await Promise.all([
      get(port, '/'),
      ...[0, 1, 2, 3, 4, 5].map((i) => get(port, `/assets/chunk-${i}.js`)),
    ]);
    expect(app.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    await Promise.all(app.map(bodyLength));
    expect(shards.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(await Promise.all(shards.map(bodyLength))).toEqual([SHARD.length, SHARD.length, SHARD.length]);
  });

  it('closes connections from one address beyond its cap, and accepts again once one closes', async () => {
    const port = await start({ perAddress: 3 });
    const held = [await open(port), await open(port), await open(port)];
    const extra = await open(port);
    await closed(extra); // the fourth is closed by the server without a byte
    held[0].destroy();
    await closed(held[0]);
    // The server sees the close asynchronously: a new request succeeds once it has.
    let status: number | undefined;
    for (let tries = 0; tries < 50 && status === undefined; tries++) {
      status = await get(port, '/').then(
        (r) => (r.resume(), r.statusCode),
        () => undefined,
      );
    }
    expect(status).toBe(200);
  });

  it('closes a connection whose headers never finish', async () => {
    const port = await start({ headersTimeoutMs: 300, checkIntervalMs: 100 });
    const socket = await open(port);
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    let reply = '';
    socket.on('data', (d) => (reply += d.toString()));
    await closed(socket);
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose client stops reading a shard', async () => {
    const port = await start({ idleTimeoutMs: 300 });
    const serverSide = new Promise<Socket>((resolve) => kiosk!.server.once('connection', resolve));
    const socket = await open(port);
    socket.pause(); // reads nothing: the server's writes stall once the buffers are full
    socket.write('GET /models/m/resolve/main/big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    // A paused client never notices the close itself, so it is watched from the server's side.
    await closed(await serverSide);
  });
});
