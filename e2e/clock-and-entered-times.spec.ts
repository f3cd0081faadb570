import { expect, test } from '@playwright/test';
import { addPiece, factRow, openView, recordView } from './casualty-steps.js';

// Fixed zone, so the faked clock's 03:31 is 03:31 on the page's local clock too.
test.use({ timezoneId: 'UTC' });

/** A clock the app trusts: after its build time (tomorrow), at the given UTC time of day. */
function tomorrowAt(hours: number, minutes: number): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(hours, minutes, 0, 0);
  return at;
}

test('a device clock before the build says "Check this device\'s clock" in the header on every view', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2020-01-01T12:00:00Z') });
  await page.goto('/capture');
  const warning = page.locator('header clock-warning');
  await expect(warning.getByRole('alert')).toContainText("Check this device's clock");
  await openView(page, 'Reports');
  await expect(warning.getByRole('alert')).toContainText('before this app was built');
});

test('a trusted clock shows no clock warning in the header', async ({ page }) => {
  await page.clock.install({ time: tomorrowAt(14, 10) });
  await page.goto('/capture');
  await expect(page.locator('header h1, header .brand').first()).toBeVisible();
  await expect(page.locator('header clock-warning').getByRole('alert')).toHaveCount(0);
});

test('vitals with no spoken time show when they were entered, and no "no timed vitals" alert fires', async ({
  page,
}) => {
  await page.clock.install({ time: tomorrowAt(3, 31) });
  await page.goto('/capture');
  await addPiece(page, 'IED at 0250, frag left forearm. Pulse 88, BP 120/80.');
  await openView(page, 'Record');
  await expect(factRow(page, 'entered 03:31: pulse 88, BP 120/80')).toBeVisible();
  const guidance = recordView(page).locator('record-guidance');
  await expect(guidance.getByRole('heading', { name: /Protocol alerts at 03:31/ })).toBeVisible();
  await expect(guidance.locator('li.alert[data-rule="vitals-overdue"]')).toHaveCount(0);
});
