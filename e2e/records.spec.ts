import { expect, test } from '@playwright/test';
import {
  addPiece,
  capture,
  collectErrors,
  expectSaved,
  factRow,
  fillFactForm,
  openFact,
  openView,
  recordView,
  reports,
  waitForServiceWorkerControl,
} from './casualty-steps.js';

const PIECE_1 = 'Name Smith, battle roster AB1234. GSW left thigh at 14:05. Tourniquet applied left leg 14:07.';
const PIECE_2 = 'Pulse 120, BP 90/60. TXA 1 g IV at 14:20. Urgent surgical.';
const PIECE_3 = 'Ketamine 50 mg IM at 14:25.';

test('narrative in pieces → facts → hand correction → reports; all of it survives reload and an offline reload', async ({
  context,
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/capture');
  await addPiece(page, PIECE_1);
  await addPiece(page, PIECE_2);
  const timeline = capture(page).getByRole('list', { name: 'Narrative timeline' }).getByRole('listitem');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText(PIECE_1);
  await expect(timeline.nth(0).locator('time')).toHaveText(/^\d\d:\d\d:\d\d$/);

  // Facts appear, each with the narrative words and the engine behind it.
  await openView(page, 'Record');
  const txa = factRow(page, 'TXA 1 g IV 14:20');
  await expect(txa).toContainText('Found by rules engine');
  await expect(txa.locator('mark')).toHaveText('TXA 1 g IV at 14:20');
  await expect(factRow(page, 'Battle roster #: AB1234')).toBeVisible();

  // Correct the dose by hand: a tap on the fact shows its Edit.
  await openFact(page, 'TXA 1 g IV 14:20');
  await txa.getByRole('button', { name: 'Edit' }).click();
  await fillFactForm(page, { 'Dose (e.g. 2 g)': '2 g' });
  const corrected = factRow(page, 'TXA 2 g IV 14:20');
  await expect(corrected).toContainText('Edited by hand');
  await expect(corrected).toContainText('engine said: TXA 1 g IV 14:20');
  await recordView(page).getByRole('textbox', { name: 'Time of injury (24 h)' }).fill('1405');

  // Later narrative re-extracts; the hand edit still wins.
  await openView(page, 'Capture');
  await addPiece(page, PIECE_3);
  await openView(page, 'Record');
  await expect(factRow(page, 'Ketamine 50 mg IM 14:25')).toBeVisible();
  await expect(factRow(page, 'TXA 2 g IV 14:20')).toContainText('Edited by hand');
  await expect(factRow(page, 'TXA 1 g')).toHaveCount(0);

  // Reports carry the corrected values; the 9-line names what is still missing.
  await openView(page, 'Reports');
  await expect(reports(page).locator('dd1380-card')).toContainText('TXA 2 g IV 14:20');
  await expect(reports(page).locator('dd1380-card')).not.toContainText('1 g');
  await expect(reports(page).locator('dd1380-card')).toContainText('14:05');
  await reports(page).getByRole('tab', { name: '9-line MEDEVAC' }).click();
  const nineLine = reports(page).locator('nine-line-panel');
  await expect(nineLine.getByRole('status')).toHaveText('MISSING lines: 1, 2, 4, 5, 6, 7, 8, 9');
  await expect(nineLine.locator('[data-line="3"]')).toContainText('1B (urgent surgical)');
  await nineLine.getByLabel('Frequency').fill('38.90');
  await nineLine.getByLabel('Call sign').fill('DUSTOFF 6');
  await nineLine.getByLabel('Security').selectOption('N');
  await expect(nineLine.locator('[data-line="2"]')).toContainText('38.90 / DUSTOFF 6');
  await expect(nineLine.getByRole('status')).toHaveText('MISSING lines: 1, 4, 5, 7, 8, 9');
  await reports(page).getByRole('tab', { name: 'ZMIST' }).click();
  await expect(reports(page).locator('.zmist')).toContainText('TXA 2 g IV 14:20');
  await expect(reports(page).locator('.zmist')).toContainText('time of injury 14:05');

  // A half-typed piece is kept too.
  await openView(page, 'Capture');
  await capture(page)
    .getByRole('textbox', { name: /what happened/i })
    .fill('Needle decompression right ch');
  await expectSaved(page);

  const expectEverythingKept = async () => {
    await expect(capture(page).getByRole('textbox', { name: /what happened/i })).toHaveValue(
      'Needle decompression right ch',
    );
    await expect(capture(page).getByRole('list', { name: 'Narrative timeline' }).getByRole('listitem')).toHaveCount(3);
    await openView(page, 'Record');
    await expect(factRow(page, 'TXA 2 g IV 14:20')).toContainText('Edited by hand');
    await expect(recordView(page).getByRole('textbox', { name: 'Time of injury (24 h)' })).toHaveValue('14:05');
    await openView(page, 'Reports');
    await reports(page).getByRole('tab', { name: '9-line MEDEVAC' }).click();
    await expect(reports(page).locator('nine-line-panel [data-line="2"]')).toContainText('38.90 / DUSTOFF 6');
    await expect(reports(page).locator('nine-line-panel [data-line="6"]')).toContainText('N (no enemy troops in area)');
    await openView(page, 'Capture');
  };

  await waitForServiceWorkerControl(page);
  await page.reload();
  await expectEverythingKept();
  await context.setOffline(true);
  await page.reload();
  await expectEverythingKept();
  expect(errors).toEqual([]);
});

test('two casualties are kept apart, and switching between them shows each one', async ({ page }) => {
  await page.goto('/capture');
  await addPiece(page, 'Battle roster AB1111. GSW left arm. Tourniquet left arm 10:01.');
  await capture(page).getByRole('button', { name: '+ New casualty' }).click();
  await addPiece(page, 'Battle roster CD2222. Burn to the face. Urgent.');

  const bar = capture(page).locator('casualty-bar');
  await expect(bar.locator('.current')).toContainText('CD2222');
  await openView(page, 'Record');
  await expect(factRow(page, 'Burn face')).toBeVisible();
  await expect(factRow(page, 'TQ (extremity)')).toHaveCount(0);

  await recordView(page)
    .getByRole('button', { name: /Casualties \(2\)/ })
    .click();
  await recordView(page)
    .getByRole('button', { name: /^AB1111/ })
    .click();
  await expect(factRow(page, 'TQ (extremity) L arm 10:01')).toBeVisible();
  await expect(factRow(page, 'Burn face')).toHaveCount(0);

  await page.reload();
  await openView(page, 'Record');
  await expect(factRow(page, 'TQ (extremity) L arm 10:01')).toBeVisible(); // the open casualty is remembered
  await openView(page, 'Capture');
  await expect(capture(page).getByRole('list', { name: 'Narrative timeline' })).not.toContainText('CD2222');
});

test('deleting a casualty asks first and can be undone', async ({ page }) => {
  await page.goto('/capture');
  await addPiece(page, 'Battle roster EF3333. GSW chest.');
  const bar = capture(page).locator('casualty-bar');
  await bar.getByRole('button', { name: /Casualties \(1\)/ }).click();
  await bar.getByRole('button', { name: 'Delete EF3333' }).click();
  await bar.getByRole('button', { name: 'Keep' }).click();
  await expect(bar.getByRole('button', { name: /Casualties \(1\)/ })).toBeVisible();

  await bar.getByRole('button', { name: 'Delete EF3333' }).click();
  await bar.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(bar.getByRole('button', { name: /Casualties \(0\)/ })).toBeVisible();
  await page.reload(); // the undo outlives a reload
  await capture(page).locator('casualty-bar').getByRole('button', { name: 'Undo delete' }).click();
  await expect(capture(page).locator('casualty-bar .current')).toContainText('EF3333');
  await expect(capture(page).getByRole('list', { name: 'Narrative timeline' })).toContainText('GSW chest');
});

test('the save indicator is shown but not announced while saving works', async ({ page }) => {
  await page.goto('/capture');
  await addPiece(page, 'GSW left leg.');
  await openView(page, 'Record');
  await recordView(page).getByRole('textbox', { name: 'Card notes' }).fill('Moved to CCP');
  await expectSaved(page);
  const bar = recordView(page).locator('casualty-bar');
  // Saving…/Saved on every keystroke would be read out each time; only a failure is.
  await expect(bar.getByRole('status').filter({ hasText: /Sav(ed|ing)/ })).toHaveCount(0);
  await expect(bar.getByText('Saved', { exact: true })).toBeVisible();
  await expect(bar.getByRole('alert')).toHaveCount(0);
});

test('a fact added by hand and then deleted can be brought back', async ({ page }) => {
  await page.goto('/capture');
  await addPiece(page, 'GSW left leg.');
  await openView(page, 'Record');
  await recordView(page).getByRole('button', { name: '+ Sex' }).click();
  await fillFactForm(page, { Sex: 'female' });
  const row = factRow(page, /Sex: Female/);
  await expect(row).toContainText('Added by hand');
  await openFact(page, /Sex: Female/);
  await row.getByRole('button', { name: /^Delete/ }).click();
  await expect(row).toHaveCount(0);
  const undo = recordView(page).locator('.facts').getByRole('status').filter({ hasText: 'Deleted Sex: Female' });
  await undo.getByRole('button', { name: 'Undo delete' }).click();
  await expect(row).toContainText('Added by hand');
  await expect(undo).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(factRow(page, /Sex: Female/)).toContainText('Added by hand');
});
