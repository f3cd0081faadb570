import { expect, test, type Page } from '@playwright/test';
import { addPiece, factRow, openFact, openView, recordView } from './casualty-steps.js';

// The dense Record view on the kiosk's screen.
test.use({ viewport: { width: 1024, height: 600 } });

/** A narrative the rules engine reads as exactly 30 facts (src/records/facts.ts counts them). */
const THIRTY_FACTS =
  'Casualty name Miller, battle roster KL7788, unit 2nd Platoon B Company, male, allergies penicillin. Grid 38SMB4484. IED blast with GSW. ' +
  'GSW left thigh. Amputation right leg below the knee. Laceration left arm. Burn to the face. Open chest wound right chest. ' +
  'Tourniquet right leg at 10:02. Tourniquet left leg at 10:04. Chest seal on the chest at 10:06. Needle decompression right chest at 10:08. ' +
  'NPA placed at 10:09. IO access at 10:12. Hypothermia prevention at 10:20. At 10:10 pulse 130, BP 90/50, RR 24, SpO2 92, AVPU V. ' +
  'At 10:25 pulse 118, BP 100/60, RR 20, SpO2 95. At 10:40 pulse 110, BP 104/64, RR 18, SpO2 97, pain 6. Whole blood 500 ml IO at 10:15. ' +
  'Plasma 250 ml IO at 10:30. TXA 2 g IO at 10:14. Ketamine 50 mg IM at 10:16. Ertapenem 1 g IV at 10:35. Ondansetron 4 mg IV at 10:36. Urgent surgical.';

/** How many screens of the shell's scroller the view takes: scrollHeight / clientHeight of <main>. */
const screens = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('tccc-app')!.shadowRoot!.querySelector('main')!;
    return main.scrollHeight / main.clientHeight;
  });

/** Every visible button, field, disclosure and link of the Record view that is under 44x44 px. */
const smallTargets = (page: Page) =>
  recordView(page).evaluate((view) => {
    const all = [...view.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, select')];
    const guidance = view.shadowRoot!.querySelector('record-guidance')!.shadowRoot!;
    all.push(...guidance.querySelectorAll<HTMLElement>('summary, a'));
    return all
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ what: el.textContent.trim().slice(0, 40), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.height < 44 || r.width < 44);
  });

test('a 30-fact casualty reads in three screens or fewer at 1024x600, one line per fact, every target at least 44 px', async ({
  page,
}, testInfo) => {
  await page.goto('/capture');
  await addPiece(page, THIRTY_FACTS);
  await openView(page, 'Record');
  const lines = recordView(page).locator('li.fact button.line');
  await expect(lines).toHaveCount(30);
  await expect(factRow(page, 'TXA 2 g IO 10:14')).toBeVisible();
  expect(await screens(page)).toBeLessThanOrEqual(3);
  // One line each: a fact's tap target is one text line high (44 px), not a block.
  for (const line of await lines.all()) {
    const box = (await line.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeLessThan(60);
  }
  expect(await smallTargets(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('record-kiosk.png') });
});

test('a tap on a fact shows its words and Edit/Delete; sections fold; a tap on a body region filters the facts to it', async ({
  page,
}) => {
  await page.goto('/capture');
  await addPiece(page, THIRTY_FACTS);
  await openView(page, 'Record');
  const view = recordView(page);

  // Quoted words and the actions are behind a tap on the fact; the line carries the engine's mark.
  const tq = factRow(page, 'TQ (extremity) L leg 10:04');
  await expect(tq.locator('.src')).toContainText('R');
  await expect(tq.locator('.src')).toHaveAttribute('title', 'Found by rules engine');
  await expect(tq.getByRole('button', { name: /^Edit/ })).toBeHidden();
  await openFact(page, 'TQ (extremity) L leg 10:04');
  await expect(tq.locator('mark')).toHaveText('Tourniquet left leg at 10:04');
  await expect(tq.getByRole('button', { name: 'Edit TQ (extremity) L leg 10:04' })).toBeVisible();
  await expect(tq.getByRole('button', { name: 'Delete TQ (extremity) L leg 10:04' })).toBeVisible();
  await tq.locator('button.line').click();
  await expect(tq.getByRole('button', { name: /^Edit/ })).toBeHidden();

  // A section folds away and comes back.
  const meds = view.getByRole('button', { name: /^Medications\s+4$/ });
  await meds.click();
  await expect(meds).toHaveAttribute('aria-expanded', 'false');
  await expect(factRow(page, 'Ketamine 50 mg IM 10:16')).toBeHidden();
  await meds.click();
  await expect(factRow(page, 'Ketamine 50 mg IM 10:16')).toBeVisible();

  // The diagram marks the record's facts, and a tap on its left leg shows only the facts there.
  const diagram = view.locator('body-diagram svg[role="img"]');
  await expect(diagram).toHaveAttribute('aria-label', /^Body diagram, front and back: /);
  await expect(diagram.locator('g.mark.tourniquet[data-region="left_leg"] > title')).toHaveText(
    'Tourniquet, left leg, 10:04',
  );
  await diagram.locator('rect.hit[data-region="left_leg"][data-figure="front"]').click();
  await expect(view.getByRole('status').filter({ hasText: 'Showing the 2 facts at left leg.' })).toBeVisible();
  await expect(view.locator('li.fact')).toHaveCount(2);
  await expect(factRow(page, 'GSW L leg')).toBeVisible();
  await expect(factRow(page, 'TQ (extremity) L leg 10:04')).toBeVisible();
  const filter = view.getByRole('combobox', { name: 'Show facts at' });
  await expect(filter).toHaveValue('left_leg');
  // The same filter as a choice (keyboard and screen readers), and back to all.
  await filter.selectOption({ label: 'chest (3)' });
  await expect(view.locator('li.fact')).toHaveCount(3);
  await expect(diagram.locator('rect.hit.selected')).toHaveAttribute('data-region', 'chest');
  await view.getByRole('button', { name: 'Show all facts' }).click();
  await expect(view.locator('li.fact')).toHaveCount(30);
});

for (const viewport of [
  { name: 'tablet-portrait', width: 820, height: 1180 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the Record view on ${viewport.name} ${viewport.width}x${viewport.height}: targets at least 44 px, nothing wider than the screen`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('/capture');
    await addPiece(page, THIRTY_FACTS);
    await openView(page, 'Record');
    await expect(recordView(page).locator('li.fact button.line')).toHaveCount(30);
    expect(await smallTargets(page)).toEqual([]);
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('tccc-app')!.shadowRoot!.querySelector('main')!;
      return main.scrollWidth - main.clientWidth;
    });
    expect(overflow).toBe(0);
    await page.screenshot({ path: testInfo.outputPath(`record-${viewport.name}.png`) });
  });
}

test('the Record view opens the passage index only once the record has guidance to show', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/load-library-[^/]*\.js$/.test(request.url())) indexRequests.push(request.url());
  });
  await page.goto('/record');
  const guidance = recordView(page).locator('record-guidance');
  // A new casualty: no alert and no fact with a passage, so the 144 KB index has nothing to give.
  await expect(guidance).toContainText('No injuries, interventions or medications recorded yet.');
  // Two idle periods, then a request of our own: anything the view asked for before it is listed by then.
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
    await fetch('/manifest.webmanifest?after-idle');
  });
  expect(indexRequests).toEqual([]);

  await openView(page, 'Capture');
  await addPiece(page, 'Tourniquet left leg at 10:04.');
  await openView(page, 'Record');
  await expect(guidance.locator('passage-card').first()).toBeAttached();
  expect(indexRequests).toHaveLength(1);
});
