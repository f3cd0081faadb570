import { chromium, expect, test, type Page } from '@playwright/test';
// The shell's own route table, so the tests follow its views (src/ui/shell/routes.test.ts pins the paths).
import { ROUTES } from '../src/ui/shell/routes.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.js';
import { waitForServiceWorkerControl } from './casualty-steps.js';

/** The view element for a path: `/record` → `<record-view>`; locators pierce the shell's shadow root. */
function view(page: Page, path: string) {
  return page.locator(`${path.slice(1)}-view`);
}

async function expectOnView(page: Page, path: string, label: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(view(page, path).getByRole('heading', { level: 1, name: label })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page).toHaveTitle(`${label} · TCCC Scribe`);
}

test('every route renders its own view, with no errors under the kiosk CSP', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  for (const { path, label } of ROUTES) {
    await page.goto(path);
    await expectOnView(page, path, label);
  }
  expect(errors).toEqual([]);
});

test('the engine probe waits for the first view: nothing of it loads while the view chunk is on its way', async ({
  page,
}) => {
  // The view is a lazy chunk arriving after the page's load event; the probe's chunks must not compete with it.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/capture-view-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    requested.push(url.pathname + url.search);
  });
  await page.goto('/capture');
  // Two idle periods after load, then a request of our own: anything the app asked for before it is listed by then.
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    await fetch('/manifest.webmanifest?after-idle');
  });
  await expect.poll(() => requested.includes('/manifest.webmanifest?after-idle')).toBe(true);
  expect(requested.filter((path) => path.includes('engine-probe'))).toEqual([]);
  const probe = page.waitForRequest(/\/assets\/engine-probe-[^/]*\.js$/);
  release();
  await expect(view(page, '/capture').getByRole('heading', { level: 1, name: 'Capture' })).toBeVisible();
  await probe;
});

test('the first screen comes in few requests: the entry is one script, and the parts views share come as one more', async ({
  page,
}) => {
  // Scripts in the order the page asked for them, up to the moment the first view was on screen.
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/assets\/.*\.js$/.test(path)) scripts.push(path);
  });
  await page.addInitScript(() =>
    addEventListener('tccc-first-view-shown', () =>
      Object.assign(window, {
        fetchedBeforeFirstView: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
      }),
    ),
  );
  await page.goto('/record');
  await expect(view(page, '/record').getByRole('heading', { level: 1, name: 'Record' })).toBeVisible();
  const fetched = await page.waitForFunction(
    () => (window as unknown as { fetchedBeforeFirstView?: string[] }).fetchedBeforeFirstView,
  );
  // Before the view's chunk, only the entry: what the shell runs is one request, not one per module group.
  const beforeView = scripts.slice(
    0,
    scripts.findIndex((path) => path.includes('/record-view-')),
  );
  expect(beforeView).toEqual([expect.stringMatching(/^\/assets\/index-[^/]*\.js$/)]);
  // The casualty bar, kept recordings, style sheets, body diagram and guidance cards: one chunk, not one each.
  const firstScreen = ((await fetched.jsonValue()) ?? []).filter((path) => path.startsWith('/assets/'));
  expect(firstScreen.some((path) => path.includes('/view-parts-'))).toBe(true);
  // The record validator comes with the first edit, which is the only thing on Record that needs it.
  expect(firstScreen.filter((path) => path.includes('/validate-'))).toEqual([]);
  expect(
    firstScreen.filter((path) =>
      /\/(kept-recordings|casualty-label|body-diagram|passage-card|view-styles|form-control-styles|timeline-styles)-/.test(
        path,
      ),
    ),
  ).toEqual([]);
});

test("the engine probe and the watch on other tabs' downloads wait for the casualties; with no model stored no engine code loads", async ({
  page,
}) => {
  // The casualties open in their worker, started once the first view is on screen; hold the worker's script back.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/casualty-docs\.worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
  const afterIdle = async (marker: string) => {
    // Two idle periods, then a request of our own: anything the app asked for before it is listed by then.
    await page.evaluate(async (url) => {
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await fetch(url);
    }, marker);
    await expect.poll(() => requested.includes(marker)).toBe(true);
  };
  // Record: Capture fetches the rules engine's casualty split once it is on screen, for Add to work offline.
  await page.goto('/record');
  await expect(view(page, '/record').getByRole('heading', { level: 1, name: 'Record' })).toBeVisible();
  await afterIdle('/manifest.webmanifest?casualties-held');
  // Neither the probe's chunk nor the model store's cross-tab channel (the download watch's).
  expect(requested.filter((path) => /\/assets\/(engine-probe|cross-tab)-/.test(path))).toEqual([]);
  const probe = page.waitForRequest(/\/assets\/engine-probe-[^/]*\.js$/);
  release();
  await expect(view(page, '/record').getByLabel('Time of injury (24 h)')).toBeEditable();
  await probe;
  // The probe found no model: the rules engine stays unloaded until the first extraction, the models' clients too.
  await expect(page.locator('engine-status [data-testid="engine-reason"]')).not.toHaveText('no on-device model loaded');
  await expect(page.locator('engine-status')).toContainText('Rules engine');
  await afterIdle('/manifest.webmanifest?probe-done');
  expect(
    requested.filter((path) => /\/assets\/(probed-engine|rules|casualties|document)-[^/]*\.js$/.test(path)),
  ).toEqual([]);
});

test('the first view renders without the shell setting the scroll position (a layout forced mid-render)', async ({
  page,
}) => {
  // Setting scrollTop lays the page out at once; during the first view's render that layout is wasted (its parts
  // are still rendering) and is done again for the paint. (Reads are not counted: Playwright's trace snapshots read
  // every element's scroll position.)
  await page.addInitScript(() => {
    const touches: string[] = [];
    Object.assign(window, { mainScrollTouches: touches });
    const scrollTop = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop')!;
    Object.defineProperty(Element.prototype, 'scrollTop', {
      ...scrollTop,
      set(this: Element, value: number) {
        if (this.localName === 'main') touches.push(`set ${value}`);
        scrollTop.set!.call(this, value);
      },
    });
    addEventListener('tccc-first-view-shown', () => touches.push('first view shown'));
  });
  await page.goto('/record');
  await expect(view(page, '/record').getByRole('heading', { level: 1, name: 'Record' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { mainScrollTouches: string[] }).mainScrollTouches))
    .toContain('first view shown');
  const touches = await page.evaluate(() => (window as unknown as { mainScrollTouches: string[] }).mainScrollTouches);
  expect(touches.slice(0, touches.indexOf('first view shown'))).toEqual([]);
});

test('the first screen leaves the record validator, the rules engine and the speech code out: they come with what checks or reads records, or with Dictate', async ({
  page,
}) => {
  // What the page fetched before its first view was on screen; the engine probe (which checks records) comes after.
  await page.addInitScript(() =>
    addEventListener('tccc-first-view-shown', () =>
      Object.assign(window, {
        fetchedBeforeFirstView: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
      }),
    ),
  );
  await page.goto('/capture');
  await expect(view(page, '/capture').getByRole('heading', { level: 1, name: 'Capture' })).toBeVisible();
  const fetched = await page.waitForFunction(
    () => (window as unknown as { fetchedBeforeFirstView?: string[] }).fetchedBeforeFirstView,
  );
  const scripts = ((await fetched.jsonValue()) ?? []).filter((path) => path.startsWith('/assets/'));
  expect(scripts.some((path) => path.includes('/capture-view-'))).toBe(true);
  expect(scripts.filter((path) => /\/(validate|casualties)-[^/]*\.js$/.test(path))).toEqual([]);
  // Dictate's speech code (engines, model store, catalog) loads at its first tap. (The watch on other tabs' downloads
  // loads the model store's cross-tab channel once the casualties are open: see the engine probe's test.)
  expect(
    scripts.filter((path) =>
      /\/(dictation-session|speech-backend|scripted-speech|model-store|model-catalog)-[^/]*\.js$/.test(path),
    ),
  ).toEqual([]);
});

test('the casualties open in their own worker: the page itself never fetches or runs Automerge, and Capture shows its form from the first paint', async ({
  page,
}) => {
  // Capture's text box, as the first paint drew it: before the casualties open it is there, waiting.
  await page.addInitScript(() =>
    addEventListener('tccc-first-view-shown', () =>
      requestAnimationFrame(() => {
        const capture = document.querySelector('tccc-app')?.shadowRoot?.querySelector('capture-view');
        Object.assign(window, { boxAtFirstView: Boolean(capture?.shadowRoot?.querySelector('textarea')) });
      }),
    ),
  );
  await page.goto('/capture');
  const draft = view(page, '/capture').getByLabel('What happened, what you found, what you did');
  await expect(draft).toBeEditable();
  expect(
    await page
      .waitForFunction(() => (window as unknown as { boxAtFirstView?: boolean }).boxAtFirstView !== undefined)
      .then(() => page.evaluate(() => (window as unknown as { boxAtFirstView: boolean }).boxAtFirstView)),
  ).toBe(true);
  const onPage = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
  );
  expect(onPage.filter((path) => /automerge|browser-repo/.test(path))).toEqual([]);
  expect(page.workers().some((worker) => worker.url().includes('casualty-docs.worker'))).toBe(true);
});

test('/ lands on Capture', async ({ page }) => {
  await page.goto('/');
  await expectOnView(page, '/capture', 'Capture');
});

test('nav switches views, reload keeps the route, back and forward retrace it', async ({ page }) => {
  await page.goto('/capture');
  const nav = page.getByRole('navigation', { name: 'Views' });
  for (const { path, label } of ROUTES.slice(1)) {
    await nav.getByRole('link', { name: label }).click();
    await expectOnView(page, path, label);
  }
  await expect(view(page, '/capture')).toBeHidden();

  // The last three views the loop visited, last first (this page is the kiosk's: Devices is in the rail).
  const [last, beforeLast, third] = ROUTES.slice(-3).reverse();
  await page.reload();
  await expectOnView(page, last.path, last.label);

  await page.goBack();
  await expectOnView(page, beforeLast.path, beforeLast.label);
  await page.goBack();
  await expectOnView(page, third.path, third.label);
  await page.goForward();
  await expectOnView(page, beforeLast.path, beforeLast.label);
});

test('a view keeps its state while the medic visits another', async ({ page }) => {
  await page.goto('/capture');
  await view(page, '/capture').evaluate((element) => element.setAttribute('data-probe', 'kept'));
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'Record' }).click();
  await nav.getByRole('link', { name: 'Capture' }).click();
  await expect(view(page, '/capture')).toHaveAttribute('data-probe', 'kept');
});

test('the header shows which engine runs: a short chip that opens the reasons, in a header at most 44 px high', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto('/model');
  await expect(page.locator('engine-status')).toContainText('Rules engine');
  const chip = page.getByRole('button', { name: 'Engine: Rules', exact: true });
  await expect(chip).toHaveText('Engine: Rules');
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  const reasons = page.locator('engine-status #engine-reasons');
  await expect(reasons).toBeHidden();
  await chip.click();
  await expect(reasons).toBeVisible();
  await expect(reasons).toContainText('Engine: Rules engine (no language model)');
  await expect(reasons).toContainText('WebGPU is turned off or finds no GPU');
  await page.keyboard.press('Escape');
  await expect(reasons).toBeHidden();
  const header = (await page.locator('tccc-app header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(44);
  const chipBox = (await chip.boundingBox())!;
  expect(chipBox.height).toBeGreaterThanOrEqual(44);
  expect(chipBox.width).toBeGreaterThanOrEqual(44);
});

for (const viewport of [
  { name: 'kiosk', width: 1024, height: 600 },
  { name: 'tablet-portrait', width: 820, height: 1180 },
  { name: 'tablet-landscape', width: 1180, height: 820 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`touch layout on ${viewport.name} ${viewport.width}x${viewport.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('/reports');
    await expectOnView(page, '/reports', 'Reports');
    const links = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
    await expect(links).toHaveCount(ROUTES.length);
    for (const link of await links.all()) {
      // Every nav target is on screen and at least 44x44 CSS px.
      await expect(link).toBeInViewport({ ratio: 1 });
      const box = await link.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    // Polled: the casualty (and its card) renders after the view, once the store is read.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBe(0);
    await page.screenshot({ path: testInfo.outputPath(`${viewport.name}.png`) });
  });
}

test('Chromium reports no installability errors', async ({ baseURL }, testInfo) => {
  // A regular (persistent) profile: Playwright's default contexts are incognito, which is never installable.
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/capture');
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
    expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  } finally {
    await context.close();
  }
});
