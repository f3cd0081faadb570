/** `npm start`: build the app if its sources changed, then serve it to the kiosk (HTTP) and LAN tablets (HTTPS). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, staleBuildReason } from '../server/app-build.js';
import { KIOSK_USAGE, KioskConfigError, parseKioskConfig, type KioskConfig } from '../server/config.js';
import { renderUnicodeCompact } from 'uqr';
import { startKiosk, type KioskUrls } from '../server/kiosk-server.js';
import type { UpstreamStatus } from '../server/upstream-adapter.js';
import { doctorSummary, runDoctor } from './doctor/doctor-checks.js';
import { realSystemProbe } from './doctor/system-probe.js';
import { findChromium } from './kiosk/find-chromium.js';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const config = parseKioskConfig(process.argv.slice(2), process.env, PROJECT_ROOT);
  if (config.help) {
    console.log(KIOSK_USAGE);
    return;
  }
  const distDir = join(config.projectRoot, 'dist');
  if (config.build) {
    const reason = await staleBuildReason(config.projectRoot, distDir);
    if (reason) {
      console.log(`Building the app (${reason})...`);
      await buildApp(config.projectRoot);
    }
  } else if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run \`npm run build\` or start without --no-build`);
  }

  const kiosk = await startKiosk(config, config.upstream && describeUpstream(config.upstream.url));
  for (const notice of kiosk.notices) console.log(notice);
  console.log(describeUrls(kiosk.urls));
  const link = await kiosk.pairingLink();
  console.log(
    `Pair a tablet (trust the CA first; the link works once, for an hour; \`npm run kiosk:pair\` makes another):`,
  );
  console.log(renderUnicodeCompact(link));
  console.log(`  ${link}`);
  void printDoctorSummary(config);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now", even if a download is still draining.
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n${signal}: stopping the kiosk server...`);
    kiosk.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** One line of `npm run doctor` at start (ports and service left out: this process holds the ports and is the service). */
async function printDoctorSummary(config: KioskConfig): Promise<void> {
  const checks = await runDoctor(
    {
      dataDir: config.dataDir,
      configDir: join(config.projectRoot, 'model-config'),
      host: config.host,
      port: config.port,
      httpsPort: config.httpsPort,
      modelId: 'phi-2-q4f16_1-MLC',
      verify: false,
      ...(config.userCertificate ? { certFile: config.userCertificate.certFile } : {}),
      chromiumPath: findChromium(),
      skip: ['ports', 'service'],
    },
    realSystemProbe,
  );
  console.log(doctorSummary(checks));
  const clock = checks.find((c) => c.name === 'clock');
  if (clock && !clock.ok)
    console.warn(`Warning: the system clock is not known to be synchronised (${clock.detail}). Fix: ${clock.fix}`);
}

/** Prints each change of the upstream link; the URL never carries the token, so it is safe to print. */
function describeUpstream(url: string): (status: UpstreamStatus) => void {
  return (status) =>
    status.state === 'connected'
      ? console.log(`Upstream sync: connected to ${url}`)
      : console.warn(
          `Upstream sync: ${url} unreachable since ${new Date().toISOString()} (${status.reason}); retrying`,
        );
}

function describeUrls(urls: KioskUrls): string {
  const lines = ['TCCC Scribe kiosk is running.', `  On this kiosk:      ${urls.kiosk}`];
  if (urls.tablets.length === 0)
    lines.push('  On tablets:         no LAN address to serve on (check the network or --host)');
  for (const url of urls.tablets) lines.push(`  On tablets:         ${url}`);
  for (const url of urls.caDownload) lines.push(`  Tablet CA (once):   ${url}`);
  lines.push('Press Ctrl-C to stop.');
  return lines.join('\n');
}

main().catch((error: unknown) => {
  if (error instanceof KioskConfigError) console.error(`${error.message}\n\n${KIOSK_USAGE}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof KioskConfigError ? 2 : 1);
});
