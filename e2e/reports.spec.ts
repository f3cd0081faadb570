import { expect, test, type Page } from '@playwright/test';
import { appendNarrative, createCasualty } from '../src/records/index.js';
import {
  addPiece,
  capture,
  collectErrors,
  downloadedText,
  expectSaved,
  exportCasualty,
  factRow,
  fillFactForm,
  openFact,
  openView,
  recordView,
  reports,
} from './casualty-steps.js';
import { seedPreviousRecords } from './previous-records.js';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/**
 * What the browser does when the medic prints: 'beforeprint' first (the page brings its print copy up to date), then
 * the print media. Emulating the media alone skips the event, and left the copy to the page's idle time: on a busy
 * CI machine the copy still showed the casualty before (reports.spec.ts:195 failed once that way).
 */
async function startPrint(page: Page): Promise<void> {
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

async function reportDownload(page: Page, tab: string): Promise<string> {
  await reports(page).getByRole('tab', { name: tab }).click();
  return (await downloadedText(page, () => reports(page).getByRole('button', { name: 'Download .txt' }).click())).text;
}

test('a casualty exported and imported on a fresh device is identical, hand edits and 9-line included', async ({
  browser,
  page,
}) => {
  await page.goto('/capture');
  await addPiece(page, 'Battle roster GH4444. GSW right arm at 09:12. Tourniquet right arm 09:14.');
  await addPiece(page, 'TXA 1 g IV at 09:30. Priority.');
  await openView(page, 'Record');
  await openFact(page, 'TXA 1 g IV 09:30');
  await factRow(page, 'TXA 1 g IV 09:30').getByRole('button', { name: 'Edit' }).click();
  await fillFactForm(page, { 'Dose (e.g. 2 g)': '2 g' });
  await recordView(page).getByRole('button', { name: '+ Sex' }).click();
  await fillFactForm(page, { Sex: 'female' });
  await recordView(page).getByRole('textbox', { name: 'Card notes' }).fill('Moved to CCP at 09:40');
  await openView(page, 'Reports');
  await reports(page).getByRole('tab', { name: '9-line MEDEVAC' }).click();
  await reports(page).locator('nine-line-panel').getByLabel('Call sign').fill('MEDIC 2');
  await reports(page).locator('nine-line-panel').getByLabel('None', { exact: true }).check();
  await expectSaved(page);

  const card = await reportDownload(page, 'DD 1380 card');
  expect(card).toContain('TXA 2 g IV 09:30');
  expect(card).toContain('NOTES: Moved to CCP at 09:40');
  expect(await reportDownload(page, '9-line MEDEVAC')).toContain('LINE 9 CBRN CONTAMINATION: none');

  const exported = await exportCasualty(page);
  expect(exported.name).toBe('GH4444.tccc.json');
  const file = JSON.parse(exported.text);
  expect(file.record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '09:30' }]);
  expect(file.casualty.timeline).toHaveLength(2);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto('/reports');
    await reports(other).getByRole('tab', { name: 'Casualty file' }).click();
    await reports(other)
      .locator('input[type=file]')
      .setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await expect(reports(other).getByRole('status').filter({ hasText: 'Imported GH4444' })).toBeVisible();
    await expectSaved(other);
    const again = await exportCasualty(other);
    expect(JSON.parse(again.text)).toEqual(file);
    await openView(other, 'Record');
    await expect(factRow(other, 'TXA 2 g IV 09:30')).toContainText('Edited by hand');

    // A file that is not a casualty is refused with the reason, and nothing changes.
    await openView(other, 'Reports');
    await reports(other).getByRole('tab', { name: 'Casualty file' }).click();
    await reports(other)
      .locator('input[type=file]')
      .setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"evac_priority":"soon"}'),
      });
    await expect(reports(other).getByRole('alert')).toContainText('Not imported');
  } finally {
    await fresh.close();
  }
});

test('markup in the narrative and in hand-entered fields is shown as text everywhere, never run', async ({ page }) => {
  const errors = collectErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/capture');
  await addPiece(page, `Battle roster XS1234. ${IMG} GSW left leg. ${SCRIPT}`);
  await expect(capture(page).getByRole('list', { name: 'Narrative timeline' })).toContainText(
    `${IMG} GSW left leg. ${SCRIPT}`,
  );

  await openView(page, 'Record');
  await recordView(page).getByRole('button', { name: '+ Name' }).click();
  await fillFactForm(page, { Name: IMG });
  await expect(factRow(page, `Name: ${IMG}`)).toContainText('Added by hand');
  await recordView(page).getByRole('textbox', { name: 'Card notes' }).fill(SCRIPT);

  await openView(page, 'Reports');
  const card = reports(page).locator('dd1380-card');
  await expect(card).toContainText(IMG);
  await expect(card).toContainText(SCRIPT);
  await expect(page.locator('body > dd1380-card[print]')).toContainText(SCRIPT); // the print copy too
  await reports(page).getByRole('tab', { name: '9-line MEDEVAC' }).click();
  await reports(page).locator('nine-line-panel').getByLabel('Call sign').fill(IMG);
  await expect(reports(page).locator('nine-line-panel [data-line="2"]')).toContainText(IMG);
  await reports(page).getByRole('tab', { name: 'ZMIST' }).click();
  await expect(reports(page).locator('.zmist')).toContainText(IMG);

  // Exports hold the words exactly as typed.
  expect(await reportDownload(page, 'DD 1380 card')).toContain(`NAME: ${IMG}`);
  expect(await reportDownload(page, '9-line MEDEVAC')).toContain(IMG);
  expect(await reportDownload(page, 'ZMIST')).toContain(IMG);
  const exported = JSON.parse((await exportCasualty(page)).text);
  expect(exported.casualty.timeline[0].text).toContain(SCRIPT);
  expect(exported.record.casualty.name).toBe(IMG);

  // Nothing became an element: no image anywhere, no script inside the app.
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('tccc-app script, body > dd1380-card script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('printing shows only the card, each face at the printed card size, with its body diagram', async ({ page }) => {
  await page.goto('/capture');
  await addPiece(page, 'Battle roster PR5555. GSW left leg. Tourniquet left leg 11:02.');
  await addPiece(
    page,
    'Pulse 120, BP 100/60, RR 22, SpO2 94 at 11:05. Chest seal on the chest at 11:04. TXA 2 g IV at 11:10. Ketamine 50 mg IM at 11:12.',
  );
  // A full front face: five injury sites, two tourniquets and four sets of vitals must all fit the 4 x 7 in card.
  await addPiece(
    page,
    'Amputation right leg. Laceration left arm. Burn to the face. Open chest wound right chest. Tourniquet right leg 11:03. ' +
      'At 11:20 pulse 118, BP 100/60, RR 20, SpO2 95. At 11:35 pulse 110, BP 104/64, RR 18, SpO2 97, pain 6. At 11:50 pulse 104, BP 110/70, RR 18, SpO2 98, AVPU A.',
  );
  await openView(page, 'Reports');
  // On screen, the card's front carries the body diagram with the tourniquet where the paper card has it.
  const diagram = reports(page).locator('dd1380-card section[aria-label="Card front"] body-diagram svg[role="img"]');
  await expect(diagram).toHaveAttribute('aria-label', /^Body diagram, front and back: .*Tourniquet, left leg, 11:02/);
  await expect(diagram.locator('g.mark.tourniquet[data-region="left_leg"] > title')).toHaveText(
    'Tourniquet, left leg, 11:02',
  );
  await expect(diagram.locator('g.mark.injury[data-region="left_leg"] > title')).toHaveText('GSW, left leg');
  await expect(diagram.locator('g.mark.treatment[data-region="chest"] > title')).toHaveText('Chest seal, chest, 11:04');
  await expect(page.locator('body > dd1380-card[print]')).toBeHidden(); // not on screen
  await startPrint(page);
  await expect(page.locator('tccc-app')).toBeHidden();
  const printed = page.locator('body > dd1380-card[print]');
  await expect(printed).toContainText('PR5555');
  await expect(printed).toContainText('L leg Extremity TIME 11:02');
  await expect(printed.locator('body-diagram g.mark.tourniquet > title')).toHaveText([
    'Tourniquet, left leg, 11:02',
    'Tourniquet, right leg, 11:03',
  ]);
  await expect(printed.locator('tbody tr')).toHaveCount(4);
  for (const face of await printed.locator('.face').all()) {
    const box = (await face.boundingBox())!;
    expect(box.width).toBeCloseTo(4 * 96, 0); // 4 in at 96 CSS px per inch
    expect(box.height).toBeCloseTo(7 * 96, 0);
    // Everything on the face fits it: nothing is cut off at the card's edge.
    expect(await face.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  }
  // Values are at least as large as the labels beside them ("TIME" is not larger than "11:02").
  const sizes = await printed.evaluate((host) => {
    const px = (selector: string) =>
      [...host.shadowRoot!.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize));
    return { labels: px('.k, th, h3, h4'), values: px('.v, td, li') };
  });
  expect(sizes.labels.length).toBeGreaterThan(5);
  expect(Math.max(...sizes.labels)).toBeLessThanOrEqual(Math.min(...sizes.values));

  // Chromium's print to PDF: two pages, each the card's 4 x 7 in (288 x 504 pt).
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
  expect(boxes).toHaveLength(2);
  for (const [x0, y0, x1, y1] of boxes) {
    expect(x1 - x0).toBeCloseTo(288, 0);
    expect(y1 - y0).toBeCloseTo(504, 0);
  }
});

test('the printed card is the current casualty whatever report tab is showing', async ({ page }) => {
  await page.goto('/capture');
  await addPiece(page, 'Battle roster AA1111. GSW left leg.');
  await capture(page).locator('casualty-bar').getByRole('button', { name: '+ New casualty' }).click();
  await addPiece(page, 'Battle roster BB2222. GSW right arm.');
  await openView(page, 'Reports');
  const bar = reports(page).locator('casualty-bar');
  const pick = async (roster: string) => {
    await bar.getByRole('button', { name: /^Casualties/ }).click();
    await bar
      .getByRole('button', { name: new RegExp(roster) })
      .first()
      .click();
  };
  await pick('AA1111');
  await expect(reports(page).locator('dd1380-card')).toContainText('AA1111');
  await reports(page).getByRole('tab', { name: '9-line MEDEVAC' }).click();
  await pick('BB2222');
  await expect(bar.locator('.current')).toContainText('BB2222');
  await startPrint(page);
  const printed = page.locator('body > dd1380-card[print]');
  await expect(printed).toContainText('BB2222');
  await expect(printed).not.toContainText('AA1111');
});

test('Reports draws its own card first and the print copy after; Print card prints the casualty as it stands', async ({
  page,
}) => {
  // The print copy is a whole second card, which the view's render used to draw before its own: it now waits for the
  // page to be idle. The page's idle callbacks are held until the test lets them run, so the order is not left to
  // how busy the machine is. And what a print would print, when asked.
  await page.addInitScript(() => {
    const w = window as unknown as { printed?: string[]; runIdle?: () => void };
    const held: IdleRequestCallback[] = [];
    const run = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (callback) => held.push(callback);
    w.runIdle = () => {
      window.requestIdleCallback = run;
      for (const callback of held.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
    };
    w.printed = [];
    window.print = () =>
      w.printed!.push(document.querySelector('body > dd1380-card[print]')?.shadowRoot?.textContent ?? '');
  });
  await page.goto('/capture');
  await page.evaluate(() => (window as unknown as { runIdle: () => void }).runIdle());
  await addPiece(page, 'Battle roster PC6666. GSW left leg.');
  // Stored before the page is left: a full load of /reports reads the casualty from storage, not from this page.
  await expectSaved(page);
  await page.goto('/reports');
  await expect(reports(page).locator('dd1380-card')).toContainText('PC6666');
  await expect(page.locator('body > dd1380-card[print]')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { runIdle: () => void }).runIdle());
  await expect(page.locator('body > dd1380-card[print]')).toContainText('PC6666'); // once the page is idle

  // A note typed and printed at once: the print copy is brought up to date before the print.
  await openView(page, 'Record');
  await recordView(page).getByRole('textbox', { name: 'Card notes' }).fill('Printed straight after typing');
  await openView(page, 'Reports');
  await reports(page).getByRole('button', { name: 'Print card' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed))
    .toEqual([expect.stringContaining('Printed straight after typing')]);
});

test('the report tabs move with the arrow keys, Home and End, and label the panel they show', async ({ page }) => {
  await page.goto('/reports');
  const tab = (name: string) => reports(page).getByRole('tab', { name });
  await tab('DD 1380 card').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('9-line MEDEVAC')).toBeFocused();
  await expect(tab('9-line MEDEVAC')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('DD 1380 card')).toHaveAttribute('aria-selected', 'false');
  await expect(
    reports(page).getByRole('tabpanel', { name: '9-line MEDEVAC' }).locator('nine-line-panel'),
  ).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab('Casualty file')).toBeFocused();
  await expect(reports(page).getByRole('tabpanel', { name: 'Casualty file' })).toContainText('Export casualty');
  await page.keyboard.press('ArrowRight'); // wraps to the first
  await expect(tab('DD 1380 card')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // and back to the last
  await expect(tab('Casualty file')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('DD 1380 card')).toHaveAttribute('aria-selected', 'true');
  await expect(reports(page).getByRole('tabpanel', { name: 'DD 1380 card' }).locator('dd1380-card')).toBeVisible();
  for (const t of await reports(page).getByRole('tab').all())
    await expect(t).toHaveAttribute('aria-controls', 'report-panel');
  // Only the selected tab is in the Tab order.
  await expect(reports(page).locator('[role=tab][tabindex="0"]')).toHaveCount(1);
});

test('opened first after a reload, Reports brings a stale extraction up to date with no other view opened', async ({
  page,
}) => {
  // As a tab of the previous version left it that closed between storing a piece and storing its extraction: the
  // piece, no extraction. (Casualties now live in automerge documents, which the test cannot strip an extraction
  // from; the previous version's records database, which the first start moves into them, it can seed.)
  await seedPreviousRecords(page, [appendNarrative(createCasualty(), 'Battle roster CC3333. GSW left leg.')]);
  await page.goto('/reports');
  await expect(reports(page).locator('dd1380-card')).toContainText('CC3333');
});
