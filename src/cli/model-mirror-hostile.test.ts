/**
 * model:mirror against a hostile source: an HTTP server on 127.0.0.1 that names files outside the model, streams
 * forever or goes quiet, and a folder with traversal names, symlinks and a hard link to the kiosk's key. Every loop
 * here is bounded in bytes and time; caps and the idle timeout are made small for the test.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMirrorArgs } from './model-mirror-args.js';
import { mirrorModel, type MirrorOptions } from './model-mirror.js';

/** What the hostile server answers for a file name (the path after /m/resolve/main/). */
type Answer = { body: string | Buffer } | 'endless' | 'headers-then-silence' | 'silence';

let server: Server;
let base: string;
const answers = new Map<string, Answer>();
const sockets = new Set<Socket>();
let work: string;
let lines: string[];

const CHAT_CONFIG = JSON.stringify({ context_window_size: 1024, tokenizer_files: ['tokenizer.json'] });
const SHARD = Buffer.alloc(4096, 7);
const tensorCache = (dataPath: string) => JSON.stringify({ records: [{ dataPath, nbytes: SHARD.length }] });

function answer(res: ServerResponse, a: Answer | undefined): void {
  if (a === undefined) return void res.writeHead(404).end('no');
  if (a === 'silence') return; // not even headers
  if (a === 'headers-then-silence')
    return void res.writeHead(200, { 'content-type': 'application/json' }).flushHeaders();
  if (a === 'endless') {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    // Bounded at 64 MiB so a broken client cannot make the test run away.
    const more = () => {
      while (sent < 64 * 2 ** 20 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    return more();
  }
  res.writeHead(200, { 'content-length': Buffer.byteLength(a.body) }).end(a.body);
}

beforeAll(async () => {
  server = createServer((req, res) =>
    answer(res, answers.get(decodeURIComponent(req.url!.replace(/^\/m\/resolve\/main\//, '')))),
  );
  server.on('connection', (s) => sockets.add(s).size && s.on('close', () => sockets.delete(s)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/m`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});
beforeEach(async () => {
  answers.clear();
  lines = [];
  work = await mkdtemp(join(tmpdir(), 'mirror-hostile-'));
  await mkdir(join(work, 'config'));
  await mkdir(join(work, 'data', 'tls'), { recursive: true });
  await writeFile(join(work, 'data', 'tls', 'ca.key'), '-----BEGIN PRIVATE KEY-----\nsecret\n', { mode: 0o600 });
  answers.set('mlc-chat-config.json', { body: CHAT_CONFIG });
  answers.set('tokenizer.json', { body: '{}' });
  answers.set('tensor-cache.json', { body: tensorCache('params_shard_0.bin') });
  answers.set('params_shard_0.bin', { body: SHARD });
});
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await rm(work, { recursive: true, force: true });
});

const out = () => join(work, 'data', 'models');
const options = (extra: Partial<MirrorOptions> = {}): MirrorOptions => ({
  modelId: 'hostile-q4f32_1-MLC',
  from: base,
  out: out(),
  configDir: join(work, 'config'),
  retryBaseMs: 1,
  log: (l) => lines.push(l),
  ...extra,
});
/** Every file under the work folder except the kiosk key: what the mirror wrote. */
const written = async () =>
  (await readdir(work, { recursive: true })).filter(
    (p) => !p.startsWith('config') && p !== join('data', 'tls', 'ca.key'),
  );

describe('model:mirror against a hostile HTTP source', () => {
  it('mirrors a well-behaved source (the baseline the other tests break)', async () => {
    await mirrorModel(options());
    expect(existsSync(join(out(), 'hostile-q4f32_1-MLC', 'resolve', 'main', 'params_shard_0.bin'))).toBe(true);
    expect(
      lines.some((l) =>
        /recorded the size and SHA-256 of 4 files into .*hostile-q4f32_1-MLC\.json: trust on first use.*commit it/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it.each([
    '../../../../pwned.bin',
    '/tmp/pwned.bin',
    'http://evil.example/pwned.bin',
    '..\\..\\pwned.bin',
    '%2e%2e/pwned.bin',
    '\uff0e\uff0e/pwned.bin',
  ])('refuses a tensor cache naming %j before writing any shard', async (name) => {
    answers.set('tensor-cache.json', { body: tensorCache(name) });
    answers.set(name, { body: SHARD });
    await expect(mirrorModel(options())).rejects.toThrow(
      /tensor-cache\.json names the file ".*", which .*: refused, nothing was written/,
    );
    expect((await written()).filter((p) => p.includes('pwned'))).toEqual([]);
    expect(existsSync('/tmp/pwned.bin')).toBe(false);
  });

  it('refuses tokenizer_files naming a file outside the model', async () => {
    answers.set('mlc-chat-config.json', {
      body: JSON.stringify({ tokenizer_files: ['tokenizer.json', '../../../pwned.json'] }),
    });
    await expect(mirrorModel(options())).rejects.toThrow(
      /mlc-chat-config\.json \(tokenizer_files\) names the file "\.\.\/\.\.\/\.\.\/pwned\.json"/,
    );
    expect((await written()).filter((p) => p.includes('pwned') || p.endsWith('tokenizer.json'))).toEqual([]);
  });

  it('stops a config that streams forever at its cap, naming the file and the URL, and keeps nothing of it', async () => {
    answers.set('mlc-chat-config.json', 'endless');
    await expect(mirrorModel(options({ sizeCaps: { config: 256 * 1024 } }))).rejects.toThrow(
      new RegExp(
        `mlc-chat-config\\.json: more than the 262 kB a config file of unknown size may have, from ${base}/resolve/main/mlc-chat-config\\.json; refused`,
      ),
    );
    expect(await written()).toEqual(expect.not.arrayContaining([expect.stringContaining('mlc-chat-config')]));
  });

  it.each(['headers-then-silence', 'silence'] as const)(
    'gives up on a source that answers with %s, naming the file and URL, and says it is waiting meanwhile',
    async (kind) => {
      answers.set('tokenizer.json', kind);
      await expect(mirrorModel(options({ idleTimeoutMs: 300, progressEveryMs: 100, maxRetries: 1 }))).rejects.toThrow(
        new RegExp(
          `tokenizer\\.json: no data for 0\\.3 s from ${base}/resolve/main/tokenizer\\.json .*gave up after 2 tries`,
        ),
      );
      expect(
        lines.some((l) => l.includes(`tokenizer.json: waiting for data from ${base}/resolve/main/tokenizer.json`)),
      ).toBe(true);
      expect(lines.some((l) => /tokenizer\.json: no data for 0\.3 s .*; retrying/.test(l))).toBe(true);
    },
  );
});

describe('model:mirror --from-dir against a hostile folder', () => {
  const stick = () => join(work, 'stick');
  beforeEach(async () => {
    await mkdir(stick());
    await writeFile(join(stick(), 'mlc-chat-config.json'), CHAT_CONFIG);
    await writeFile(join(stick(), 'tokenizer.json'), '{}');
    await writeFile(join(stick(), 'tensor-cache.json'), tensorCache('params_shard_0.bin'));
  });
  const fromDir = (extra: Partial<MirrorOptions> = {}) => options({ from: undefined, fromDir: stick(), ...extra });

  it('refuses a shard that is a symlink to the kiosk CA key, and the key never reaches the served tree', async () => {
    await symlink(join(work, 'data', 'tls', 'ca.key'), join(stick(), 'params_shard_0.bin'));
    await expect(mirrorModel(fromDir())).rejects.toThrow(
      /--from-dir .*stick: params_shard_0\.bin is a symlink to .*ca\.key, outside the folder .*refused/,
    );
    expect(
      (await written()).filter((p) => p.startsWith(join('data', 'models')) && p.includes('params_shard_0')),
    ).toEqual([]);
  });

  it('refuses a hard link to the kiosk key inside the folder', async () => {
    await link(join(work, 'data', 'tls', 'ca.key'), join(stick(), 'params_shard_0.bin'));
    await expect(mirrorModel(fromDir())).rejects.toThrow(
      /params_shard_0\.bin is the same file as one of the kiosk keys or certificates \(a hard link\)/,
    );
    expect(
      (await written()).filter((p) => p.startsWith(join('data', 'models')) && p.includes('params_shard_0')),
    ).toEqual([]);
  });

  it("refuses a ../ name in the folder's tensor cache and a shard that is a folder", async () => {
    await writeFile(join(stick(), 'tensor-cache.json'), tensorCache('../outside.bin'));
    await writeFile(join(work, 'outside.bin'), SHARD);
    await expect(mirrorModel(fromDir())).rejects.toThrow(/tensor-cache\.json names the file "\.\.\/outside\.bin"/);
    await writeFile(join(stick(), 'tensor-cache.json'), tensorCache('params_shard_0.bin'));
    await rm(out(), { recursive: true });
    await mkdir(join(stick(), 'params_shard_0.bin'));
    await expect(mirrorModel(fromDir())).rejects.toThrow(/params_shard_0\.bin is not a regular file/);
  });

  it('says when the folder lacks the model library the manifest names', async () => {
    await writeFile(join(stick(), 'params_shard_0.bin'), SHARD);
    const manifest = {
      id: 'with-lib',
      engine: 'webllm',
      baseUrl: 'https://example.org/with-lib',
      modelLib: 'https://example.org/libs/with-lib-webgpu.wasm',
      variant: { quantization: 'q4f32_1', contextWindow: 1024, requiredFeatures: [], vramMB: 0 },
      files: [{ path: 'mlc-chat-config.json', kind: 'config' }],
    };
    await writeFile(join(work, 'config', 'with-lib.json'), JSON.stringify(manifest));
    await mirrorModel(fromDir({ modelId: 'with-lib' }));
    expect(lines).toContain(
      `  with-lib-webgpu.wasm: not in the folder (${join(stick(), 'with-lib-webgpu.wasm')}), so tablets cannot load this model from the kiosk yet: put the model library (https://example.org/libs/with-lib-webgpu.wasm) there and mirror again`,
    );
  });

  it('follows a symlink that stays inside the folder', async () => {
    await writeFile(join(stick(), 'real.bin'), SHARD);
    await symlink('real.bin', join(stick(), 'params_shard_0.bin'));
    await mirrorModel(fromDir());
    expect(existsSync(join(out(), 'hostile-q4f32_1-MLC', 'resolve', 'main', 'params_shard_0.bin'))).toBe(true);
  });

  it('names the folder and exactly what is missing', async () => {
    await expect(mirrorModel(fromDir({ fromDir: join(work, 'nonexistent') }))).rejects.toThrow(
      /^--from-dir .*nonexistent: no such folder$/,
    );
    await expect(mirrorModel(fromDir())).rejects.toThrow(
      /^--from-dir .*stick: params_shard_0\.bin is missing \(looked in .*stick; a WebLLM model folder holds mlc-chat-config\.json, tensor-cache\.json/,
    );
  });
});

describe('model:mirror arguments', () => {
  it.each([
    [['m', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['m', '--from'], /--from.*argument missing/],
    [['m', '--from', 'ftp://x/y'], /--from must be an http\(s\) URL, got "ftp:\/\/x\/y"/],
    [['m', '--from', 'not a url'], /--from must be an http\(s\) URL/],
    [['m', '--from', 'https://x/y', '--from-dir', '/media/usb'], /cannot be used together/],
    [['m', 'n'], /one model id expected, got 2: m n/],
    [[], /the model id is missing/],
    [['m', '--token', 't'], /--token is sent only to the --from origin/],
  ])('refuses %j, naming the problem', (argv, message) => {
    expect(() => parseMirrorArgs(argv)).toThrow(message);
  });
});
