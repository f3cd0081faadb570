import { expect, test } from '@playwright/test';
import {
  appendNarrative,
  createCasualty,
  exportCasualty,
  MAX_IMPORT_BYTES,
  MAX_NARRATIVE_CHARS,
} from '../src/records/index.js';
import { capture, openView, reports } from './casualty-steps.js';

// One oversized file or paste must not freeze the kiosk: both are refused with the reason.

test('a casualty file over the import cap is refused unread, with its size and the cap', async ({ page }) => {
  await page.goto('/reports');
  await reports(page).getByRole('tab', { name: 'Casualty file' }).click();
  const roster = page
    .locator('casualty-bar')
    .first()
    .getByRole('button', { name: /^Casualties/ });
  await expect(roster).toHaveText(/Casualties \(1\)/); // a fresh profile: the one casualty the app starts with
  await reports(page)
    .locator('input[type=file]')
    .setInputFiles({
      name: 'huge.tccc.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(MAX_IMPORT_BYTES + 1, ' '),
    });
  await expect(reports(page).getByRole('alert')).toHaveText(
    'Not imported: the file is 4.0 MB; a casualty file is at most 4.0 MB. Is it the right file?',
  );
  await expect(roster).toHaveText(/Casualties \(1\)/);
});

test('a piece that would take the narrative past its cap is refused and kept in the text box', async ({ page }) => {
  const nearlyFull = appendNarrative(createCasualty(), 'x'.repeat(MAX_NARRATIVE_CHARS - 10));
  await page.goto('/reports');
  await reports(page).getByRole('tab', { name: 'Casualty file' }).click();
  await reports(page)
    .locator('input[type=file]')
    .setInputFiles({
      name: 'long.tccc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exportCasualty(nearlyFull))),
    });
  await expect(
    reports(page)
      .getByRole('status')
      .filter({ hasText: /^Imported / }),
  ).toBeVisible();
  await openView(page, 'Capture');
  const box = capture(page).getByRole('textbox', { name: /what happened/i });
  await box.fill('GSW left thigh at 14:05.');
  await capture(page).getByRole('button', { name: 'Add to record' }).click();
  await expect(capture(page).getByRole('alert')).toHaveText(
    'Not added: the narrative would be 200,015 characters; one casualty holds at most 200,000. Start a new casualty for the rest, or shorten this piece.',
  );
  await expect(box).toHaveValue('GSW left thigh at 14:05.');
  await expect(capture(page).getByRole('heading', { name: 'Narrative (1 piece)' })).toBeVisible();
});

test('a paste longer than the cap is cut at the cap, and the medic is told', async ({ page }) => {
  await page.goto('/capture');
  await page.locator('casualty-bar').first().getByRole('button', { name: '+ New casualty' }).click();
  const box = capture(page).getByRole('textbox', { name: /what happened/i });
  await box.fill('y'.repeat(MAX_NARRATIVE_CHARS + 5));
  await expect(capture(page).getByRole('alert')).toHaveText(
    'The text box holds at most 200,000 characters; anything pasted beyond that was not taken.',
  );
  expect((await box.inputValue()).length).toBe(MAX_NARRATIVE_CHARS);
});
