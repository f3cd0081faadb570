/**
 * Dictate on the real speech path in Chromium (#14): the tiny random-weight Moonshine (e2e/fixtures/tiny-moonshine)
 * mirrored on a kiosk of its own, downloaded through the Model view into the model store, then Dictate with Chromium's
 * fake microphone playing espeak-ng speech: the real VAD, transformers.js in the speech worker on WASM, text in the
 * draft. Random weights give random words, so only that text arrives is asserted. Nothing leaves the kiosk's origin.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { fakeMicrophone } from './fake-microphone.js';
import type { ModelManifest } from '../src/model-store/manifest.js';
import { createKioskApp, type KioskApp } from '../src/server/app.js';
import { capture } from './casualty-steps.js';
import { mirroredManifest } from './mirrored-manifest.js';

const TINY = fileURLToPath(new URL('./fixtures/tiny-moonshine/models/tiny-moonshine/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** The tiny model's manifest as `model:mirror` would record it: a speech model, every file with size and SHA-256. */
const tinyManifest = (): ModelManifest =>
  mirroredManifest(TINY, {
    id: 'tiny-moonshine',
    engine: 'transformers',
    task: 'speech-recognition',
    baseUrl: 'https://example.invalid/tiny-moonshine',
    variant: { quantization: 'fp32', contextWindow: 194, requiredFeatures: [], vramMB: 0, dtype: 'fp32' },
  });

test.use({ launchOptions: fakeMicrophone(['Tourniquet applied to the left thigh.'], []) });

let modelsDir: string;
let kiosk: KioskApp;
let origin: string;

test.beforeAll(async () => {
  modelsDir = mkdtempSync(join(tmpdir(), 'tccc-speech-models-'));
  cpSync(TINY, join(modelsDir, 'tiny-moonshine', 'resolve', 'main'), { recursive: true }); // the mirror's layout
  writeFileSync(join(modelsDir, 'catalog.json'), JSON.stringify({ models: [tinyManifest()] }));
  kiosk = await createKioskApp({ distDir: DIST, modelsDir });
  await kiosk.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://localhost:${(kiosk.server.address() as { port: number }).port}`;
});
test.afterAll(async () => {
  await kiosk.close().catch(() => undefined);
  rmSync(modelsDir, { recursive: true, force: true });
});

test('the tiny Moonshine, downloaded from the kiosk, turns the microphone’s speech into draft text on WASM', async ({
  context,
  page,
}) => {
  // A download, a model load in the speech worker and real-time speech on a shared CPU.
  test.slow();
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    offOrigin.push(route.request().url());
    return route.abort();
  });
  await context.grantPermissions(['microphone'], { origin });

  await page.goto(`${origin}/model`);
  const card = page.locator('model-card article[data-model="tiny-moonshine"]');
  await card.getByRole('button', { name: 'Download' }).click();
  await expect(card.getByTestId('stored-state')).toHaveText(/^Stored and verified/);

  await page.goto(`${origin}/capture`);
  const draft = capture(page).getByRole('textbox', { name: /what happened/i });
  await capture(page).getByRole('button', { name: 'Dictate' }).click();
  const stop = capture(page).getByRole('button', { name: 'Stop' });
  // Ceilings: loading the speech model in its worker and ONNX Runtime on a busy machine, then the first utterance
  // (about 2.5 s of speech) and its decoding.
  await expect(stop).toHaveAttribute('aria-pressed', 'true', { timeout: 60_000 });
  await expect(draft).not.toHaveValue('', { timeout: 60_000 });
  await stop.click();
  await expect(capture(page).getByRole('button', { name: 'Dictate' })).toBeVisible();
  await expect(capture(page).locator('dictate-button').getByRole('alert')).toHaveCount(0);
  expect(offOrigin).toEqual([]);
});
