/** Steps the records and reports end-to-end tests share: what a medic does, through the real UI. */
import { expect, type Download, type Page } from '@playwright/test';

export const capture = (page: Page) => page.locator('capture-view');
export const recordView = (page: Page) => page.locator('record-view');
export const reports = (page: Page) => page.locator('reports-view');

/** Opens a view from the navigation. */
export async function openView(page: Page, label: 'Capture' | 'Record' | 'Reports'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label }).click();
  await expect(
    page.locator(`${label.toLowerCase()}-view`).getByRole('heading', { level: 1, name: label }),
  ).toBeVisible();
}

/**
 * Types one piece of narrative into Capture and adds it; waits until the extraction has landed. With a
 * language model the extraction is CPU-bound generation (256 tokens from the tiny random-weight model),
 * whose time depends only on how busy the machine is: that wait is bounded by the test's own timeout,
 * not by the few seconds a UI update gets.
 */
export async function addPiece(page: Page, text: string, engine: 'rules' | 'model' = 'rules'): Promise<void> {
  const view = capture(page);
  await view.getByRole('textbox', { name: /what happened/i }).fill(text);
  await view.getByRole('button', { name: 'Add to record' }).click();
  await expect(view.getByRole('textbox', { name: /what happened/i })).toHaveValue('');
  await expect(view.getByRole('status').filter({ hasText: /facts? in the record/ })).toBeVisible(
    engine === 'model' ? { timeout: 0 } : {},
  );
}

/** Waits until autosave has written everything (the bar says "Saved"). */
export async function expectSaved(page: Page): Promise<void> {
  const indicator = page.locator('casualty-bar:visible [data-save-state]');
  await expect(indicator).toHaveAttribute('data-save-state', 'saved');
  await expect(indicator).toHaveText(/^Saved$/);
  await expect(indicator).toBeVisible();
}

/** The Record view's row for the fact whose summary contains `text`. */
export function factRow(page: Page, text: string | RegExp) {
  return recordView(page)
    .locator('li.fact')
    .filter({ has: page.locator('.what', { hasText: text }) });
}

/** Taps a fact's line in the Record view, which shows its words, engine, Edit and Delete; returns the row. */
export async function openFact(page: Page, text: string | RegExp) {
  const row = factRow(page, text);
  await row.locator('button.line').click();
  await expect(row.locator('.detail')).toBeVisible();
  return row;
}

/** Starts adding a fact by hand in the Record view: fills the form fields by label and saves. */
export async function fillFactForm(page: Page, values: Record<string, string>): Promise<void> {
  const form = recordView(page).locator('fact-editor');
  for (const [label, value] of Object.entries(values)) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

/**
 * Resolves once a service worker controls the page and has finished activating, so an offline reload works.
 * The worker claims the page from its activate handler, so `controller` can appear while still "activating".
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const worker = navigator.serviceWorker.controller!;
    while (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    }
  });
}

/** Clicks `button` and returns the downloaded file's text. */
export async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** The current casualty's file, as Reports › Casualty file › Export casualty downloads it. */
export async function exportCasualty(page: Page): Promise<{ name: string; text: string }> {
  await openView(page, 'Reports');
  await reports(page).getByRole('tab', { name: 'Casualty file' }).click();
  return downloadedText(page, () => reports(page).getByRole('button', { name: 'Export casualty (.json)' }).click());
}

/** Collects page errors and console errors, to assert none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
