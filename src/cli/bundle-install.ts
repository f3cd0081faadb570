/**
 * Run by a bundle's install.sh (never from a checkout): installs or updates the kiosk from the unpacked bundle with no
 * network. The app goes to `/opt/tccc-scribe/releases/<release>` and `/opt/tccc-scribe/current` switches to it in one
 * rename; the data directory (certificates, models, anything else) is never replaced: bundled models are only added
 * beside what is there. Then the services are installed or restarted. `--prefix DIR --no-service` installs into DIR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCommandLine, runCommand, UsageError } from './cli-args.js';
import { findChromium, isSnapChromium } from './kiosk/find-chromium.js';
import { DEFAULT_SETUP } from './kiosk/kiosk-files.js';
import { applyPlan, checkInstallable, installPlan, systemUserExists } from './kiosk/kiosk-install-plan.js';

const USAGE =
  'usage: sudo ./install.sh [--data-dir /var/lib/tccc-scribe] [--chromium <path>]   or   ./install.sh --prefix <dir> --no-service';
const INSTALL_ROOT = '/opt/tccc-scribe';

async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    bundle: { type: 'string' },
    prefix: { type: 'string' },
    'no-service': { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: DEFAULT_SETUP.dataDir },
    chromium: { type: 'string' },
  });
  if (!values.bundle) throw new UsageError('run install.sh from the unpacked bundle, not this file');
  if (values.prefix !== undefined && !values['no-service'])
    throw new UsageError('--prefix installs for a trial: add --no-service');
  const prefix = values.prefix ?? '';
  const bundle = values.bundle;
  const release = (await readFile(join(bundle, 'RELEASE'), 'utf8')).trim();
  const root = join(prefix || '/', INSTALL_ROOT);
  const dataDir = join(prefix || '/', values['data-dir']);
  if (!values['no-service'] && process.getuid?.() !== 0)
    throw new Error('run as root: sudo ./install.sh (or --prefix <dir> --no-service for a trial)');

  const target = join(root, 'releases', release);
  await mkdir(join(root, 'releases'), { recursive: true });
  await rm(`${target}.new`, { recursive: true, force: true });
  await cp(join(bundle, 'app'), `${target}.new`, { recursive: true, verbatimSymlinks: true });
  await rm(target, { recursive: true, force: true });
  await rename(`${target}.new`, target);
  const previous = await readlink(join(root, 'current')).catch(() => undefined);
  await rm(join(root, 'current.new'), { force: true });
  await symlink(join('releases', release), join(root, 'current.new'));
  await rename(join(root, 'current.new'), join(root, 'current')); // the switch is one rename: never half an app
  console.log(`installed ${release} at ${join(root, 'current')}${previous ? ` (was ${previous})` : ''}`);
  await pruneReleases(root, [release, previous?.replace(/^releases\//, '')]);

  if (!values['no-service']) {
    const appDir = join(INSTALL_ROOT, 'current');
    const chromiumPath = values.chromium ?? findChromium();
    const setup = {
      ...DEFAULT_SETUP,
      appDir,
      compiledServer: true,
      nodePath: process.execPath,
      chromiumPath,
      snapChromium: isSnapChromium(chromiumPath),
      dataDir: values['data-dir'],
    };
    checkInstallable(setup, true, existsSync('/run/systemd/system'));
    for (const line of await applyPlan(installPlan(setup, systemUserExists(setup.serviceUser)), undefined))
      console.log(line);
  }
  if (existsSync(join(bundle, 'models'))) {
    const added = await addModels(join(bundle, 'models'), join(dataDir, 'models'));
    console.log(
      `models: ${added.length ? `added ${added.join(', ')}` : 'all already here'} in ${join(dataDir, 'models')}`,
    );
    if (!values['no-service'])
      execFileSync('chown', [
        '-R',
        `${DEFAULT_SETUP.serviceUser}:${DEFAULT_SETUP.serviceUser}`,
        join(dataDir, 'models'),
      ]);
  }
  console.log(
    `data kept in ${dataDir} (certificates, models). Check the kiosk: node ${join(root, 'current', 'build-node', 'cli', 'doctor.js')}`,
  );
}

/** Copies each bundled model the mirror lacks (files already there are kept) and lists it in the mirror's catalog. */
async function addModels(from: string, to: string): Promise<string[]> {
  type Catalog = { models: { id: string }[] };
  const read = async (dir: string): Promise<Catalog> =>
    JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8').catch(() => '{"models":[]}')) as Catalog;
  const bundled = await read(from);
  const catalog = await read(to);
  const added: string[] = [];
  await mkdir(to, { recursive: true });
  for (const model of bundled.models) {
    await cp(join(from, model.id), join(to, model.id), { recursive: true, force: false, errorOnExist: false });
    if (!catalog.models.some((m) => m.id === model.id)) {
      catalog.models.push(model);
      added.push(model.id);
    }
  }
  await writeFile(join(to, 'catalog.json.part'), `${JSON.stringify(catalog, null, 2)}\n`);
  await rename(join(to, 'catalog.json.part'), join(to, 'catalog.json'));
  return added;
}

/** Keeps the current and the previous release (to roll back: point `current` at it); removes older ones. */
async function pruneReleases(root: string, keep: (string | undefined)[]): Promise<void> {
  for (const name of await readdir(join(root, 'releases'))) {
    if (!keep.includes(name)) await rm(join(root, 'releases', name), { recursive: true, force: true });
  }
}

runCommand('install.sh', USAGE, main);
