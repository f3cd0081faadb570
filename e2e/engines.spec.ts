import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';
import { buildHarness } from './fixtures/tiny-phi/harness/build.js';
import { serveHarness, type HarnessServer } from './fixtures/tiny-phi/harness/server.js';

// The real engines in Chromium: tiny Phi through transformers.js in a worker, WebLLM's worker and its fallback,
// and the capability probe on real WebGPU settings. Everything is served by our loopback server; nothing else is reached.
let server: HarnessServer;
const browsers: Browser[] = [];

test.beforeAll(async () => {
  server = await serveHarness(await buildHarness());
});
test.afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await server.close();
});

/** A page of the harness in a browser launched with `extraArgs`; any request off our origin fails the test. */
async function harness(extraArgs: string[]): Promise<{ page: Page; offOrigin: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
  browsers.push(browser);
  const page = await browser.newPage();
  const offOrigin: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(server.origin)) return route.continue();
    offOrigin.push(route.request().url());
    return route.abort();
  });
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => 'engines' in window);
  return { page, offOrigin };
}

const WEBGPU = ['--enable-unsafe-webgpu'];
// Chromium on Linux keeps navigator.gpu on secure pages but gives no adapter unless WebGPU is enabled.
const NO_WEBGPU: string[] = [];

test.describe('capability probe in Chromium', () => {
  test('WebGPU disabled → the small CPU model if downloaded, else the rules engine, with reasons', async () => {
    const { page } = await harness(NO_WEBGPU);
    const withCpu = await page.evaluate(() =>
      window.engines.probe({ allowFallbackAdapter: true, downloaded: ['phi-2-q4f32_1-MLC'], transformers: true }),
    );
    expect(withCpu.choice).toEqual({ engine: 'transformers', modelId: 'tiny-phi' });
    expect(withCpu.reasons).toEqual([
      'WebGPU is turned off or finds no GPU in this browser: the GPU cannot run Phi-2.',
      'Using the small CPU model: slower, but it runs on any device.',
    ]);
    const bare = await page.evaluate(() => window.engines.probe({ allowFallbackAdapter: true, downloaded: [] }));
    expect(bare.choice).toEqual({ engine: 'rules' });
    expect(bare.reasons.at(-1)).toMatch(/Using the rules engine/);
  });

  test('SwiftShader is refused as a fallback adapter; the test setting allows it and q4f32_1 is chosen', async () => {
    const { page } = await harness(WEBGPU);
    const refused = await page.evaluate(() =>
      window.engines.probe({ allowFallbackAdapter: false, downloaded: ['phi-2-q4f32_1-MLC', 'phi-2-q4f32_1-MLC-1k'] }),
    );
    expect(refused.choice).toEqual({ engine: 'rules' });
    expect(refused.reasons[0]).toBe('The only GPU is a software stand-in (fallback adapter): far too slow for Phi-2.');

    const allowed = await page.evaluate(() =>
      window.engines.probe({ allowFallbackAdapter: true, downloaded: ['phi-2-q4f32_1-MLC', 'phi-2-q4f32_1-MLC-1k'] }),
    );
    expect(allowed.choice).toMatchObject({ engine: 'webllm', quantization: 'q4f32_1' });
    expect(allowed.reasons).toContain('GPU found, no 16-bit shader support: using the 32-bit Phi-2 build (q4f32_1).');
    expect(allowed.order.at(-1)).toEqual({ engine: 'rules' });
  });

  test('model not downloaded → rules engine, saying so', async () => {
    const { page } = await harness(WEBGPU);
    const r = await page.evaluate(() => window.engines.probe({ allowFallbackAdapter: true, downloaded: [] }));
    expect(r.choice).toEqual({ engine: 'rules' });
    expect(r.reasons.join(' ')).toMatch(/Phi-2 \(phi-2-q4f32_1-MLC\) is not downloaded: download it in the Model view/);
  });
});

test('no usable GPU: the probe picks the small CPU model and the engine built from it extracts', async () => {
  const { page, offOrigin } = await harness(NO_WEBGPU);
  const r = await page.evaluate(() => window.engines.fromProbe());
  expect(r.choice).toEqual({ engine: 'transformers', modelId: 'tiny-phi' });
  expect(r.engine).toBe('transformers');
  expect(r.label).toBe('Small CPU model (tiny-phi)');
  expect(r.extraction.engine).toBe('transformers');
  expect(r.extraction.record).toMatchObject({ evac_priority: 'routine', vitals: [{ pulse: 92 }] });
  expect(r.stats).toMatchObject({ engine: 'transformers', loaded: true, calls: 1 });
  expect(offOrigin).toEqual([]);
});

test('transformers.js: the tiny Phi model generates, streams and aborts in a worker, offline', async () => {
  const { page, offOrigin } = await harness([]);
  const r = await page.evaluate(() => window.engines.transformers());
  expect(r.progress.at(-1)).toBe(1);
  expect(r.pieces.length).toBeGreaterThan(1);
  expect(r.again).toBe(r.pieces.join('')); // greedy decoding: same text twice
  expect(r.afterStream.lastCall?.completionTokens).toBe(16);
  expect(r.abortError).toBe('AbortError');
  expect(r.seen).toBe(2);
  expect(r.afterAbort.lastCall?.completionTokens).toBeLessThan(400);
  // Random weights write no record: the rules record stands, with the reason.
  expect(r.extraction.fallbackReason).toMatch(/using the rules engine's record/);
  expect(r.extraction.record).toMatchObject({ evac_priority: 'routine', mechanism: ['fall'] });
  expect(offOrigin).toEqual([]);
  expect(server.log).toContain('/models/tiny-phi/onnx/model.onnx');
  expect(server.log).toContain('/ort/ort-wasm-simd-threaded.asyncify.wasm');
});

test('WebLLM: its worker starts with the store cache and the kiosk model record; the failed load falls back with the reason', async () => {
  const { page, offOrigin } = await harness(WEBGPU);
  server.log.length = 0;
  const r = await page.evaluate(() => window.engines.webllm('phi-2-q4f32_1-MLC-1k'));
  expect(r.appConfig).toEqual({
    cacheBackend: 'indexeddb',
    model_list: [
      expect.objectContaining({
        model_id: 'phi-2-q4f32_1-MLC-1k',
        model: `${server.origin}/models/phi-2-q4f32_1-MLC-1k`,
        model_lib: `${server.origin}/models/phi-2-q4f32_1-MLC-1k/resolve/main/phi-2-q4f32_1_cs1k-webgpu.wasm`,
        overrides: { context_window_size: 1024 },
      }),
    ],
  });
  expect(r.engine).toBe('rules');
  expect(r.fallbacks).toHaveLength(1);
  expect(r.fallbacks[0]).toMatchObject({ from: 'webllm', to: 'rules' });
  expect(r.fallbacks[0].reason).toMatch(
    /^Phi-2 on the GPU \(phi-2-q4f32_1-MLC-1k\) could not start: .*mlc-chat-config\.json.*\. Switched to Rules engine \(no language model\)\.$/,
  );
  expect(r.extraction.record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '14:40' }]);
  // WebLLM looked in its IndexedDB cache and asked only our origin for the model's files.
  expect(r.databases).toContain('webllm/config');
  expect(server.log).toContain('/models/phi-2-q4f32_1-MLC-1k/resolve/main/mlc-chat-config.json');
  expect(offOrigin).toEqual([]);
});
