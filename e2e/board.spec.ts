import { expect, test, type Page } from '@playwright/test';
import { capture, reports } from './casualty-steps.js';

const LEE_HARRIS =
  'MIST report, two casualties. Casualty one, SPC Jordan Lee. Mechanism IED. Injuries: frag to the left thigh. Signs: pulse 110, BP 120/80, resp 18. ' +
  'Treatment: tourniquet left thigh at 0305. Urgent surgical. Casualty two, PFC Sam Harris. Mechanism IED. Injuries: burns to both hands and the face. ' +
  'Signs: pulse 140, resp 24. Treatment: fentanyl 800 mcg OTFC at 0312. Priority.';
const NGUYEN = 'Casualty PFC Kim Nguyen. GSW to the right arm, bleeding heavily. Pulse 120. Urgent.';

const board = (page: Page) => page.locator('board-view');
/** The board's casualty names, top to bottom. */
const boardNames = (page: Page) => board(page).locator('tbody th');

async function addNarrative(page: Page, text: string): Promise<void> {
  const view = capture(page);
  await view.getByRole('textbox', { name: /what happened/i }).fill(text);
  await view.getByRole('button', { name: 'Add to record' }).click();
}

/** Shortly after the narrative's times, tomorrow (UTC): the board's clocks need a now that is after them and after the build. */
function tomorrowAt(hours: number, minutes: number): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(hours, minutes, 0, 0);
  return at;
}

test('the board lists every casualty most pressing first, live from another tab, and shows those a 9-line marked as requested', async ({
  page,
  context,
}) => {
  // The narrative's times are 03:05 and 03:12: with the real clock the board would say "clock in doubt" at some hours
  // of the day (times hours ahead of now), so both tabs share a clock set just after them.
  await context.clock.install({ time: tomorrowAt(3, 40) });
  await page.goto('/capture');
  await addNarrative(page, LEE_HARRIS);
  await capture(page).getByRole('button', { name: 'Add each part to its casualty' }).click();
  await expect(
    capture(page)
      .getByRole('status')
      .filter({ hasText: /facts? in the record/ }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click();
  const table = board(page).getByRole('table', { name: /Casualties by evacuation priority/ });
  await expect(table).toBeVisible();
  await expect(boardNames(page)).toHaveText(['Jordan Lee', 'Sam Harris']);
  const lee = table.getByRole('row', { name: /Jordan Lee/ });
  await expect(lee.getByRole('cell').nth(0)).toHaveText('Urgent surgical');
  await expect(lee.getByRole('cell').nth(2)).toContainText('on ');
  await expect(lee.getByRole('cell').nth(2)).toContainText('since 03:05');
  await expect(lee.getByRole('cell').nth(4)).toContainText('P 110 · BP 120/80 · RR 18');
  await expect(lee.getByRole('cell').nth(5)).toHaveText('not requested');
  await expect(lee.getByRole('cell').nth(6)).toHaveText('Kiosk');

  // Another tab starts a casualty: the board shows it at once, first (urgent).
  const other = await context.newPage();
  await other.goto('/capture');
  await capture(other).locator('casualty-bar').getByRole('button', { name: '+ New casualty' }).click();
  await addNarrative(other, NGUYEN);
  // Read in the other tab first: the board is to show it live, not to wait for the reading.
  await expect(
    capture(other)
      .getByRole('status')
      .filter({ hasText: /facts? in the record/ }),
  ).toBeVisible();
  await expect(boardNames(page)).toHaveText(['Kim Nguyen', 'Jordan Lee', 'Sam Harris']);
  await other.close();

  // The 9-line goes out for Nguyen and Lee only: lines 3 and 5 count those two, and the board marks them.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reports' }).click();
  await reports(page).getByRole('tab', { name: '9-line MEDEVAC' }).click();
  const choice = reports(page).locator('nine-line-casualties');
  await expect(choice.getByRole('checkbox')).toHaveCount(3);
  for (const [name, on] of [
    [/Kim Nguyen/, true],
    [/Jordan Lee/, true],
    [/Sam Harris/, false],
  ] as const)
    await choice.getByRole('checkbox', { name }).setChecked(on);
  await expect(choice.getByRole('group', { name: /Casualties on this request \(2 of 3\)/ })).toBeVisible();
  await expect(reports(page).locator('nine-line-panel [data-line="3"]')).toContainText(
    '1A (urgent) BREAK 1B (urgent surgical)',
  );
  await choice.getByRole('button', { name: 'Mark as requested' }).click();
  await expect(reports(page).getByRole('status').filter({ hasText: 'Marked 2 casualties as requested' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click();
  const evac = (name: RegExp) => table.getByRole('row', { name }).getByRole('cell').nth(5);
  await expect(evac(/Kim Nguyen/)).toHaveText(/^on a 9-line, requested \d\d:\d\d$/);
  await expect(evac(/Jordan Lee/)).toHaveText(/^on a 9-line, requested \d\d:\d\d$/);
  await expect(evac(/Sam Harris/)).toHaveText('not requested');
  // The marks are stored: a reload keeps them.
  await page.reload();
  await expect(evac(/Kim Nguyen/)).toHaveText(/^on a 9-line, requested/);
});

for (const viewport of [
  { name: 'kiosk', width: 1024, height: 600 },
  { name: 'tablet-portrait', width: 820, height: 1180 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`board layout on ${viewport.name} ${viewport.width}x${viewport.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('/capture');
    await addNarrative(page, LEE_HARRIS);
    await capture(page).getByRole('button', { name: 'Add each part to its casualty' }).click();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click();
    const table = board(page).getByRole('table');
    await expect(boardNames(page)).toHaveCount(2);
    // The page never scrolls sideways; on the kiosk and the tablet the whole table is on screen across.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBe(0);
    if (viewport.width >= 820) {
      const region = board(page).getByRole('region', { name: /Casualties by evacuation priority/ });
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await expect(table.getByRole('columnheader', { name: 'Device' })).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: testInfo.outputPath(`board-${viewport.name}.png`) });
  });
}
