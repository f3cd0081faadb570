import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIOSK_FLAGS, WEBGPU_FLAGS } from '../../engines/chromium-webgpu-flags.js';
import { isSnapChromium } from './find-chromium.js';
import { BROWSER_LAUNCHER, BROWSER_UNIT, kioskFiles, SERVER_UNIT, type KioskSetup } from './kiosk-files.js';
import { applyPlan, checkInstallable, installPlan, uninstallPlan } from './kiosk-install-plan.js';

const SETUP: KioskSetup = {
  appDir: '/opt/tccc-scribe/current',
  compiledServer: true,
  nodePath: '/usr/bin/node',
  chromiumPath: '/usr/bin/chromium',
  serviceUser: 'tccc-scribe',
  dataDir: '/var/lib/tccc-scribe',
  port: 8080,
  httpsPort: 8443,
};
const file = (path: string, setup = SETUP) => kioskFiles(setup).find((f) => f.path === path)!.content;
/** `key=value` lines of a unit file's section. */
function section(unit: string, name: string): Map<string, string[]> {
  const body = unit.split(/^\[/m).find((s) => s.startsWith(`${name}]`)) ?? '';
  const map = new Map<string, string[]>();
  for (const line of body.split('\n').slice(1)) {
    const m = /^(\w+)=(.*)$/.exec(line);
    if (m) map.set(m[1], [...(map.get(m[1]) ?? []), m[2]]);
  }
  return map;
}

describe('the kiosk server service', () => {
  const unit = file(SERVER_UNIT);
  it('runs the compiled server as the service user on the data dir, restarts on failure, starts at boot, logs to the journal', () => {
    const service = section(unit, 'Service');
    expect(service.get('ExecStart')).toEqual([
      '/usr/bin/node /opt/tccc-scribe/current/build-node/cli/start.js --no-build --data-dir /var/lib/tccc-scribe --port 8080 --https-port 8443',
    ]);
    expect(service.get('User')).toEqual(['tccc-scribe']);
    expect(service.get('Restart')).toEqual(['on-failure']);
    expect(service.get('StandardOutput')).toEqual(['journal']);
    expect(service.get('ReadWritePaths')).toEqual(['/var/lib/tccc-scribe']);
    expect(service.get('ProtectSystem')).toEqual(['strict']);
    expect(service.has('AmbientCapabilities')).toBe(false);
    expect(section(unit, 'Install').get('WantedBy')).toEqual(['multi-user.target']);
  });
  it('runs the TypeScript sources through tsx from a checkout, and may bind ports under 1024', () => {
    const checkout = file(SERVER_UNIT, {
      ...SETUP,
      appDir: '/home/me/tccc scribe',
      compiledServer: false,
      port: 80,
      httpsPort: 443,
    });
    expect(section(checkout, 'Service').get('ExecStart')).toEqual([
      '/usr/bin/node --import tsx "/home/me/tccc scribe/src/cli/start.ts" --no-build --data-dir /var/lib/tccc-scribe --port 80 --https-port 443',
    ]);
    expect(section(checkout, 'Service').get('AmbientCapabilities')).toEqual(['CAP_NET_BIND_SERVICE']);
  });
});

describe('the kiosk browser', () => {
  const launcher = file(BROWSER_LAUNCHER);
  it('explains each WebGPU and kiosk flag in a comment', () => {
    for (const { flag, why } of [...WEBGPU_FLAGS, ...KIOSK_FLAGS])
      expect(launcher).toContain(`# ${why}\nset -- "$@" ${flag}\n`);
  });
  it('waits for the server, then starts Chromium with every flag, a persistent profile and the kiosk URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tccc-launcher-'));
    const fakeChromium = join(dir, 'chromium');
    writeFileSync(fakeChromium, `#!/bin/sh\nfor a in "$@"; do echo "$a"; done > ${dir}/args\n`, { mode: 0o755 });
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    const script = join(dir, 'kiosk-browser.sh');
    writeFileSync(
      script,
      file(BROWSER_LAUNCHER, { ...SETUP, port, chromiumPath: fakeChromium, nodePath: process.execPath }),
      { mode: 0o755 },
    );
    const status = await new Promise<number | null>((done) =>
      spawn(script, [], { env: { ...process.env, HOME: dir, XDG_DATA_HOME: '' }, stdio: 'ignore' }).on('exit', done),
    );
    server.close();
    expect(status).toBe(0);
    const args = readFileSync(join(dir, 'args'), 'utf8').trim().split('\n');
    expect(args).toEqual([
      `--user-data-dir=${dir}/.local/share/tccc-scribe/chromium`,
      ...WEBGPU_FLAGS.map((f) => f.flag),
      ...KIOSK_FLAGS.map((f) => f.flag),
      `http://localhost:${port}/`,
    ]);
    expect(args).toContain('--enable-unsafe-webgpu');
    expect(args).toContain('--enable-features=Vulkan,VulkanFromANGLE,DefaultANGLEVulkan');
    expect(args).toContain('--kiosk');
    // Chromium takes only the last --enable-features: there must be exactly one.
    expect(args.filter((a) => a.startsWith('--enable-features='))).toHaveLength(1);
  }, 30_000);
  it("keeps the snap's profile where a snap may write, and recognises Ubuntu's wrapper script as the snap", () => {
    expect(file(BROWSER_LAUNCHER, { ...SETUP, snapChromium: true })).toContain(
      'PROFILE="$HOME/snap/chromium/common/tccc-scribe"',
    );
    const dir = mkdtempSync(join(tmpdir(), 'tccc-snap-'));
    writeFileSync(join(dir, 'chromium-browser'), '#!/bin/sh\nexec /snap/bin/chromium "$@"\n');
    expect(isSnapChromium(join(dir, 'chromium-browser'))).toBe(true);
    expect(isSnapChromium('/snap/bin/chromium')).toBe(true);
    expect(isSnapChromium(process.execPath)).toBe(false);
  });
  it('is restarted whenever it ends, in the graphical session', () => {
    const unit = file(BROWSER_UNIT);
    expect(section(unit, 'Service').get('ExecStart')).toEqual([BROWSER_LAUNCHER]);
    expect(section(unit, 'Service').get('Restart')).toEqual(['always']);
    expect(section(unit, 'Install').get('WantedBy')).toEqual(['graphical-session.target']);
  });
});

describe('install and uninstall plans', () => {
  it('a dry run writes every file under the prefix and runs nothing; uninstall removes them and keeps the data', async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'tccc-install-'));
    const ran: string[][] = [];
    const lines = await applyPlan(installPlan(SETUP, false), prefix, (argv) => ran.push(argv));
    expect(ran).toEqual([]);
    for (const path of [SERVER_UNIT, BROWSER_UNIT, BROWSER_LAUNCHER])
      expect(readFileSync(join(prefix, path), 'utf8')).toBe(file(path));
    expect(statSync(join(prefix, BROWSER_LAUNCHER)).mode & 0o777).toBe(0o755);
    expect(lines).toContain('would run: systemctl enable --now tccc-scribe.service');
    expect(lines).toContain(
      'would run: useradd --system --user-group --home-dir /var/lib/tccc-scribe --no-create-home --shell /usr/sbin/nologin tccc-scribe',
    );

    mkdirSync(join(prefix, SETUP.dataDir, 'tls'), { recursive: true });
    await applyPlan(uninstallPlan(), prefix, (argv) => ran.push(argv));
    for (const path of [SERVER_UNIT, BROWSER_UNIT, BROWSER_LAUNCHER])
      expect(existsSync(join(prefix, path))).toBe(false);
    expect(existsSync(join(prefix, SETUP.dataDir, 'tls'))).toBe(true);
    expect(ran).toEqual([]);
  });
  it('a real run runs the commands in order: uninstall disables before it removes the unit files', async () => {
    const ran: string[][] = [];
    await applyPlan({ ...uninstallPlan(), remove: [] }, undefined, (argv) => ran.push(argv));
    expect(ran.map((a) => a.join(' '))).toEqual([
      'systemctl disable --now tccc-scribe.service',
      'systemctl --global disable tccc-scribe-browser.service',
      'systemctl daemon-reload',
    ]);
  });
  it('npm run kiosk:install -- --dry-run --prefix <dir> from the command line; unknown flags refused', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const prefix = mkdtempSync(join(tmpdir(), 'tccc-install-cli-'));
    const tsx = join(root, 'node_modules/.bin/tsx');
    const r = spawnSync(
      tsx,
      ['src/cli/kiosk-install.ts', '--dry-run', '--prefix', prefix, '--chromium', '/usr/bin/chromium'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(prefix, SERVER_UNIT), 'utf8')).toContain(`--import tsx ${root}src/cli/start.ts`);
    const bad = spawnSync(tsx, ['src/cli/kiosk-install.ts', '--dry-run', '--prefix', prefix, '--port', 'eighty'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--port must be a whole number of at least 1, got "eighty"');
  }, 60_000);
});

describe('a real install refuses, saying what to do', () => {
  const appDir = mkdtempSync(join(tmpdir(), 'tccc-app-'));
  const setup = { ...SETUP, appDir, chromiumPath: process.execPath };
  it('not root, no systemd, no built app, no Chromium', () => {
    expect(() => checkInstallable(setup, false, true)).toThrow('run as root: sudo npm run kiosk:install');
    expect(() => checkInstallable(setup, true, false)).toThrow(/does not run systemd/);
    expect(() => checkInstallable(setup, true, true)).toThrow(
      `${appDir}/dist/index.html is missing: run npm run build first`,
    );
    mkdirSync(join(appDir, 'dist'));
    writeFileSync(join(appDir, 'dist/index.html'), '');
    expect(() => checkInstallable({ ...setup, chromiumPath: '/nonexistent/chromium' }, true, true)).toThrow(
      /no Chromium at \/nonexistent\/chromium: .*--chromium <path>/,
    );
    expect(() => checkInstallable(setup, true, true)).not.toThrow();
  });
});
