import { expect, test } from '@playwright/test';
import { capture, factRow, openView, recordView, reports } from './casualty-steps.js';

const LEE_HARRIS =
  'MIST report, two casualties. Casualty one, SPC Jordan Lee. Mechanism IED. Injuries: frag to the left thigh. Signs: pulse 110, BP 120/80, resp 18. ' +
  'Treatment: tourniquet left thigh at 0305. Urgent surgical. Casualty two, PFC Sam Harris. Mechanism IED. Injuries: burns to both hands and the face. ' +
  'Signs: pulse 140, resp 24. Treatment: fentanyl 800 mcg OTFC at 0312. Priority.';

test('a MIST report for two casualties through Capture ends as two cards with nothing crossed', async ({ page }) => {
  await page.goto('/capture');
  const view = capture(page);
  await view.getByRole('textbox', { name: /what happened/i }).fill(LEE_HARRIS);
  await view.getByRole('button', { name: 'Add to record' }).click();

  // Capture says so and adds nothing until the medic files each part.
  const offer = view.locator('casualty-split-offer');
  await expect(offer.getByRole('alert')).toContainText('This piece covers 2 casualties');
  await expect(offer.getByRole('list', { name: 'Parts of the piece' }).getByRole('listitem')).toHaveCount(2);
  await expect(view.getByRole('list', { name: 'Narrative timeline' })).toHaveCount(0);
  await expect(offer.getByRole('combobox', { name: 'Casualty for part 2' })).toHaveValue('new');
  await offer.getByRole('button', { name: 'Add each part to its casualty' }).click();
  await expect(offer).toHaveCount(0);
  await expect(view.getByRole('textbox', { name: /what happened/i })).toHaveValue('');
  await expect(view.getByRole('status').filter({ hasText: /facts? in the record/ })).toBeVisible();

  await openView(page, 'Record');
  await expect(factRow(page, 'TQ (extremity) L leg 03:05')).toBeVisible();
  await expect(factRow(page, /Fentanyl/)).toHaveCount(0);
  await expect(factRow(page, /Burn/)).toHaveCount(0);
  await openView(page, 'Reports');
  await expect(reports(page)).toContainText('Jordan Lee');
  await expect(reports(page)).not.toContainText('Harris');

  await openView(page, 'Record');
  await recordView(page)
    .getByRole('button', { name: /Casualties \(2\)/ })
    .click();
  await recordView(page)
    .getByRole('button', { name: /^Sam Harris/ })
    .click();
  await expect(factRow(page, /Fentanyl/)).toBeVisible();
  await expect(factRow(page, /TQ/)).toHaveCount(0);
  await openView(page, 'Reports');
  await expect(reports(page)).toContainText('Sam Harris');
  await expect(reports(page)).not.toContainText('Jordan Lee');
});

test.describe('with no service worker (a tablet whose worker is not installed yet)', () => {
  test.use({ serviceWorkers: 'block' });

  test('Capture fetches the rules engine ahead, so a piece added after the network went away is still split and read', async ({
    context,
    page,
  }) => {
    await page.goto('/capture');
    // Fetched at the first idle moment, not run: every modulepreload link's file has arrived.
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
      const fetched = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
      return links.some((link) => link.href.includes('/casualties-')) && links.every((link) => fetched.has(link.href));
    });
    await context.setOffline(true);

    const view = capture(page);
    await view.getByRole('textbox', { name: /what happened/i }).fill(LEE_HARRIS);
    await view.getByRole('button', { name: 'Add to record' }).click();
    const offer = view.locator('casualty-split-offer');
    await expect(offer.getByRole('alert')).toContainText('This piece covers 2 casualties');
    await offer.getByRole('button', { name: 'Add each part to its casualty' }).click();
    // Read by the rules engine, fetched ahead too (other views' chunks are not: with no worker, they need the network).
    await expect(view.getByRole('status').filter({ hasText: /\d+ facts? in the record/ })).toBeVisible();
    await expect(view.getByRole('list', { name: 'Narrative timeline' })).toContainText('SPC Jordan Lee');
  });
});
