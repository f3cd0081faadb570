import { expect, test } from '@playwright/test';
import {
  DB_NAME,
  appendNarrative,
  createCasualty,
  setTimeOfInjury,
  updateCasualty,
  type Casualty,
} from '../src/records/index.js';
import { capture, openView, recordView } from './casualty-steps.js';
import { seedPreviousRecords } from './previous-records.js';

// A device that ran the previous version holds its casualties in the records database (schema v3). The first start
// of this version moves them into the casualty documents, deleted ones and hand edits included, and leaves the old
// database as it was.

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

function oldCasualties(): Casualty[] {
  const first = setTimeOfInjury(
    appendNarrative(createCasualty(minutesAgo(30)), 'Battle roster CD2222. GSW right arm.', minutesAgo(29)),
    '13:55',
    minutesAgo(28),
  );
  const second = appendNarrative(
    createCasualty(minutesAgo(20)),
    'Battle roster EF3333. Blast, left leg.',
    minutesAgo(19),
  );
  const deleted = updateCasualty(
    appendNarrative(createCasualty(minutesAgo(10)), 'Battle roster GH4444. Burn, left hand.', minutesAgo(9)),
    {},
    minutesAgo(9),
  );
  return [first, second, { ...deleted, deletedAt: minutesAgo(2).toISOString() }];
}

test('casualties stored by the previous version move into the new store on first start, nothing lost', async ({
  page,
}) => {
  await seedPreviousRecords(page, oldCasualties());

  await page.goto('/capture');
  const bar = capture(page).locator('casualty-bar');
  await expect(bar.getByRole('button', { name: 'Undo delete' })).toBeVisible(); // the deleted one, restorable
  await bar.getByRole('button', { name: /^Casualties \(2\)/ }).click();
  await bar.getByRole('button', { name: /^CD2222/ }).click();
  await expect(capture(page).getByRole('list', { name: 'Narrative timeline' })).toContainText('GSW right arm.');
  await openView(page, 'Record');
  await expect(recordView(page).getByRole('textbox', { name: 'Time of injury (24 h)' })).toHaveValue('13:55');

  // A reload reads them from the new store, once (the migration does not run twice), the deleted one still there.
  await page.reload();
  await openView(page, 'Capture');
  await expect(bar.getByRole('button', { name: /^Casualties \(2\)/ })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Undo delete' })).toBeVisible();
  await bar.getByRole('button', { name: 'Undo delete' }).click();
  await expect(bar.getByRole('button', { name: /^Casualties \(3\)/ })).toBeVisible();

  // The old database is left as it was, readable.
  const oldCount = await page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const count = open.result.transaction('casualties').objectStore('casualties').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    DB_NAME,
  );
  expect(oldCount).toBe(3);
});
