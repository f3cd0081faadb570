import { expect, test, type Page } from '@playwright/test';

/** Resolves once the service worker controls the page, so an offline reload is served from the precache. */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results' }).locator('passage-card');

test('search finds a passage by abbreviation, and Ask on the rules engine answers with labelled passages', async ({ page }) => {
  await page.goto('/library');
  const view = page.locator('library-view');
  await view.getByLabel('Search the library').fill('TQ conversion');
  await expect(searchResults(page).first()).toContainText('Converting a tourniquet within 2 hours');
  await expect(searchResults(page).first()).toContainText('Source: CoTCCC TCCC Guidelines');
  // The best hit is opened for reading.
  await expect(searchResults(page).first()).toContainText('Convert a limb or junctional tourniquet');

  await view.getByRole('tab', { name: 'Ask' }).click();
  await view.getByLabel('Ask a question').fill('how much TXA do I give');
  await view.getByRole('button', { name: 'Ask' }).click();
  await expect(view.getByText('Answer: these library passages (no language model loaded)')).toBeVisible();
  const sources = view.getByRole('list', { name: 'Sources' }).locator('passage-card');
  await expect(sources.first()).toContainText('[1]');
  await expect(sources.first()).toContainText(/TXA|tranexamic/i);
});

test('a document added while offline is stored, found by search after a reload, and can be deleted', async ({ context, page }) => {
  await page.goto('/library');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  const view = page.locator('library-view');
  await view.getByRole('tab', { name: 'Your documents' }).click();
  await view.getByLabel('Title').fill('Platoon SOP');
  await view.getByLabel(/^Text/).fill('# Casualty collection point\n\nThe casualty collection point is behind the quokka berm, grid 38SMB4484.');
  await view.getByRole('button', { name: 'Add to library' }).click();
  await expect(view.getByRole('status').filter({ hasText: 'Added “Platoon SOP”' })).toBeVisible();

  await page.reload();
  await expect(view.getByRole('heading', { name: 'Library' })).toBeVisible();
  await view.getByLabel('Search the library').fill('quokka berm');
  await expect(searchResults(page).first()).toContainText('Platoon SOP: Casualty collection point');
  await expect(searchResults(page).first()).toContainText('Source: User document: Platoon SOP');

  await view.getByRole('tab', { name: 'Your documents' }).click();
  await view.getByRole('button', { name: 'Delete Platoon SOP' }).click();
  await view.getByRole('button', { name: 'Delete “Platoon SOP”' }).click();
  await expect(view.getByText('None yet.')).toBeVisible();
  await view.getByRole('tab', { name: 'Search' }).click();
  await expect(view.getByText('Nothing found for “quokka berm”.')).toBeVisible();
});
