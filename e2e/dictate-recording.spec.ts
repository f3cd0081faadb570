/**
 * The audio kept with dictation (#14.5): Chromium's fake microphone plays espeak-ng speech, the real VAD cuts it, the
 * scripted speech engine writes its lines, and MediaRecorder records it beside them. The recording must play on Record
 * beside its piece after a reload and offline, go with its casualty (and come back with an undo), and be in the
 * casualty file only when the medic asks.
 */
import { expect, test, type Page } from '@playwright/test';
import { fakeMicrophone } from './fake-microphone.js';
import {
  addPiece,
  capture,
  collectErrors,
  downloadedText,
  expectSaved,
  openView,
  recordView,
  reports,
  waitForServiceWorkerControl,
} from './casualty-steps.js';

test.use({
  launchOptions: fakeMicrophone(
    ['Tourniquet applied to the left thigh.', 'Gave two grams of TXA at fourteen forty.'],
    [1200, 1500],
  ),
});
test.beforeEach(({ context }) => context.grantPermissions(['microphone']));

const draft = (page: Page) => capture(page).getByRole('textbox', { name: /what happened/i });
const recordings = (page: Page) => recordView(page).locator('narrative-recordings');
const players = (page: Page) => recordings(page).locator('audio');

/** Types a start, dictates the two phrases, corrects the text and adds it: one piece with one recording. */
async function dictatePiece(page: Page): Promise<void> {
  await draft(page).fill('Casualty one.');
  await capture(page).getByRole('button', { name: 'Dictate' }).click();
  const stop = capture(page).getByRole('button', { name: 'Stop' });
  // Ceilings, as in dictate.spec.ts: loading ONNX Runtime and the VAD on a busy machine, and the fake microphone
  // playing the speech in real time (its second phrase ends about 6 s in).
  await expect(stop).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  await expect(draft(page)).toHaveValue(/gave TXA two grams at fourteen forty/, { timeout: 30_000 });
  await stop.click();
  await expect(capture(page).getByRole('button', { name: 'Dictate' })).toBeVisible();
  await draft(page).fill((await draft(page).inputValue()).replace('gave TXA', 'Gave TXA'));
  await capture(page).getByRole('button', { name: 'Add to record' }).click();
  await expect(draft(page)).toHaveValue('');
  await expectSaved(page);
}

/** Waits until the `index`th recording on Record has loaded its audio (metadata read: it can play). */
async function expectPlayable(page: Page, index = 0): Promise<void> {
  await expect
    .poll(() =>
      players(page)
        .nth(index)
        .evaluate((a: HTMLAudioElement) => a.readyState),
    )
    .toBeGreaterThan(0);
  expect(
    await players(page)
      .nth(index)
      .evaluate((a: HTMLAudioElement) => a.duration > 0 && !a.error),
  ).toBe(true);
}

/** How many recordings this browser profile keeps, read from the recordings database itself. */
function storedRecordings(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tccc-scribe-recordings');
        open.onerror = () => reject(open.error ?? new Error('could not open the recordings database'));
        open.onsuccess = () => {
          const count = open.result.transaction('recordings').objectStore('recordings').count();
          count.onsuccess = () => (resolve(count.result), open.result.close());
          count.onerror = () => reject(count.error ?? new Error('could not count the recordings'));
        };
      }),
  );
}

test('a dictated piece keeps its recording, playable on Record beside it after a reload and offline; a typed piece has none', async ({
  context,
  page,
}) => {
  // Two dictations in real time (some 7 s of speech each) with their model loads, and two reloads.
  test.slow();
  const errors = collectErrors(page);
  await page.goto('/capture?test-speech-engine');
  await waitForServiceWorkerControl(page);
  await dictatePiece(page);
  await addPiece(page, 'Pulse 120 at 14:50.');

  await openView(page, 'Record');
  // Only the dictated piece is listed, with its recording; the typed one has none.
  const pieces = recordings(page).getByRole('list', { name: 'Dictated pieces' }).getByRole('listitem');
  await expect(pieces).toHaveCount(1);
  await expect(pieces.first()).toContainText('Casualty one. tourniquet applied left thigh Gave TXA two grams');
  await expect(pieces.first().locator('audio')).toHaveCount(1);
  await expect(recordings(page)).not.toContainText('Pulse 120');
  await expect(recordings(page).getByText(/^\s*Recordings: 1, \d+ KB/)).toBeVisible();
  await expectPlayable(page);

  // Offline: the kept recording still plays after a reload, and a new dictation keeps its own. (ONNX Runtime, which
  // the VAD runs on, is cached when a speech model is downloaded; the scripted engine downloads none, so the first
  // dictation, online, is what cached it here.)
  await context.setOffline(true);
  await page.reload();
  await expect(pieces).toHaveCount(1);
  await expect(players(page)).toHaveCount(1);
  await expectPlayable(page);
  await page.goto('/capture?test-speech-engine');
  await dictatePiece(page);
  await openView(page, 'Record');
  await expect(pieces).toHaveCount(2);
  await expect(pieces.nth(1).locator('audio')).toHaveCount(1);
  await expect(recordings(page).getByText(/^\s*Recordings: 2, \d+ KB/)).toBeVisible();
  await expectPlayable(page, 1);
  expect(errors).toEqual([]);
});

test('Add pressed while still dictating ends the dictation first: the piece has the last words and its recording', async ({
  page,
}) => {
  await page.goto('/capture?test-speech-engine');
  await capture(page).getByRole('button', { name: 'Dictate' }).click();
  const stop = capture(page).getByRole('button', { name: 'Stop' });
  await expect(stop).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  await expect(draft(page)).toHaveValue(/gave TXA two grams at fourteen forty/, { timeout: 30_000 });
  await capture(page).getByRole('button', { name: 'Add to record' }).click();
  await expect(draft(page)).toHaveValue('');
  await expect(capture(page).getByRole('button', { name: 'Dictate' })).toBeVisible();
  await expectSaved(page);

  await openView(page, 'Record');
  const pieces = recordings(page).getByRole('list', { name: 'Dictated pieces' }).getByRole('listitem');
  await expect(pieces).toHaveCount(1);
  await expect(pieces.first()).toContainText('gave TXA two grams at fourteen forty');
  await expect(pieces.first().locator('audio')).toHaveCount(1);
  await expectPlayable(page);
});

test('the casualty file carries the recordings only when asked, and an import takes them back', async ({
  browser,
  page,
}) => {
  await page.goto('/capture?test-speech-engine');
  await dictatePiece(page);
  await openView(page, 'Reports');
  await reports(page).getByRole('tab', { name: 'Casualty file' }).click();
  const include = reports(page).getByRole('checkbox', { name: /Include the recordings \(1, \d+ KB\)/ });
  await expect(include).not.toBeChecked();
  const exportButton = reports(page).getByRole('button', { name: 'Export casualty (.json)' });
  const plain = JSON.parse((await downloadedText(page, () => exportButton.click())).text) as Record<string, unknown>;
  expect(plain).not.toHaveProperty('recordings');
  expect(plain).not.toHaveProperty('recordingCount');

  await include.check();
  const withAudio = await downloadedText(page, () => exportButton.click());
  const file = JSON.parse(withAudio.text) as {
    recordingCount: number;
    recordings: { pieceAt: string; mimeType: string; audio: string }[];
    casualty: { timeline: { at: string }[] };
  };
  expect(file.recordingCount).toBe(1);
  expect(file.recordings).toHaveLength(1);
  expect(file.recordings[0].mimeType).toMatch(/^audio\/(webm|ogg)/);
  expect(file.recordings[0].pieceAt).toBe(file.casualty.timeline[0].at);
  expect(Buffer.from(file.recordings[0].audio, 'base64').length).toBeGreaterThan(1000);

  // Another device (a fresh profile) imports the file: the recording plays there beside its piece.
  const other = await browser.newContext();
  try {
    const tablet = await other.newPage();
    await tablet.goto('/reports');
    await reports(tablet).getByRole('tab', { name: 'Casualty file' }).click();
    await reports(tablet)
      .locator('input[type=file]')
      .setInputFiles({ name: withAudio.name, mimeType: 'application/json', buffer: Buffer.from(withAudio.text) });
    await expect(
      reports(tablet)
        .getByRole('status')
        .filter({ hasText: /^Imported .* with 1 recording;/ }),
    ).toBeVisible();
    await openView(tablet, 'Record');
    await expect(players(tablet)).toHaveCount(1);
    await expectPlayable(tablet);
  } finally {
    await other.close();
  }
});

test('a deleted casualty’s recording comes back with Undo, and goes once the casualty is gone for good', async ({
  page,
}) => {
  await page.goto('/capture?test-speech-engine');
  await dictatePiece(page);
  expect(await storedRecordings(page)).toBe(1);
  const bar = page.locator('casualty-bar:visible');
  const deleteIt = async () => {
    const roster = bar.getByRole('button', { name: /^Casualties/ });
    if ((await roster.getAttribute('aria-expanded')) !== 'true') await roster.click();
    await bar.getByRole('button', { name: /^Delete / }).click();
    await bar.getByRole('button', { name: 'Yes, delete' }).click();
  };
  await deleteIt();
  await bar.getByRole('button', { name: 'Undo delete' }).first().click();
  await openView(page, 'Record');
  await expect(players(page)).toHaveCount(1);
  await expectPlayable(page);

  await deleteIt();
  await expect(bar.getByRole('button', { name: 'Undo delete' }).first()).toBeVisible();
  // Past the 10-minute undo window the next start purges the casualty, and its recording goes with it.
  await page.clock.install({ time: Date.now() + 11 * 60_000 });
  await page.goto('/capture');
  await expect(bar.getByRole('button', { name: 'Undo delete' })).toHaveCount(0);
  await expect.poll(() => storedRecordings(page)).toBe(0);
});
