import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';
import { appendNarrative, createCasualty, exportCasualty } from '../src/records/index.js';
import { addPiece, capture, factRow, fillFactForm, openView, recordView, reports } from './casualty-steps.js';

// A power cut, played as hard as a test can: Chromium on a persistent profile, in its own process
// group, SIGKILLed the moment the UI says a change is done, then started again on the same profile.

/**
 * For the first check after a restart: a Chromium started again after a kill recovers its profile, loads the app and
 * opens the casualty store in its worker before anything shows, which on the two shared CI cores once took over the
 * default 5 s. A bound, not a timing: a change that is lost still fails, only later.
 */
const afterRestart = expect.configure({ timeout: 20_000 });

interface RunningChromium {
  browser: Browser;
  page: Page;
  /** SIGKILLs every process of this Chromium at once and resolves once all are gone. */
  cut(): Promise<void>;
}

async function startChromium(profile: string, baseURL: string): Promise<RunningChromium> {
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    {
      detached: true, // its own process group: the kill takes the browser, renderers and the storage service together
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  unreaped.add(child.pid!);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (found) resolve(found[1]);
    });
    void exited.then(() => reject(new Error(`Chromium exited before it listened: ${said}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const page = await browser.contexts()[0].newPage();
  await page.goto(new URL('/capture', baseURL).href);
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    browser,
    page,
    async cut() {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      await expect.poll(groupAlive).toBe(false); // the profile is free only once every process is gone
      unreaped.delete(child.pid!);
      await browser.close().catch(() => {}); // the connection is already dead; this only ends Playwright's side
    },
  };
}

let profile: string;
const running: RunningChromium[] = [];
/** Process groups started and not yet cut: a test that failed before it connected still leaves none behind. */
const unreaped = new Set<number>();
test.beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'tccc-power-cut-'));
});
test.afterEach(async () => {
  for (const chromiumRun of running.splice(0)) await chromiumRun.cut();
  for (const pid of unreaped) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  unreaped.clear();
  await rm(profile, { recursive: true, force: true });
});

async function start(baseURL: string): Promise<Page> {
  const run = await startChromium(profile, baseURL);
  running.push(run);
  return run.page;
}

/** Cuts the power on the running Chromium (at once, no waiting for anything else) and starts it again. */
async function cutAndRestart(baseURL: string): Promise<Page> {
  await running.pop()!.cut();
  return start(baseURL);
}

test('a narrative piece shown as added survives a SIGKILL of the browser right after', async ({ baseURL }) => {
  let page = await start(baseURL!);
  const timeline = (p: Page) => capture(p).getByRole('list', { name: 'Narrative timeline' }).getByRole('listitem');
  await capture(page)
    .getByRole('textbox', { name: /what happened/i })
    .fill('GSW left thigh at 14:05.');
  await capture(page).getByRole('button', { name: 'Add to record' }).click();
  // The UI confirms: the piece is listed with its time (it says "Saving…" until storage holds it).
  await timeline(page).filter({ hasText: 'GSW left thigh at 14:05.' }).and(page.locator('[data-saved=true]')).waitFor();
  page = await cutAndRestart(baseURL!);
  await afterRestart(timeline(page)).toHaveCount(1);
  await expect(timeline(page).first()).toContainText('GSW left thigh at 14:05.');
  await expect(timeline(page).first().locator('time')).toHaveText(/^\d\d:\d\d:\d\d$/);
});

test('a hand edit shown as saved survives a SIGKILL of the browser right after', async ({ baseURL }) => {
  let page = await start(baseURL!);
  await openView(page, 'Record');
  await recordView(page).getByRole('button', { name: '+ Name' }).click();
  await fillFactForm(page, { Name: 'Rivera' });
  // The UI confirms: the row is there without its "Saving…" mark.
  await factRow(page, 'Name: Rivera').and(page.locator('[data-saved=true]')).waitFor();
  page = await cutAndRestart(baseURL!);
  await openView(page, 'Record');
  await afterRestart(factRow(page, 'Name: Rivera')).toContainText('Added by hand');
});

test('an import shown as done survives a SIGKILL of the browser right after', async ({ baseURL }) => {
  let page = await start(baseURL!);
  const file = exportCasualty(appendNarrative(createCasualty(), 'Battle roster KL5555. Burn to the left hand.'));
  await openView(page, 'Reports');
  await reports(page).getByRole('tab', { name: 'Casualty file' }).click();
  await reports(page)
    .locator('input[type=file]')
    .setInputFiles({
      name: 'KL5555.tccc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
  await reports(page)
    .getByRole('status')
    .filter({ hasText: /^Imported / })
    .waitFor();
  page = await cutAndRestart(baseURL!);
  // Which casualty was open is kept in localStorage, which a hard kill may lose: find the import in the roster
  // (beside it, the empty casualty the first start opened, stored only once something is typed into it).
  const bar = capture(page).locator('casualty-bar');
  await bar.getByRole('button', { name: /Casualties \(\d\)/ }).click();
  await bar.getByRole('button', { name: /^KL5555/ }).click();
  await expect(capture(page).getByRole('list', { name: 'Narrative timeline' })).toContainText(
    'Battle roster KL5555. Burn to the left hand.',
  );
});

test('a casualty shown as deleted stays deleted after a SIGKILL of the browser right after', async ({ baseURL }) => {
  let page = await start(baseURL!);
  await addPiece(page, 'Battle roster MN6666. GSW right arm.');
  const bar = capture(page).locator('casualty-bar');
  await bar.getByRole('button', { name: /Casualties \(1\)/ }).click();
  await bar.getByRole('button', { name: 'Delete MN6666' }).click();
  await bar.getByRole('button', { name: 'Yes, delete' }).click();
  await bar.getByRole('button', { name: /Casualties \(0\)/ }).waitFor();
  page = await cutAndRestart(baseURL!);
  await afterRestart(capture(page).locator('casualty-bar').getByRole('button', { name: 'Undo delete' })).toBeVisible();
  await expect(capture(page).locator('casualty-bar .current')).not.toContainText('MN6666');
});
