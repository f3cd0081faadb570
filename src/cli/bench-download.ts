/**
 * `npm run bench:download [-- --mb 512 --shards 16 --concurrency 3]`
 * Generates a synthetic model (>= 500 MB by default, at run time, in a temp folder), serves it on
 * loopback and, in one headless Chromium, measures: a plain fetch that discards the bytes (the
 * link's limit); our downloader into IndexedDB with SHA-256 verification and the WebLLM cache
 * write; a replica of WebLLM 0.2.86's own IndexedDB download path; and the bytes fetched again
 * after one cut. Prints MB/s and ratios. Figures vary with the machine; nothing here asserts them.
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.js';
import { call, createFixture, openHarness } from '../../e2e/fixtures/model-store/setup.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '512' }, shards: { type: 'string', default: '16' }, concurrency: { type: 'string', default: '3' }, 'chunk-mib': { type: 'string', default: '4' } } });
const chunkBytes = Number(values['chunk-mib']) * 2 ** 20;
const shards = Number(values.shards);
const shardBytes = Math.ceil((Number(values.mb) * 1024 * 1024) / shards / 4096) * 4096;
const concurrency = Number(values.concurrency);
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

console.log(`generating ${shards} x ${(shardBytes / 2 ** 20).toFixed(1)} MiB random shards ...`);
const fx = await createFixture({ shards, shardBytes, id: 'bench-MLC' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await openHarness(page, fx);
  const manifest = fx.manifest(true); // sizes and hashes known, so every shard is SHA-256 verified
  const shardUrls = fx.model.files.filter((f) => f.kind === 'shard').map((f) => fx.fileUrl(f.path));

  const plain = await call(page, 'plainFetch', shardUrls, concurrency);
  const ours = await call(page, 'timedRun', manifest, { concurrency, chunkBytes });
  if (ours.state !== 'done') throw new Error(`our download failed: ${ours.error?.message}`);
  const replica = await call(page, 'webllmStylePath', shardUrls);

  await call(page, 'remove', manifest);
  const cutFile = 'params_shard_1.bin';
  fx.server.faults.set(cutFile, { cutAt: [Math.floor(shardBytes * 0.6)] });
  fx.server.log.length = 0;
  const cut = await call(page, 'timedRun', manifest, { concurrency, chunkBytes });
  if (cut.state !== 'done') throw new Error(`download with a cut failed: ${cut.error?.message}`);
  const sent = fx.server.requestsFor(cutFile).reduce((s, r) => s + (r.bytes ?? 0), 0) - shardBytes;
  const refetched = (await call(page, 'deliveredBytes', fx.fileUrl(cutFile))) - shardBytes;

  const rows = [
    ['plain fetch, bytes discarded', plain.bytes, plain.ms],
    ['ours: IndexedDB + SHA-256 + WebLLM cache', ours.bytes, ours.ms],
    ['WebLLM 0.2.86-style path (replica)', replica.bytes, replica.ms],
  ] as const;
  console.log(`\nChromium ${browser.version()}, loopback, ${(plain.bytes / 1e6).toFixed(0)} MB of shards, ${concurrency} files at a time, ${values['chunk-mib']} MiB chunks`);
  for (const [name, bytes, ms] of rows) console.log(`${name.padEnd(44)} ${(bytes / 1e6).toFixed(0).padStart(5)} MB  ${(ms / 1000).toFixed(2).padStart(6)} s  ${mbps(bytes, ms).toFixed(0).padStart(5)} MB/s`);
  console.log(`ours / plain fetch: ${(mbps(ours.bytes, ours.ms) / mbps(plain.bytes, plain.ms)).toFixed(2)} (target >= 0.80)`);
  console.log(`ours / WebLLM-style: ${(mbps(ours.bytes, ours.ms) / mbps(replica.bytes, replica.ms)).toFixed(2)}`);
  console.log(`bytes received twice after one cut in ${cutFile}: ${refetched} (target < ${2 ** 20}); the server wrote ${sent} bytes more than the file, the rest lost in transit at the cut`);
} finally {
  await browser.close();
  await fx.close();
  await rm(fx.model.root, { recursive: true, force: true });
}
