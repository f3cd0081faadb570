import { expect, test, type Page, type Route } from '@playwright/test';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticManifest, writeSyntheticModel, type SyntheticModel } from './fixtures/model-store/synthetic-model.js';

// The Model view against the real kiosk server (npm run build first): the engine decision and its reasons, and a
// synthetic WebLLM-layout model mirrored into the kiosk's data dir and offered through /models/catalog.json.
const MODELS_DIR = join('.cache', 'e2e-kiosk', 'models');
const CATALOG = join(MODELS_DIR, 'catalog.json');

// Page requests only (no service worker in between), so page.route can hold a shard back mid-download.
test.use({ serviceWorkers: 'block' });

let models: SyntheticModel[] = [];

/** Mirrors a synthetic model into the kiosk and lists it in the catalog the Model view reads. */
async function mirrorSynthetic(origin: string, id: string): Promise<SyntheticModel> {
  const model = await writeSyntheticModel(MODELS_DIR, { id, shards: 4, shardBytes: 512 * 1024 });
  models.push(model);
  const manifest = syntheticManifest(model, `${origin}/models/${id}`);
  await writeFile(
    CATALOG,
    JSON.stringify({
      models: models.map((m) => (m === model ? manifest : syntheticManifest(m, `${origin}/models/${m.id}`))),
    }),
  );
  return model;
}

test.beforeEach(async () => {
  await mkdir(MODELS_DIR, { recursive: true });
});

test.afterEach(async () => {
  await Promise.all(models.map((m) => rm(join(MODELS_DIR, m.id), { recursive: true, force: true })));
  await rm(CATALOG, { force: true });
  models = [];
});

/** Holds requests for `path` until the returned release() is called. */
async function holdBack(page: Page, path: string): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(`**/${path}`, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

function card(page: Page, id: string) {
  return page.locator(`model-card article[data-model="${id}"]`);
}

test('no WebGPU: the rules engine runs, and the view and header say why', async ({ page, baseURL }) => {
  await page.goto('/model');
  const panel = page.locator('engine-panel');
  await expect(panel.getByTestId('engine-in-use')).toHaveText('Rules engine (no language model)');
  const reasons = panel.getByTestId('engine-reasons');
  await expect(reasons).toContainText(
    'WebGPU is turned off or finds no GPU in this browser: the GPU cannot run Phi-2.',
  );
  await expect(reasons).toContainText('Using the rules engine');
  const header = page.locator('engine-status');
  await expect(header).toContainText('Rules engine (no language model)');
  await expect(header).toContainText('WebGPU is turned off or finds no GPU');
  // The built-in Phi-2 builds are offered even when the kiosk has not mirrored them.
  await expect(card(page, 'phi-2-q4f32_1-MLC-1k').getByTestId('stored-state')).toHaveText(
    /Not on this kiosk: mirror it first/,
  );
  await expect(page.locator('model-view').getByTestId('storage')).toContainText('this browser lets the app store');
  // The way forward: the exact command line that starts Chromium with WebGPU on, and each build's size and memory.
  const advice = page.locator('build-advice');
  await expect(advice.getByTestId('webgpu-command')).toHaveText(
    `chromium --enable-unsafe-webgpu --enable-features=Vulkan,VulkanFromANGLE,DefaultANGLEVulkan --use-angle=vulkan --ozone-platform=x11 --ignore-gpu-blocklist ${new URL(baseURL!).origin}/`,
  );
  await expect(advice.getByRole('row', { name: /phi-2-q4f16_1-MLC-1k/ })).toContainText('about 1.6 GB');
  await expect(advice.getByRole('row', { name: /phi-2-q4f32_1-MLC / })).toContainText('about 1.8 GB');
});

test('on a phone-sized screen nothing moves when the engine check answers: the models list waits for it', async ({
  page,
}) => {
  // Lighthouse's mobile screen, where the engine's reasons and the build advice stand above the models.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
        shifts.push(`${entry.value.toFixed(3)} ${entry.sources?.map((s) => s.node?.nodeName).join(',')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdBack(page, 'assets/engine-probe-*.js');
  const catalogRead = page.waitForResponse(/\/models\/catalog\.json/);
  await page.goto('/model');
  await expect(page.locator('engine-panel')).toContainText('Checking this device…');
  // Everything the view reads for itself (catalog, stored models, storage figures) is in by two idle periods after.
  await catalogRead;
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await expect(page.locator('model-card')).toHaveCount(0);
  release();
  await expect(page.locator('engine-panel').getByTestId('engine-reasons')).toBeVisible();
  await expect(card(page, 'phi-2-q4f32_1-MLC-1k')).toBeVisible();
  // Lighthouse counts a shift score of 0.1 as poor; the list jumping down scored 0.45. Tiny header shifts may stay.
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
  expect(
    shifts.reduce((sum, shift) => sum + parseFloat(shift), 0),
    shifts.join('; '),
  ).toBeLessThan(0.01);
});

test('a kiosk model downloads through the UI with progress, shows as stored, and is deleted', async ({
  page,
  baseURL,
}) => {
  const model = await mirrorSynthetic(baseURL!, 'e2e-view-MLC');
  const release = await holdBack(page, `${model.id}/resolve/main/params_shard_3.bin`);
  await page.goto('/model');
  const c = card(page, model.id);
  await expect(c.getByTestId('stored-state')).toHaveText('Not downloaded');
  await expect(c).toContainText(`Size ${(model.totalBytes / 1e6).toFixed(1)} MB`);
  await c.getByRole('button', { name: 'Download' }).click();

  const download = c.getByTestId('download');
  await expect(download).toContainText('Downloading');
  await expect(download.getByTestId('overall')).toHaveText(/of 2\.1 MB \(\d+%\)/);
  await expect(download.locator('details.files')).toContainText('params_shard_3.bin');
  await expect(download.getByRole('button', { name: 'Pause' })).toBeVisible();
  // The download runs in its own worker, so the page's thread stays free for the medic.
  const downloadWorkers = () => page.workers().filter((w) => /download\.worker/.test(w.url())).length;
  await expect.poll(downloadWorkers).toBe(1);
  release();

  await expect(c.getByTestId('stored-state')).toHaveText(/^Stored and verified \(2\.1 MB\)$/);
  await expect(download).toHaveCount(0);
  await expect.poll(downloadWorkers).toBe(0); // ended with its download
  // The chooser ran again after the download: still no GPU here, so the rules engine stays, with its reason.
  await expect(page.locator('engine-panel').getByTestId('engine-in-use')).toHaveText(
    'Rules engine (no language model)',
  );

  await c.getByRole('button', { name: 'Delete…' }).click();
  await expect(c).toContainText(`Delete ${model.id} (2.1 MB) from this device?`);
  await c.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(c.getByTestId('stored-state')).toHaveText('Not downloaded');
  await expect(c.getByRole('button', { name: 'Download' })).toBeEnabled();
});

test('a Git LFS pointer in place of a shard is refused with a message naming the file', async ({ page, baseURL }) => {
  const model = await mirrorSynthetic(baseURL!, 'e2e-lfs-MLC');
  const shard = join(MODELS_DIR, model.id, 'resolve', 'main', 'params_shard_1.bin');
  const size = (await readFile(shard)).byteLength;
  await writeFile(shard, `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize ${size}\n`);
  await page.goto('/model');
  const c = card(page, model.id);
  await c.getByRole('button', { name: 'Download' }).click();
  const error = c.getByTestId('download-error');
  await expect(error).toContainText('params_shard_1.bin');
  await expect(error).toContainText('Git LFS pointer');
  await expect(c).toContainText('Download stopped');
  await expect(c.getByRole('button', { name: 'Try again' })).toBeVisible();
  await c.getByRole('button', { name: 'Dismiss' }).click();
  await expect(c.getByTestId('stored-state')).toBeVisible();
  await expect(c.getByTestId('stored-state')).not.toHaveText(/Stored and verified/);
});

test("a second tab shows the first tab's download progress", async ({ page, context, baseURL }) => {
  const model = await mirrorSynthetic(baseURL!, 'e2e-tabs-MLC');
  const release = await holdBack(page, `${model.id}/resolve/main/params_shard_2.bin`);
  await page.goto('/model');
  const second = await context.newPage();
  await second.goto('/model');
  await expect(card(second, model.id).getByTestId('stored-state')).toHaveText('Not downloaded');

  await card(page, model.id).getByRole('button', { name: 'Download' }).click();
  const followed = card(second, model.id).getByTestId('download');
  await expect(followed).toContainText('Downloading in another tab');
  await expect(followed.getByTestId('overall')).toHaveText(/of 2\.1 MB \(\d+%\)/);
  await expect(followed.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  release();

  await expect(card(page, model.id).getByTestId('stored-state')).toHaveText(/Stored and verified/);
  await expect(card(second, model.id).getByTestId('stored-state')).toHaveText(/Stored and verified/);
});
