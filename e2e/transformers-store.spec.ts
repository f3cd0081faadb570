import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';
import { ENGINE_ASSETS_CACHE, ORT_WASM_FILES } from '../src/engine-runtime/ort-files.js';
import { BROWSER_DEFAULTS } from '../src/engines/transformers/shared.js';
import { installedOrtVersion } from '../src/engines/transformers/vite-plugin.js';
import type { ModelManifest } from '../src/model-store/manifest.js';
import { createKioskApp, type KioskApp } from '../src/server/app.js';
import { buildHarness } from './fixtures/transformers-store/build.js';
import { mirroredManifest } from './mirrored-manifest.js';

// The CPU fallback end to end: the tiny Phi model placed where the kiosk serves models, downloaded through the model
// store, then the kiosk gone and the browser offline, and the transformers.js worker generating from the stored copy.
const TINY = fileURLToPath(new URL('./fixtures/tiny-phi/models/tiny-phi/', import.meta.url));
/** The tiny model's manifest as the mirror would record it: every file with its size and SHA-256. */
const tinyManifest = (): ModelManifest =>
  mirroredManifest(TINY, {
    id: 'tiny-phi',
    engine: 'transformers',
    baseUrl: 'https://example.invalid/tiny-phi',
    variant: { quantization: 'fp32', contextWindow: 2048, requiredFeatures: [], vramMB: 0, dtype: 'fp32' },
  });

let harnessDir: string;
let modelsDir: string;
let kiosk: KioskApp;
let origin: string;
const served: string[] = [];
const browsers: Browser[] = [];

test.beforeAll(async () => {
  harnessDir = await buildHarness();
  modelsDir = mkdtempSync(join(tmpdir(), 'tccc-models-'));
  cpSync(TINY, join(modelsDir, 'tiny-phi', 'resolve', 'main'), { recursive: true }); // the mirror's layout
  kiosk = await createKioskApp({ distDir: harnessDir, modelsDir });
  kiosk.addHook('onRequest', async (request) => void served.push(request.url));
  await kiosk.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://localhost:${(kiosk.server.address() as { port: number }).port}`;
});
test.afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await kiosk.close().catch(() => undefined);
  rmSync(modelsDir, { recursive: true, force: true });
});

/** A fresh browser whose every request off our origin is refused and recorded. */
async function browserContext(): Promise<{ context: BrowserContext; offOrigin: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  browsers.push(browser);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    offOrigin.push(route.request().url());
    return route.abort();
  });
  return { context, offOrigin };
}

test('the build copies exactly the ORT files the engine loads to /ort/<version>/, and precaches none of them', () => {
  const version = installedOrtVersion();
  expect(BROWSER_DEFAULTS.wasmPaths).toBe(`/ort/${version}/`);
  expect(readdirSync(join(harnessDir, 'ort'))).toEqual([version]);
  expect(readdirSync(join(harnessDir, 'ort', version)).sort()).toEqual(Object.values(ORT_WASM_FILES).sort());
  expect(readdirSync(join(harnessDir, 'assets')).filter((f) => f.endsWith('.wasm'))).toEqual([]);
  expect(statSync(join(harnessDir, 'ort', version, ORT_WASM_FILES.wasm)).size).toBeGreaterThan(1e6);
  const sw = readFileSync(join(harnessDir, 'index.js'), 'utf8');
  expect(sw).not.toMatch(/\.wasm"|ort-wasm/);
});

test('tiny Phi: downloaded through the model store, then generated from the stored copy offline, streaming and abort', async () => {
  test.setTimeout(180_000);
  const manifest = tinyManifest();
  const { context, offOrigin } = await browserContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'store' in window);
  // ORT files an older build left in the engine-assets cache: the service worker drops them when it activates.
  const stale = ['/ort/ort-wasm-simd-threaded.asyncify.mjs', '/ort/0.0.1/ort-wasm-simd-threaded.asyncify.wasm'];
  await page.evaluate(
    async ({ cacheName, paths }) => {
      const cache = await caches.open(cacheName);
      await Promise.all(paths.map((path) => cache.put(path, new Response('old runtime'))));
    },
    { cacheName: ENGINE_ASSETS_CACHE, paths: stale },
  );
  expect(await page.evaluate(() => window.store.serviceWorker())).toBe(true);
  const cachedPaths = () =>
    page.evaluate(
      async (cacheName) => (await (await caches.open(cacheName)).keys()).map((r) => new URL(r.url).pathname),
      ENGINE_ASSETS_CACHE,
    );
  await expect.poll(cachedPaths).toEqual([]);

  expect(await page.evaluate((m) => window.store.loadMissing(m), manifest)).toMatch(
    /tiny-phi\) is not fully downloaded/,
  );

  const downloaded = await page.evaluate((m) => window.store.download(m), manifest);
  expect(downloaded.state).toBe('done');
  expect(downloaded.stored).toMatchObject({ id: 'tiny-phi', complete: true, missing: [] });
  expect(downloaded.engineAssets).toEqual(
    Object.values(ORT_WASM_FILES)
      .map((f) => `/ort/${installedOrtVersion()}/${f}`)
      .sort(),
  );
  for (const f of manifest.files) expect(served).toContain(`/models/tiny-phi/resolve/main/${f.path}`);

  // Offline for real: the kiosk is gone and the browser has no network. The app reloads from the service worker.
  await kiosk.close();
  await context.setOffline(true);
  served.length = 0;
  await page.reload();
  await page.waitForFunction(() => 'store' in window);

  const r = await page.evaluate((m) => window.store.generate(m), manifest);
  expect(r.progress.at(-1)).toBe(1);
  expect(r.pieces.length).toBeGreaterThan(1);
  expect(r.again).toBe(r.pieces.join('')); // greedy decoding: the same tokens twice
  expect(r.afterStream.lastCall?.completionTokens).toBe(16);
  expect(r.abortError).toBe('AbortError');
  expect(r.seen).toBe(2);
  expect(r.afterAbort.lastCall?.completionTokens).toBeLessThan(400);
  expect(served).toEqual([]);
  expect(offOrigin).toEqual([]);
});
