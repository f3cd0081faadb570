import { expect, test, type Page } from '@playwright/test';

// The kiosk screen: short enough that the Reports card and the Model view scroll.
test.use({ viewport: { width: 1024, height: 600 } });

/** The shell's one scrolling container, inside its shadow root. */
const scrollTop = (page: Page) =>
  page.evaluate(() => document.querySelector('tccc-app')!.shadowRoot!.querySelector('main')!.scrollTop);

/** Scrolls <main> down to `by` pixels, once the view has grown that tall. */
async function scrollDown(page: Page, by: number): Promise<void> {
  const room = () =>
    page.evaluate(() => {
      const main = document.querySelector('tccc-app')!.shadowRoot!.querySelector('main')!;
      return main.scrollHeight - main.clientHeight;
    });
  await expect.poll(room).toBeGreaterThan(by);
  await page.evaluate((px) => {
    document.querySelector('tccc-app')!.shadowRoot!.querySelector('main')!.scrollTop = px;
  }, by);
}

/**
 * Waits until <main> is back near `expected` (the restore runs after the view renders, and a view whose content
 * settles a little shorter clamps the position by a few pixels; other views' positions differ by far more).
 */
async function expectScrolledTo(page: Page, expected: number): Promise<void> {
  await expect.poll(async () => Math.abs((await scrollTop(page)) - expected)).toBeLessThanOrEqual(30);
}

/** Opens a view from the nav; returns where the view being left was scrolled to as it was left. */
async function open(page: Page, label: string): Promise<number> {
  // Read as late as possible: scroll anchoring may still move a view whose content settles after the scroll.
  const leftAt = await scrollTop(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label }).click();
  await expect(
    page.locator(`${label.toLowerCase()}-view`).getByRole('heading', { level: 1, name: label }),
  ).toBeVisible();
  return leftAt;
}

test('each view keeps its own scroll position; a view shown for the first time opens at its top', async ({ page }) => {
  await page.goto('/reports');
  await expect(page.locator('reports-view').getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await scrollDown(page, 250);

  const reportsAt = await open(page, 'Model');
  expect(reportsAt).toBeGreaterThan(200);
  expect(await scrollTop(page)).toBe(0);
  await expect(page.locator('model-view').getByRole('heading', { level: 1, name: 'Model' })).toBeInViewport();
  await scrollDown(page, 120);

  const modelAt = await open(page, 'Reports');
  expect(modelAt).toBeGreaterThan(80);
  await expectScrolledTo(page, reportsAt);
  await open(page, 'Record');
  expect(await scrollTop(page)).toBe(0);
  await open(page, 'Model');
  await expectScrolledTo(page, modelAt);

  // Back and forward go through the same route change, so they restore positions too.
  await page.goBack();
  await expect(page).toHaveURL(/\/record$/);
  await expect(page.locator('record-view')).toBeVisible();
  expect(await scrollTop(page)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.locator('reports-view')).toBeVisible();
  await expectScrolledTo(page, reportsAt);
});
