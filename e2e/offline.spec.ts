import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { waitForServiceWorkerControl } from './casualty-steps.js';
// The shell's own route table, so the tests follow its views (src/ui/routes.test.ts pins the six paths).
import { ROUTES } from '../src/ui/shell/routes.js';

/** The built service worker the kiosk server serves (vite-plugin-pwa names it after src/sw/index.ts). */
const WORKER_FILE = fileURLToPath(new URL('../dist/index.js', import.meta.url));

test('after the first load the app works offline: reload, every view, deep links', async ({ context, page }) => {
  // Playwright gives each test a fresh context: an empty profile, no service worker yet.
  await page.goto('/capture');
  await expect(page.locator('capture-view').getByRole('heading', { level: 1, name: 'Capture' })).toBeVisible();
  // The worker precaches during install and claims the page on activation.
  await waitForServiceWorkerControl(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.reload();
  await expect(page.locator('capture-view').getByRole('heading', { level: 1, name: 'Capture' })).toBeVisible();
  await expect(page.locator('engine-status')).toContainText('Rules engine');

  // Every view's lazy chunk comes from the precache.
  const nav = page.getByRole('navigation', { name: 'Views' });
  for (const { path, label } of ROUTES.slice(1)) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator(`${path.slice(1)}-view`).getByRole('heading', { level: 1, name: label })).toBeVisible();
  }

  // A cold open of any view's URL is answered by the worker with the precached shell.
  for (const { path, label } of ROUTES) {
    await page.goto(path);
    await expect(page.locator(`${path.slice(1)}-view`).getByRole('heading', { level: 1, name: label })).toBeVisible();
  }
});

test('the worker precaches the shell, every view chunk, the manifest and icons', async ({ page }) => {
  await page.goto('/capture');
  await waitForServiceWorkerControl(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toEqual(
    expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/maskable-512.png']),
  );
  expect(cached.filter((path) => path.startsWith('/assets/') && path.endsWith('.js')).length).toBeGreaterThanOrEqual(7);
});

test('a new version waits for the medic: banner first, swap and reload only after the tap', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto('/record');
  await waitForServiceWorkerControl(page);
  // The next version: the same worker with different bytes, as a new build would ship. Page routes cannot
  // intercept the browser's worker update check, so the built file itself changes. It is restored only when
  // the test ends: restored earlier, the browser's own update check after the reload would find a third version.
  const original = await readFile(WORKER_FILE, 'utf8');
  await writeFile(WORKER_FILE, `${original}\n// next build\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expectUpdateOfferedAndTaken(page, testInfo);
  } finally {
    await writeFile(WORKER_FILE, original);
  }
});

async function expectUpdateOfferedAndTaken(page: Page, testInfo: TestInfo): Promise<void> {
  const banner = page.locator('update-banner');
  await expect(banner).toContainText('Update available — reload');
  // Nothing swapped under the medic: the old worker still controls, a new one waits.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(
    true,
  );
  await page.locator('record-view').evaluate((element) => element.setAttribute('data-probe', 'same page'));
  await page.screenshot({ path: testInfo.outputPath('update-banner.png') });

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload now' }).click();
  await reloaded;
  await expect(page.locator('record-view').getByRole('heading', { level: 1, name: 'Record' })).toBeVisible();
  await expect(page.locator('record-view')).not.toHaveAttribute('data-probe', 'same page');
  await expect(banner.getByRole('button')).toHaveCount(0);
  await expect(banner).toHaveText('');
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(
    false,
  );
}
