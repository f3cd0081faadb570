import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { KIOSK_HTTPS_PORT } from '../playwright.config.js';
import { tryUpgrade } from '../src/server/testing/sync-client.js';

// The kiosk playwright.config.ts starts keeps its certificates in `--data-dir .cache/e2e-kiosk`.
const KIOSK_CA = join('.cache', 'e2e-kiosk', 'tls', 'ca.crt');
const SYNC = `wss://127.0.0.1:${KIOSK_HTTPS_PORT}/sync`;

test("the kiosk's Devices page pairs a tablet through its one-time link, lists it, and a revoked tablet is refused at /sync", async ({
  page,
  browser,
}) => {
  await page.goto('/devices');
  const view = page.locator('devices-view');
  await expect(view.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Devices' })).toBeVisible();
  await expect(view.getByRole('img', { name: 'QR code of the pairing link' })).toBeVisible();
  const shown = (await view.locator('code.link').textContent())!;
  expect(shown).toMatch(new RegExp(`^https://[^/]+:${KIOSK_HTTPS_PORT}/pair\\?code=[\\w-]{43}$`));
  await view.getByRole('button', { name: 'New pairing link' }).click();
  await expect(view.locator('code.link')).not.toHaveText(shown);
  const link = new URL((await view.locator('code.link').textContent())!);
  const name = `E2E tablet ${Date.now()}`; // the e2e kiosk's data dir outlives a run: a name of its own

  // The tablet: a second browser context on the HTTPS port. The link names the kiosk's LAN address; tests stay on
  // loopback, so the tablet opens the same path and code at localhost.
  const tablet = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const tabletPage = await tablet.newPage();
    await tabletPage.goto(
      `https://localhost:${KIOSK_HTTPS_PORT}${link.pathname}${link.search}&name=${encodeURIComponent(name)}`,
    );
    await expect(tabletPage).toHaveURL(new RegExp(`^https://localhost:${KIOSK_HTTPS_PORT}/(capture)?$`));
    // A tablet's rail has no Devices page: its API answers only the kiosk's own page.
    await expect(
      tabletPage.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }),
    ).toBeVisible();
    await expect(
      tabletPage.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Devices' }),
    ).toHaveCount(0);
    const token = (await tablet.cookies()).find((c) => c.name === 'tccc_device')!.value;
    const ca = await readFile(KIOSK_CA, 'utf8');
    const asTablet = { cookie: `tccc_device=${token}` };

    const before = await tryUpgrade(SYNC, asTablet, ca);
    if (!('open' in before)) throw new Error(`the paired tablet was refused: ${before.status}`);
    before.open.close();

    await view.getByRole('button', { name: 'Refresh list' }).click();
    const row = view.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByRole('cell').first()).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/); // last seen, 24-hour
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = row.getByRole('group', { name: `Confirm revoking ${name}` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await confirm.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect(view.getByRole('status')).toHaveText(`${name} is revoked: it can no longer sync with this kiosk.`);
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^revoked \d{4}-\d\d-\d\d \d\d:\d\d$/);

    expect(await tryUpgrade(SYNC, asTablet, ca)).toEqual({ status: 401, body: '' });
  } finally {
    await tablet.close();
  }
});
