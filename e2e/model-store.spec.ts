import { expect, test } from '@playwright/test';
import { call, createFixture, openHarness, type Fixture } from './fixtures/model-store/setup.js';

// Browser downloader against a loopback server that cuts, stalls, lies and sends the wrong thing.
let fx: Fixture;
const SHARD = 1 << 20;
const KiB = 1024;

test.beforeAll(async () => {
  fx = await createFixture({ shards: 4, shardBytes: SHARD });
});
test.afterAll(async () => fx.close());
test.beforeEach(() => {
  fx.server.faults.clear();
  fx.server.log.length = 0;
});

const shards = () => fx.model.files.filter((f) => f.kind === 'shard');
/** Bytes of the files the downloader fetches (the manifest leaves out tokenizer files WebLLM never reads). */
const downloaded = () =>
  fx.model.files.filter((f) => f.path !== 'vocab.json' && f.path !== 'merges.txt').reduce((s, f) => s + f.size, 0);

/** Requests that fetched a file from its first byte. */
const fromZero = (file: string) => fx.server.requestsFor(file).filter((r) => !r.range || r.range === 'bytes=0-').length;

test('20 cuts in one download: stored bytes identical to the source, no file fetched from byte 0 twice', async ({
  page,
}) => {
  shards().forEach((s, i) =>
    fx.server.faults.set(s.path, { cutAt: [1, 2, 3, 4, 5].map((k) => Math.round((k * SHARD) / 6) + i * 977) }),
  );
  await openHarness(page, fx);
  const result = await call(page, 'run', fx.manifest(), { chunkBytes: 64 * KiB, concurrency: 3 });
  expect(result.state).toBe('done');

  const stored = await call(
    page,
    'cached',
    'webllm/model',
    shards().map((s) => fx.fileUrl(s.path)),
  );
  for (const s of shards()) {
    expect(stored[fx.fileUrl(s.path)]).toBe(s.sha256);
    expect(fromZero(s.path)).toBe(1);
    expect(fx.server.requestsFor(s.path).length).toBe(6); // the first request and one per cut
  }
  expect(shards().flatMap((s) => fx.server.faults.get(s.path)!.cutAt!)).toEqual([]); // every cut happened
  expect((await call(page, 'partials', fx.model.id)).every((p) => p.complete && p.chunks === 0)).toBe(true);
  const log = await call(page, 'progressLog');
  expect(log.at(-1)).toMatchObject({ state: 'done', bytes: downloaded(), percent: 100 });
});

test('a server that ignores Range (200) is handled by skipping what is stored', async ({ page }) => {
  const shard = shards()[1];
  fx.server.faults.set(shard.path, { ignoreRange: true, cutAt: [700 * KiB] });
  await openHarness(page, fx);
  expect((await call(page, 'run', fx.manifest(), { chunkBytes: 64 * KiB })).state).toBe('done');
  expect((await call(page, 'cached', 'webllm/model', [fx.fileUrl(shard.path)]))[fx.fileUrl(shard.path)]).toBe(
    shard.sha256,
  );
  expect(fx.server.requestsFor(shard.path).map((r) => r.status)).toEqual([200, 200]);
});

test('page closed mid-file, reopened: resumes from the last stored byte', async ({ page, context }) => {
  const shard = shards()[0];
  fx.server.faults.set(shard.path, { stallAt: 600 * KiB });
  await openHarness(page, fx);
  await call(page, 'begin', fx.manifest(), { chunkBytes: 64 * KiB, concurrency: 1 });
  await expect
    .poll(async () => (await call(page, 'partials', fx.model.id)).find((p) => p.path === shard.path)?.stored ?? 0)
    .toBeGreaterThanOrEqual(512 * KiB);
  const before = (await call(page, 'partials', fx.model.id)).find((p) => p.path === shard.path)!;
  await page.close();
  fx.server.release();

  const again = await context.newPage();
  await openHarness(again, fx);
  expect((await call(again, 'run', fx.manifest(), { chunkBytes: 64 * KiB })).state).toBe('done');
  const ranges = fx.server.requestsFor(shard.path).map((r) => r.range);
  expect(ranges).toEqual([undefined, `bytes=${before.stored}-`]);
  expect((await call(again, 'cached', 'webllm/model', [fx.fileUrl(shard.path)]))[fx.fileUrl(shard.path)]).toBe(
    shard.sha256,
  );
});

test('pause keeps what arrived; resume continues from it', async ({ page }) => {
  const shard = shards()[2];
  fx.server.faults.set(shard.path, { stallAt: 300 * KiB });
  await openHarness(page, fx);
  await call(page, 'begin', fx.manifest(), { chunkBytes: 64 * KiB, concurrency: 4 });
  await expect
    .poll(async () => (await call(page, 'partials', fx.model.id)).find((p) => p.path === shard.path)?.stored ?? 0)
    .toBeGreaterThanOrEqual(256 * KiB);
  const paused = await call(page, 'pause');
  expect(paused?.state).toBe('paused');
  const kept = (await call(page, 'partials', fx.model.id)).find((p) => p.path === shard.path)!;
  expect(kept.complete).toBe(false);
  fx.server.release();
  expect(await call(page, 'resume')).toBe('done');
  expect(fx.server.requestsFor(shard.path).at(-1)?.range).toBe(`bytes=${kept.stored}-`);
});

const refusals = [
  {
    name: 'a Git LFS pointer',
    fault: { replaceWith: 'lfs' as const },
    expected: /params_shard_1\.bin: got a Git LFS pointer \(\d+ bytes, pointing at 31457280 bytes\)/,
  },
  {
    name: 'an HTML page',
    fault: { replaceWith: 'html' as const },
    expected: /params_shard_1\.bin: got an HTML page \("Hugging Face - Sign in"\)/,
  },
  {
    name: 'a JSON error body',
    fault: { replaceWith: 'json-error' as const },
    expected: /params_shard_1\.bin: got a JSON error body .*Repository not found/,
  },
  {
    name: 'a wrong length',
    fault: { lieLength: SHARD - 1000 },
    expected: /params_shard_1\.bin: server says 1047576 bytes, expected 1048576/,
  },
  // No size is known for tokenizer.json here, so only the content gives the pointer away.
  {
    name: 'a Git LFS pointer of unknown size',
    file: 'tokenizer.json',
    fault: { replaceWith: 'lfs' as const },
    expected: /^tokenizer\.json: got a Git LFS pointer/,
  },
];

for (const r of refusals) {
  const file = r.file ?? 'params_shard_1.bin';
  test(`${r.name} where ${file} was expected is refused, named, and nothing of it is cached`, async ({ page }) => {
    fx.server.faults.set(file, r.fault);
    await openHarness(page, fx);
    const result = await call(page, 'run', fx.manifest(false), { chunkBytes: 64 * KiB, concurrency: 1 });
    expect(result.state).toBe('failed');
    expect(result.error?.message).toMatch(r.expected);
    expect(await call(page, 'keys', 'webllm/model')).not.toContain(fx.fileUrl(file));
    expect((await call(page, 'partials', fx.model.id)).map((p) => p.path)).not.toContain(file);
  });
}

test('a wrong SHA-256 is refused, named, and nothing of the file is cached', async ({ page }) => {
  const manifest = fx.manifest();
  manifest.files = manifest.files.map((f) => (f.path === 'params_shard_3.bin' ? { ...f, sha256: 'f'.repeat(64) } : f));
  await openHarness(page, fx);
  const result = await call(page, 'run', manifest, { chunkBytes: 64 * KiB });
  expect(result.error).toMatchObject({
    code: 'hash-mismatch',
    message: expect.stringMatching(/^params_shard_3\.bin: SHA-256 is [0-9a-f]{64}, expected f{64}$/),
  });
  expect(await call(page, 'keys', 'webllm/model')).not.toContain(fx.fileUrl('params_shard_3.bin'));
  expect((await call(page, 'partials', fx.model.id)).map((p) => p.path)).not.toContain('params_shard_3.bin');
});

test('the download thread hashes no file: every shard is verified on a thread of its own, and stored intact', async ({
  page,
}) => {
  await openHarness(page, fx);
  // Count the digests this page's thread computes; the hashing worker's own are not seen here.
  await page.evaluate(() => {
    const subtle = crypto.subtle;
    const digest = subtle.digest.bind(subtle);
    const w = window as unknown as { digestedHere: number };
    w.digestedHere = 0;
    subtle.digest = (algorithm, data) => {
      if ((data as ArrayBuffer).byteLength > 0) w.digestedHere++;
      return digest(algorithm, data);
    };
  });
  expect((await call(page, 'run', fx.manifest(), { chunkBytes: 64 * KiB })).state).toBe('done');
  expect(await page.evaluate(() => (window as unknown as { digestedHere: number }).digestedHere)).toBe(0);
  const stored = await call(
    page,
    'cached',
    'webllm/model',
    shards().map((s) => fx.fileUrl(s.path)),
  );
  for (const s of shards()) expect(stored[fx.fileUrl(s.path)]).toBe(s.sha256);
  await call(page, 'remove', fx.manifest());
});

test('a server error is retried with backoff; stored models can be listed and deleted', async ({ page }) => {
  fx.server.faults.set('params_shard_0.bin', { failTimes: { status: 503, times: 2 } });
  await openHarness(page, fx);
  expect((await call(page, 'run', fx.manifest())).state).toBe('done');
  expect(fx.server.requestsFor('params_shard_0.bin').map((r) => r.status)).toEqual([503, 503, 200]);
  expect(await call(page, 'list', fx.manifest())).toEqual([
    { id: fx.model.id, complete: true, bytes: downloaded(), missing: [] },
  ]);
  await call(page, 'remove', fx.manifest());
  expect(await call(page, 'list', fx.manifest())).toEqual([]);
  expect(await call(page, 'keys', 'webllm/model')).toEqual([]);
});
