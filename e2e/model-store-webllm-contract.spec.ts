import { expect, test } from '@playwright/test';
import { call, createFixture, openHarness, type Fixture } from './fixtures/model-store/setup.js';

// Contract with @mlc-ai/web-llm 0.2.86 (pinned): what our downloader writes is what WebLLM's own
// cache code reads. If this fails after a web-llm upgrade, re-read its ArtifactIndexedDBCache.
let fx: Fixture;

test.beforeAll(async () => {
  fx = await createFixture({ shards: 3, shardBytes: 256 * 1024 });
});
test.afterAll(async () => fx.close());

test("after our download WebLLM's hasModelInCache is true and its loader reads every file without the network", async ({
  page,
}) => {
  await openHarness(page, fx);
  const manifest = fx.manifest(false); // shards known only from tensor-cache.json, as for the real Phi-2 manifests
  expect(await call(page, 'hasModelInCache', manifest)).toBe(false);
  expect((await call(page, 'run', manifest)).state).toBe('done');
  expect(await call(page, 'hasModelInCache', manifest)).toBe(true);

  // Every URL WebLLM's reloadInternal / asyncLoadTokenizer / fetchTensorCache asks its caches for.
  const shardUrls = fx.model.files.filter((f) => f.kind === 'shard').map((f) => fx.fileUrl(f.path));
  expect((await call(page, 'keys', 'webllm/config')).sort()).toEqual([fx.fileUrl('mlc-chat-config.json')]);
  expect(await call(page, 'keys', 'webllm/wasm')).toEqual([manifest.modelLib]);
  expect((await call(page, 'keys', 'webllm/model')).sort()).toEqual(
    [fx.fileUrl('tensor-cache.json'), fx.fileUrl('tokenizer.json'), ...shardUrls].sort(),
  );
  const model = await call(page, 'cached', 'webllm/model', [fx.fileUrl('tensor-cache.json'), ...shardUrls]);
  expect(model[fx.fileUrl('tensor-cache.json')]).toBe('json:true'); // stored parsed, as fetchWithCache(url, "json") does
  for (const f of fx.model.files.filter((x) => x.kind === 'shard')) expect(model[fx.fileUrl(f.path)]).toBe(f.sha256);
  const lib = fx.model.files.find((f) => f.kind === 'model-lib')!;
  expect((await call(page, 'cached', 'webllm/wasm', [manifest.modelLib!]))[manifest.modelLib!]).toBe(lib.sha256);

  // WebLLM's own loader, with the network cut: it must get to compiling our (fake) model library.
  let networkFetches = 0;
  await page.route(`${fx.server.url}/m/**`, (route) => (networkFetches++, route.abort()));
  const requestsBefore = fx.server.log.length;
  const outcome = await call(page, 'webllmReload', manifest);
  expect(outcome).toMatch(/^CompileError: WebAssembly\.instantiate\(\)/); // config and library came from the cache
  expect(networkFetches).toBe(0);
  expect(fx.server.log.length).toBe(requestsBefore);
});

test('WebLLM 0.2.86 still lists the Phi-2 variants our manifests describe', async ({ page }) => {
  await openHarness(page, fx);
  expect(await call(page, 'prebuiltIds')).toEqual(
    expect.arrayContaining(['phi-2-q4f16_1-MLC', 'phi-2-q4f32_1-MLC', 'phi-2-q4f16_1-MLC-1k', 'phi-2-q4f32_1-MLC-1k']),
  );
});
