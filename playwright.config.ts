import { defineConfig } from '@playwright/test';

/** Flags every Chromium we launch gets: Debian's build, no sandbox as root, no calls home on this closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets a second checkout run its suite beside this one (ports must not collide).
export const KIOSK_PORT = Number(process.env.E2E_PORT ?? 4173);
export const KIOSK_HTTPS_PORT = KIOSK_PORT + 270;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  // Never retried: a test that fails once in a while is a bug to find (npm run test:e2e:soak), not to hide.
  retries: 0,
  // The summary reporter prints last: the failed tests and their trace and screenshot paths end the log.
  reporter: [['list'], ['./e2e/failure-summary-reporter.ts']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    baseURL: `http://localhost:${KIOSK_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    serviceWorkers: 'allow',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The real kiosk server over the built app (npm test builds first). With no /sync, so that no test sees the
  // casualties another test left; the sync specs (e2e/sync-*.spec.ts) start kiosks of their own.
  webServer: {
    command: `npx tsx src/cli/start.ts --no-build --no-sync --port ${KIOSK_PORT} --https-port ${KIOSK_HTTPS_PORT} --data-dir .cache/e2e-kiosk`,
    url: `http://localhost:${KIOSK_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
