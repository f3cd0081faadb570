import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, KIOSK_PORT } from '../playwright.config.js';
import { CATALOG_FILE, mirrorModel } from '../src/cli/model-mirror.js';
import type { ModelManifest } from '../src/model-store/manifest.js';
import { validateRecord } from '../src/tccc/validate.js';
import {
  addPiece,
  capture,
  expectSaved,
  exportCasualty,
  openView,
  recordView,
  waitForServiceWorkerControl,
} from './casualty-steps.js';
import { syntheticManifest, writeSyntheticModel, type SyntheticModel } from './fixtures/model-store/synthetic-model.js';

// The engine chooser in the real app on the real kiosk (npm run build first): the tiny Phi model mirrored by
// model:mirror (which lists it in the kiosk's catalog.json) and a synthetic WebLLM-layout Phi-2 build, both
// downloaded through the Model view; the app switches engine with no reload and says why.
const MODELS_DIR = join('.cache', 'e2e-kiosk', 'models');
const TINY_DIR = fileURLToPath(new URL('./fixtures/tiny-phi/models/tiny-phi/', import.meta.url));
const TINY_LABEL = 'Small CPU model (tiny-phi)';
const RULES_LABEL = 'Rules engine (no language model)';
const SOFTWARE_GPU = 'e2e-swgpu-q4f32_1-MLC';
const NARRATIVE = 'GSW left thigh at 14:05. Tourniquet applied left leg 14:07. Pulse 120.';

let synthetic: SyntheticModel;

/** The tiny model as model-config/ would describe it before mirroring: files by name, sizes and hashes unknown. */
const tinyPhiConfig: ModelManifest = {
  id: 'tiny-phi',
  engine: 'transformers',
  baseUrl: 'https://example.invalid/tiny-phi',
  variant: { quantization: 'fp32', contextWindow: 1024, requiredFeatures: [], vramMB: 0, dtype: 'fp32' },
  files: [
    { path: 'config.json', kind: 'config' },
    { path: 'generation_config.json', kind: 'config' },
    { path: 'tokenizer.json', kind: 'tokenizer' },
    { path: 'tokenizer_config.json', kind: 'tokenizer' },
    { path: 'onnx/model.onnx', kind: 'onnx' },
  ],
};

test.beforeAll(async () => {
  await mkdir(MODELS_DIR, { recursive: true });
  await rm(join(MODELS_DIR, CATALOG_FILE), { force: true });
  const configDir = await mkdtemp(join(tmpdir(), 'tccc-config-'));
  await writeFile(join(configDir, 'tiny-phi.json'), JSON.stringify(tinyPhiConfig));
  await mirrorModel({ modelId: 'tiny-phi', fromDir: TINY_DIR, out: MODELS_DIR, configDir }); // the USB-stick import
  await rm(configDir, { recursive: true, force: true });
  synthetic = await writeSyntheticModel(MODELS_DIR, { id: SOFTWARE_GPU, shards: 2, shardBytes: 256 * 1024 });
  const catalogPath = join(MODELS_DIR, CATALOG_FILE);
  const catalog = JSON.parse(await readFile(catalogPath, 'utf8')) as { models: unknown[] };
  catalog.models.push(syntheticManifest(synthetic, `http://localhost:${KIOSK_PORT}/models/${SOFTWARE_GPU}`));
  await writeFile(catalogPath, JSON.stringify(catalog));
});

test.afterAll(async () => {
  await rm(join(MODELS_DIR, 'tiny-phi'), { recursive: true, force: true });
  await rm(join(MODELS_DIR, SOFTWARE_GPU), { recursive: true, force: true });
  await rm(join(MODELS_DIR, CATALOG_FILE), { force: true });
});

const card = (page: Page, id: string) => page.locator(`model-card article[data-model="${id}"]`);
const panel = (page: Page) => page.locator('engine-panel');

/** Downloads a model through its card in the Model view (already open) and waits until it is stored. */
async function download(page: Page, id: string): Promise<void> {
  await card(page, id).getByRole('button', { name: 'Download' }).click();
  await expect(card(page, id).getByTestId('stored-state')).toHaveText(/^Stored and verified/, { timeout: 30_000 });
}

/**
 * The current casualty as the app exports it (Reports › Casualty file › Export casualty), once autosave says it
 * is stored: the casualty file carries the casualty with its extraction, engine and all. Casualties live in
 * automerge-repo documents, so the file the medic can take away is the honest way to read them back.
 */
async function savedCasualty(
  page: Page,
): Promise<{ extraction?: { engine: string; engineLabel?: string; record: unknown } }> {
  await expectSaved(page);
  const exported = await exportCasualty(page);
  return (JSON.parse(exported.text) as { casualty: Awaited<ReturnType<typeof savedCasualty>> }).casualty;
}

test('the CPU model: downloaded in the Model view, chosen with no reload, extracts, and loads from the store offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/model');
  await waitForServiceWorkerControl(page);
  await expect(card(page, 'tiny-phi').getByTestId('stored-state')).toHaveText('Not downloaded');
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

  await download(page, 'tiny-phi');
  await expect(panel(page).getByTestId('engine-in-use')).toHaveText(TINY_LABEL, { timeout: 30_000 });
  await expect(panel(page).getByTestId('engine-reasons')).toContainText(
    'Using the small CPU model: slower, but it runs on any device.',
  );
  await expect(page.locator('engine-status')).toContainText(TINY_LABEL);
  await expect(page.locator('engine-status')).toContainText('WebGPU is turned off or finds no GPU');
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);

  // Capture → the CPU model reads the narrative; its record is grounded and merged with the rules engine's.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Capture' }).click();
  await addPiece(page, NARRATIVE, 'model');
  const saved = await savedCasualty(page);
  expect(saved.extraction).toMatchObject({ engine: 'transformers', engineLabel: TINY_LABEL });
  expect(validateRecord(saved.extraction?.record).errors).toEqual([]);
  await openView(page, 'Record');
  // A random-weight model states little that is grounded: most facts come from the rules engine, each saying so.
  await expect(recordView(page).locator('li.fact .badge').first()).toHaveText(
    /^Found by (rules engine|language model \(CPU\)|language model and rules engine)$/,
  );

  // Offline, after a reload: the app comes from the service worker and the CPU model from the store.
  await context.setOffline(true);
  await page.goto('/model');
  await expect(panel(page).getByTestId('engine-in-use')).toHaveText(TINY_LABEL, { timeout: 30_000 });
  await expect(card(page, 'tiny-phi').getByTestId('stored-state')).toHaveText(/^Stored and verified/);
  await expect(panel(page).getByTestId('engine-fallbacks')).toHaveCount(0);
});

test.describe('a software GPU (SwiftShader)', () => {
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'],
    });
  });
  test.afterAll(async () => {
    await browser.close();
  });

  test('accepted only by the test flag: q4f32_1, WebLLM fails to load, the app falls back saying why; refused without the flag', async ({
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/model?test-allow-software-gpu');
    await expect(panel(page).getByRole('note')).toContainText('a software GPU is accepted');

    // The medic's work before the failure: a piece added and a draft still being typed.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Capture' }).click();
    await addPiece(page, NARRATIVE);
    const draft = capture(page).getByRole('textbox', { name: /what happened/i });
    await draft.fill('Second casualty reported by radio');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Model' }).click();

    await download(page, SOFTWARE_GPU);
    const reasons = panel(page).getByTestId('engine-reasons');
    await expect(reasons).toContainText('Software GPU (fallback adapter) allowed by the test setting.', {
      timeout: 30_000,
    });
    await expect(reasons).toContainText('GPU found, no 16-bit shader support: using the 32-bit Phi-2 build (q4f32_1).');
    await expect(reasons).toContainText(`Using Phi-2 on the GPU (${SOFTWARE_GPU}).`);
    const fallbacks = panel(page).getByTestId('engine-fallbacks');
    await expect(fallbacks).toContainText(/Phi-2 .* could not start: .+\. Switched to Rules engine/, {
      timeout: 60_000,
    });
    await expect(panel(page).getByTestId('engine-in-use')).toHaveText(RULES_LABEL);
    await expect(page.locator('engine-status')).toContainText('could not start');

    // Nothing of the medic's was lost by the failure.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Capture' }).click();
    await expect(capture(page).getByRole('list', { name: 'Narrative timeline' })).toContainText(NARRATIVE);
    await expect(draft).toHaveValue('Second casualty reported by radio');
    const saved = await savedCasualty(page);
    expect(saved.extraction?.engine).toBe('rules');

    // With the CPU model stored, the same failure falls back to it instead.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Model' }).click();
    await download(page, 'tiny-phi');
    await expect(fallbacks).toContainText(`Switched to ${TINY_LABEL}`, { timeout: 60_000 });
    await expect(panel(page).getByTestId('engine-in-use')).toHaveText(TINY_LABEL);

    // Without the flag the software adapter is refused, with its reason, though a Phi-2 build is stored.
    await page.goto('/model');
    await expect(panel(page).getByTestId('engine-reasons')).toContainText(
      'The only GPU is a software stand-in (fallback adapter): far too slow for Phi-2.',
    );
    await expect(panel(page).getByTestId('engine-in-use')).toHaveText(TINY_LABEL, { timeout: 30_000 });
    await expect(panel(page).getByTestId('engine-fallbacks')).toHaveCount(0);
    await expect(panel(page).getByRole('note')).toHaveCount(0);
    await context.close();
  });
});
