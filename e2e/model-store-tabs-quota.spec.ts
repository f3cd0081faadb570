import { expect, test, type Page } from '@playwright/test';
import { call, createFixture, openHarness, type Fixture } from './fixtures/model-store/setup.js';

// Storage limits and several tabs: clear messages, consistent state, one download at a time.
let fx: Fixture;
const KiB = 1024;

test.beforeAll(async () => {
  fx = await createFixture({ shards: 4, shardBytes: 1 << 20 });
});
test.afterAll(async () => fx.close());
test.beforeEach(() => {
  fx.server.faults.clear();
  fx.server.log.length = 0;
});

async function setQuota(page: Page, bytes: number | undefined): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: fx.server.url,
    ...(bytes === undefined ? {} : { quotaSize: bytes }),
  });
}

const shardHashes = () =>
  Object.fromEntries(fx.model.files.filter((f) => f.kind === 'shard').map((f) => [fx.fileUrl(f.path), f.sha256]));

test('a model larger than the free storage is refused before its shards are fetched, with a clear message', async ({
  page,
}) => {
  // Chromium enforces Storage.overrideQuotaForOrigin but estimate() keeps reporting the disk's quota, so report a small one here.
  await page.addInitScript(() => (navigator.storage.estimate = async () => ({ usage: 1_000_000, quota: 3_000_000 })));
  await openHarness(page, fx);
  const result = await call(page, 'run', fx.manifest());
  expect(result.error?.code).toBe('not-enough-space');
  expect(result.error?.message).toMatch(
    /^synthetic-MLC needs [\d.]+ MB more, but this browser lets us store only 2\.0 MB more \(1\.0 MB of 3\.0 MB used\)\. Delete a stored model or free disk space, then try again\.$/,
  );
  expect(fx.server.log.filter((r) => r.path.includes('params_shard'))).toEqual([]);
});

test('storage too small: clear message naming the file, consistent state, and a resume once space is back', async ({
  page,
}) => {
  await openHarness(page, fx);
  await setQuota(page, 2 << 20);
  const result = await call(page, 'run', fx.manifest(), { chunkBytes: 64 * KiB, concurrency: 2 });
  expect(result.error).toMatchObject({ code: 'storage-full' }); // the whole error on failure: its message says what went wrong
  expect(result.error?.message).toMatch(
    /^Storage is full while saving [\w.-]+\.(bin|wasm|json); what was downloaded so far is kept\. Free space or delete a model, then resume\.$/,
  );
  const partials = await call(page, 'partials', fx.model.id);
  const keys = await call(page, 'keys', 'webllm/model');
  for (const p of partials.filter((x) => !x.complete)) expect(keys).not.toContain(fx.fileUrl(p.path)); // nothing half-written handed on

  await setQuota(page, undefined);
  const again = await call(page, 'run', fx.manifest(), { chunkBytes: 64 * KiB });
  expect(again.state).toBe('done');
  expect(await call(page, 'cached', 'webllm/model', Object.keys(shardHashes()))).toEqual(shardHashes());
  const resumed = partials.filter((p) => !p.complete && p.stored > 0);
  for (const p of resumed) expect(fx.server.requestsFor(p.path).at(-1)?.range).toBe(`bytes=${p.stored}-`);
});

test('two tabs: one downloads, the other shows its progress', async ({ context }) => {
  fx.server.faults.set('params_shard_0.bin', { stallAt: 100 * KiB });
  const [first, second] = [await context.newPage(), await context.newPage()];
  await openHarness(first, fx);
  await openHarness(second, fx);
  expect(await call(first, 'crossTab', fx.manifest(), { chunkBytes: 64 * KiB })).toBe('leader');
  await expect.poll(() => fx.server.stalledCount).toBe(1);
  expect(await call(second, 'crossTab', fx.manifest(), { chunkBytes: 64 * KiB })).toBe('follower');
  // No bytes move while the file is stalled, yet the second tab hears where the download stands.
  await expect.poll(async () => (await call(second, 'progressLog')).at(0)?.state).toBe('downloading');
  fx.server.release();
  await expect.poll(async () => (await call(second, 'progressLog')).at(-1)?.state, { timeout: 20_000 }).toBe('done');
  const heard = await call(second, 'progressLog');
  expect(heard[0].bytes).toBeLessThan(heard.at(-1)!.bytes); // it watched the bytes grow
  expect(heard.at(-1)).toMatchObject({ percent: 100 });
  for (const f of fx.model.files.filter((x) => x.kind === 'shard'))
    expect(fx.server.requestsFor(f.path)).toHaveLength(1);
});
