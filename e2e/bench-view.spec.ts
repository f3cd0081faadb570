import { expect, test } from '@playwright/test';

// The Bench view on the real kiosk build: the rules engine measured in the browser, figures shown and kept,
// and the decode ceiling worked out from an entered memory bandwidth and weight size.
test('the bench runs the rules engine, shows its figures, keeps the run, and computes the decode ceiling', async ({
  page,
}) => {
  const offOrigin: string[] = [];
  const kiosk = new URL(test.info().project.use.baseURL!).origin;
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === kiosk) return route.continue();
    offOrigin.push(route.request().url());
    return route.abort();
  });
  await page.goto('/bench');
  const view = page.locator('bench-view');
  await expect(view.getByRole('heading', { level: 1, name: 'Bench' })).toBeVisible();

  await view.getByRole('button', { name: 'Run the bench' }).click();
  await expect(view.locator('p[role="status"]')).toHaveText(/^Done\. No language model is loaded/);
  const rules = view.locator('tr[data-engine="rules"]');
  const cells = rules.locator('td');
  await expect(cells.nth(0)).toHaveText('Rules engine (no language model)');
  await expect(cells.nth(1)).toHaveText(/^\d+\.\d$/); // load from cache, ms
  await expect(cells.nth(2)).toHaveText('—'); // no tokens: the rules engine runs no model
  await expect(cells.nth(6)).toHaveText(/^\d+\.\d\d$/); // extraction, ms
  await expect(cells.nth(7)).toHaveText(/^\d+\.\d$/); // Chromium exposes performance.memory
  // The kiosk is cross-origin isolated, which the browser's whole-page memory measure needs.
  await expect(view.getByText(/Whole-page memory with workers: (measuring or not offered|\d+\.\d MB)/)).toBeVisible();

  // Measured at, in 24-hour time whatever the locale.
  await expect(view.getByText(/^\s*Measured \d{4}-\d\d-\d\d ([01]\d|2[0-3]):[0-5]\d\./)).toBeVisible();
  // The rules row has no decode ceiling and says why, rather than a dash that looks like a missing figure.
  await expect(cells.nth(5)).toHaveText('no model');

  // Touch-sized fields; the ceiling is worked out as each figure is typed (a decimal comma too).
  const bandwidth = view.getByLabel('Memory bandwidth (GB/s)');
  const weights = view.getByLabel('Model weights (MB)');
  for (const field of [bandwidth, weights]) expect((await field.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await bandwidth.pressSequentially('102,4');
  await expect(view.locator('output[name="ceiling"]')).toHaveText('—');
  await weights.pressSequentially('16');
  await expect(view.locator('output[name="ceiling"]')).toHaveText('6400.0');
  await weights.pressSequentially('00');
  await expect(view.locator('output[name="ceiling"]')).toHaveText('64.0');

  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Download results (JSON)' }).click();
  const saved = JSON.parse(
    await (await (await download).createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')),
  ) as {
    results: { engine: string; extractMs: number; narratives: number }[];
    bandwidthGBps: number;
    weightMB: number;
  };
  expect(saved.results.map((r) => r.engine)).toEqual(['rules']);
  expect(saved.results[0].narratives).toBe(4);
  expect(saved).toMatchObject({ bandwidthGBps: 102.4, weightMB: 1600 });

  // Kept in IndexedDB: a reload shows the last run without running again.
  await page.reload();
  await expect(page.locator('bench-view tr[data-engine="rules"] td').first()).toHaveText(
    'Rules engine (no language model)',
  );
  expect(offOrigin).toEqual([]);
});
