import { expect, test } from '@playwright/test';

const VIEWS = [
  { path: '/capture', label: 'Capture' },
  { path: '/record', label: 'Record' },
  { path: '/reports', label: 'Reports' },
  { path: '/library', label: 'Library' },
  { path: '/model', label: 'Model' },
  { path: '/bench', label: 'Bench' },
] as const;

test('after the first load the app works offline: reload, every view, deep links', async ({ context, page }) => {
  // Playwright gives each test a fresh context: an empty profile, no service worker yet.
  await page.goto('/capture');
  await expect(page.locator('capture-view').getByRole('heading', { name: 'Capture' })).toBeVisible();
  // The worker precaches during install and claims the page on activation.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.reload();
  await expect(page.locator('capture-view').getByRole('heading', { name: 'Capture' })).toBeVisible();
  await expect(page.locator('engine-status')).toContainText('Rules engine');

  // Every view's lazy chunk comes from the precache.
  const nav = page.getByRole('navigation', { name: 'Views' });
  for (const { path, label } of VIEWS.slice(1)) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator(`${path.slice(1)}-view`).getByRole('heading', { name: label })).toBeVisible();
  }

  // A cold open of any view's URL is answered by the worker with the precached shell.
  for (const { path, label } of VIEWS) {
    await page.goto(path);
    await expect(page.locator(`${path.slice(1)}-view`).getByRole('heading', { name: label })).toBeVisible();
  }
});

test('the worker precaches the shell, every view chunk, the manifest and icons', async ({ page }) => {
  await page.goto('/capture');
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/maskable-512.png']));
  expect(cached.filter((path) => path.startsWith('/assets/') && path.endsWith('.js')).length).toBeGreaterThanOrEqual(7);
});
