/**
 * What `kiosk:install` and `kiosk:uninstall` do, as data (files to write or remove, commands to run), and the one
 * function that carries a plan out: for real as root, or as a dry run that writes the files under a prefix folder and
 * runs nothing. Uninstall removes the files and the services, and keeps the data directory and its user.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  BROWSER_LAUNCHER,
  BROWSER_UNIT,
  kioskFiles,
  SERVER_UNIT,
  type KioskFile,
  type KioskSetup,
} from './kiosk-files.js';

export interface KioskPlan {
  /** Files to write (install) or remove (uninstall). */
  files: KioskFile[];
  remove: string[];
  /** Commands to run before the files are written or removed, then after; each an argv. */
  before: string[][];
  after: string[][];
}

/** Thrown when the machine cannot take the install; the message says what to do. */
class KioskInstallError extends Error {
  override name = 'KioskInstallError';
}

export function installPlan(setup: KioskSetup, userExists: boolean): KioskPlan {
  const user = setup.serviceUser;
  return {
    files: kioskFiles(setup),
    remove: [],
    before: [],
    after: [
      ...(userExists
        ? []
        : [
            [
              'useradd',
              '--system',
              '--user-group',
              '--home-dir',
              setup.dataDir,
              '--no-create-home',
              '--shell',
              '/usr/sbin/nologin',
              user,
            ],
          ]),
      ['install', '-d', '-o', user, '-g', user, '-m', '0750', setup.dataDir],
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', 'tccc-scribe.service'],
      // Restart picks up a new ExecStart or a new app version when the service was already running.
      ['systemctl', 'restart', 'tccc-scribe.service'],
      ['systemctl', '--global', 'enable', 'tccc-scribe-browser.service'],
    ],
  };
}

export function uninstallPlan(): KioskPlan {
  return {
    files: [],
    remove: [SERVER_UNIT, BROWSER_UNIT, BROWSER_LAUNCHER, dirname(BROWSER_LAUNCHER)],
    // Disable while the unit files still exist, so systemctl knows what to disable.
    before: [
      ['systemctl', 'disable', '--now', 'tccc-scribe.service'],
      ['systemctl', '--global', 'disable', 'tccc-scribe-browser.service'],
    ],
    after: [['systemctl', 'daemon-reload']],
  };
}

/** Checks the real install needs before it changes anything. */
export function checkInstallable(setup: KioskSetup, isRoot: boolean, hasSystemd: boolean): void {
  if (!isRoot)
    throw new KioskInstallError(
      'run as root: sudo npm run kiosk:install (or --dry-run --prefix <dir> to review the files)',
    );
  if (!hasSystemd)
    throw new KioskInstallError(
      'this system does not run systemd (/run/systemd/system is missing): the kiosk needs Debian or Ubuntu with systemd, as JetPack ships',
    );
  if (!existsSync(join(setup.appDir, 'dist', 'index.html')))
    throw new KioskInstallError(`${setup.appDir}/dist/index.html is missing: run npm run build first`);
  if (!existsSync(setup.chromiumPath))
    throw new KioskInstallError(
      `no Chromium at ${setup.chromiumPath}: install one (see README "Setting up a Jetson kiosk") or pass --chromium <path>`,
    );
}

/**
 * Carries out a plan. With `prefix`, files go under `prefix` and commands are only reported (a dry run); without it,
 * files go to their real paths and each command runs, stopping at the first that fails. Returns what it did, a line each.
 */
export async function applyPlan(plan: KioskPlan, prefix: string | undefined, run = runCommand): Promise<string[]> {
  const done: string[] = [];
  const at = (path: string) => (prefix ? join(prefix, path) : path);
  const runAll = (commands: string[][]) => {
    for (const argv of commands) {
      if (prefix) done.push(`would run: ${argv.join(' ')}`);
      else {
        run(argv);
        done.push(`ran: ${argv.join(' ')}`);
      }
    }
  };
  runAll(plan.before);
  for (const file of plan.files) {
    await mkdir(dirname(at(file.path)), { recursive: true });
    await writeFile(at(file.path), file.content);
    await chmod(at(file.path), file.mode);
    done.push(`wrote ${at(file.path)}`);
  }
  for (const path of plan.remove) {
    if (!existsSync(at(path))) continue;
    await rm(at(path), { recursive: true, force: true });
    done.push(`removed ${at(path)}`);
  }
  runAll(plan.after);
  return done;
}

function runCommand(argv: string[]): void {
  execFileSync(argv[0], argv.slice(1), { stdio: 'inherit' });
}

/** Whether a system user exists (getent passwd). */
export function systemUserExists(user: string): boolean {
  try {
    execFileSync('getent', ['passwd', user], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
