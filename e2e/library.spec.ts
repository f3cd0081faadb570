import { expect, test, type Page } from '@playwright/test';
import { addPiece, openView, recordView, waitForServiceWorkerControl } from './casualty-steps.js';

// Fixed zone, so the faked clock's 14:10 is 14:10 on the page's local clock too.
test.use({ timezoneId: 'UTC' });

const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results' }).locator('passage-card');

test('search finds a passage by abbreviation, and Ask on the rules engine answers with labelled passages', async ({
  page,
}) => {
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

test('the search box is there before the library index has loaded, and a query typed meanwhile is answered', async ({
  page,
}) => {
  // Hold the lazy chunk with the passage index: the first screen must not wait for it (Lighthouse's LCP, issue #17).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/load-library-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/library');
  const view = page.locator('library-view');
  await expect(view.getByRole('status')).toHaveText('Opening the library…');
  await expect(view.getByText(/Abbreviations work: TQ, NDC/)).toBeVisible();
  await view.getByLabel('Search the library').fill('TQ conversion');
  release();
  await expect(searchResults(page).first()).toContainText('Converting a tourniquet within 2 hours');
});

test('opened first, the Library asks for its index only once its search box is on screen, then opens it', async ({
  page,
}) => {
  // The index's chunk shares the link and the main thread with the first paint (Lighthouse's LCP, issue #17).
  const order: string[] = [];
  await page.exposeFunction('markFirstViewShown', () => order.push('first view shown'));
  await page.addInitScript(() =>
    addEventListener('tccc-first-view-shown', () =>
      (window as unknown as { markFirstViewShown: () => void }).markFirstViewShown(),
    ),
  );
  page.on('request', (request) => {
    if (/\/assets\/load-library-[^/]*\.js$/.test(request.url())) order.push('index asked for');
  });
  await page.goto('/library');
  await expect(page.locator('library-view').getByRole('status')).toHaveText(/\d+ passages\./);
  expect(order).toEqual(['first view shown', 'index asked for']);
});

test('search lists only passages near the best hit; "show more" lists the rest; no hit says so', async ({ page }) => {
  await page.goto('/library');
  const view = page.locator('library-view');
  await view.getByLabel('Search the library').fill('TXA dose');
  await expect(searchResults(page).first()).toContainText('TXA dose and how to give it');
  await expect(view.getByRole('status')).toContainText(/\b\d passages?, best match first/);
  const titles = () => searchResults(page).locator('.title').allTextContents();
  expect((await titles()).join(' | ')).not.toMatch(/brain injury|hypothermia/i);
  await view.getByRole('button', { name: /^Show more: \d+ less relevant passages?$/ }).click();
  await expect(searchResults(page)).toHaveCount(10);
  expect((await titles()).join(' | ')).toMatch(/Traumatic brain injury: what to monitor/);
  await expect(view.getByRole('button', { name: /^Show more/ })).toHaveCount(0);
  // A new query starts again from the relevant hits only.
  await view.getByLabel('Search the library').fill('zzqx');
  await expect(view.getByText('Nothing found for “zzqx”.')).toBeVisible();
  await expect(searchResults(page)).toHaveCount(0);
});

test('a document added while offline is stored, found by search after a reload, and can be deleted', async ({
  context,
  page,
}) => {
  await page.goto('/library');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  const view = page.locator('library-view');
  await view.getByRole('tab', { name: 'Your documents' }).click();
  await view.getByLabel('Title').fill('Platoon SOP');
  await view
    .getByLabel(/^Text/)
    .fill('# Casualty collection point\n\nThe casualty collection point is behind the quokka berm, grid 38SMB4484.');
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

test('a tourniquet applied 2 h 10 min ago shows the tourniquet alert beside the record, and it keeps counting', async ({
  page,
}) => {
  // 14:10 tomorrow: after the app's build time, so the clock check trusts this clock (one dated before the build
  // would be a wrong clock, and the time-based alerts would rightly stand down).
  const now = new Date();
  now.setUTCDate(now.getUTCDate() + 1);
  now.setUTCHours(14, 10, 0, 0);
  await page.clock.install({ time: now });
  await page.goto('/capture');
  await addPiece(page, 'TQ applied left thigh at 1200');
  await openView(page, 'Record');

  const guidance = recordView(page).locator('record-guidance');
  await expect(guidance.getByRole('heading', { name: /Protocol alerts at 14:10/ })).toBeVisible();
  await expect(guidance.locator('.summary')).toContainText('1 alert');
  const alert = guidance.locator('li.alert[data-rule="tourniquet-time"]');
  // Severity in words, not just colour.
  await expect(alert.locator('.severity')).toHaveText(/Alert/);
  await expect(alert).toContainText('Tourniquet (left leg) on 2 h 10 min (since 12:00): past the 2 h conversion goal');
  // A compact chip: its passage shows on a tap, readable in place and openable in the Library.
  await expect(alert.locator('passage-card')).toBeHidden();
  await alert.locator('summary.message').click();
  await expect(alert.locator('passage-card')).toBeVisible();
  await expect(alert.locator('passage-card')).toContainText('Converting a tourniquet within 2 hours');
  // The passages that bear on the record's facts, with their sources, one tap away.
  await guidance.locator('summary', { hasText: 'Guidance for this casualty' }).click();
  await expect(
    guidance.locator('.fact').filter({ hasText: 'tourniquet (left leg)' }).locator('passage-card').first(),
  ).toContainText('Source:');

  // Re-evaluated on the clock, with no edit to the record.
  await page.clock.runFor('05:00');
  await expect(alert).toContainText('on 2 h 15 min (since 12:00)');

  await alert.getByRole('link', { name: 'Open in Library' }).click();
  await expect(page).toHaveURL(/\/library\?passage=tourniquet-conversion$/);
  const opened = page.locator('library-view').getByRole('region', { name: 'Opened passage' });
  await expect(opened).toContainText('Every effort should be made to convert in less than 2 hours');
});
