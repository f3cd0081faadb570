/**
 * `sudo npm run kiosk:install [-- options]`: installs the kiosk as services on Debian/Ubuntu with systemd (JetPack).
 * `npm run kiosk:install -- --dry-run --prefix /tmp/review` writes every file under /tmp/review and runs nothing.
 * `sudo npm run kiosk:uninstall` removes the services and files and keeps the data directory (records live in the
 * browser profile; certificates and models in the data directory).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, parseCommandLine, runCommand, UsageError } from './cli-args.js';
import { findChromium, isSnapChromium } from './kiosk/find-chromium.js';
import { DEFAULT_SETUP, type KioskSetup } from './kiosk/kiosk-files.js';
import {
  applyPlan,
  checkInstallable,
  installPlan,
  systemUserExists,
  uninstallPlan,
} from './kiosk/kiosk-install-plan.js';

const USAGE = `usage: sudo npm run kiosk:install -- [--dry-run --prefix <dir>] [--app-dir <dir>] [--chromium <path>] [--node <path>]
                 [--user tccc-scribe] [--data-dir /var/lib/tccc-scribe] [--port 8080] [--https-port 8443]
       sudo npm run kiosk:uninstall -- [--dry-run --prefix <dir>]`;

/**
 * An installed bundle runs from `<root>/releases/<release>` (Node resolves the `current` link): the service should
 * name `<root>/current`, so the next update needs no new unit file.
 */
function stableAppDir(appDir: string): string {
  const current = join(dirname(dirname(appDir)), 'current');
  return basename(dirname(appDir)) === 'releases' &&
    existsSync(current) &&
    realpathSync(current) === realpathSync(appDir)
    ? current
    : appDir;
}

async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    uninstall: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    prefix: { type: 'string' },
    'app-dir': { type: 'string' },
    chromium: { type: 'string' },
    node: { type: 'string' },
    user: { type: 'string', default: DEFAULT_SETUP.serviceUser },
    'data-dir': { type: 'string', default: DEFAULT_SETUP.dataDir },
    port: { type: 'string' },
    'https-port': { type: 'string' },
  });
  if (values['dry-run'] !== (values.prefix !== undefined))
    throw new UsageError('--dry-run and --prefix <dir> go together');
  const prefix = values.prefix === undefined ? undefined : resolve(values.prefix);
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(values.user))
    throw new UsageError(`--user must be a system user name, got "${values.user}"`);
  if (!values['data-dir'].startsWith('/'))
    throw new UsageError(`--data-dir must be an absolute path, got "${values['data-dir']}"`);

  if (values.uninstall) {
    if (!prefix && process.getuid?.() !== 0) throw new Error('run as root: sudo npm run kiosk:uninstall');
    for (const line of await applyPlan(uninstallPlan(), prefix)) console.log(line);
    console.log(
      `Kept ${values['data-dir']} (certificates, models) and the user ${values.user}; remove them by hand if wanted.`,
    );
    return;
  }
  const appDir = stableAppDir(resolve(values['app-dir'] ?? fileURLToPath(new URL('../..', import.meta.url))));
  const chromiumPath = values.chromium ?? findChromium();
  const setup: KioskSetup = {
    appDir,
    compiledServer: existsSync(join(appDir, 'build-node', 'cli', 'start.js')),
    nodePath: values.node ?? process.execPath,
    chromiumPath,
    snapChromium: isSnapChromium(chromiumPath),
    serviceUser: values.user,
    dataDir: values['data-dir'],
    port: integerOption('--port', values.port, DEFAULT_SETUP.port),
    httpsPort: integerOption('--https-port', values['https-port'], DEFAULT_SETUP.httpsPort),
  };
  if (!prefix) checkInstallable(setup, process.getuid?.() === 0, existsSync('/run/systemd/system'));
  const plan = installPlan(setup, prefix ? false : systemUserExists(setup.serviceUser));
  for (const line of await applyPlan(plan, prefix)) console.log(line);
  if (!prefix)
    console.log(
      `Installed. Server: systemctl status tccc-scribe; check the machine: npm run doctor. The kiosk user's next login starts Chromium on http://localhost:${setup.port}/.`,
    );
}

runCommand('kiosk:install', USAGE, main);
