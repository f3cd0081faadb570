/**
 * The offline install, as a kiosk owner does it: build the bundle once, unpack it, install it with the network cut
 * off (`unshare -rn`: a new network namespace holding only loopback), start the installed server on 127.0.0.1 and
 * load the app (GET / and its JS); then install the same bundle again as an update and find the data kept.
 * The app is a two-file stand-in for dist/ so the test does not spend minutes in Vite's app build; the server,
 * its dependencies and the install path are the real ones.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBundle, runtimeModules } from './bundle.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs inside the network namespace: install twice, start, fetch, report as JSON on stdout. */
const IN_NAMESPACE = String.raw`
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [bundleDir, prefix] = process.argv.slice(2);
const report = { links: execFileSync('ip', ['-o', 'link']).toString().trim().split('\n').map((l) => l.split(': ')[1]) };
const install = () => execFileSync(join(bundleDir, 'install.sh'), ['--prefix', prefix, '--no-service'], { encoding: 'utf8' });
report.firstInstall = install();
const dataDir = join(prefix, 'var/lib/tccc-scribe');
const app = join(prefix, 'opt/tccc-scribe/current');
const child = spawn(process.execPath, [join(app, 'build-node/cli/start.js'), '--no-build', '--host', '127.0.0.1', '--port', '0', '--https-port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => (out += d));
const deadline = Date.now() + 60_000;
while (!/doctor: /.test(out) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
const port = /On this kiosk: +http:\/\/localhost:(\d+)/.exec(out)?.[1];
if (port) {
  const page = await fetch('http://127.0.0.1:' + port + '/');
  report.index = { status: page.status, body: await page.text() };
  const js = await fetch('http://127.0.0.1:' + port + '/assets/app.js');
  report.asset = { status: js.status, type: js.headers.get('content-type'), body: await js.text() };
}
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
report.output = out;
report.tlsAfterStart = existsSync(join(dataDir, 'tls/ca.key'));
writeFileSync(join(dataDir, 'tls/ca.key.mark'), 'kept');
report.update = install();
report.tlsKept = readFileSync(join(dataDir, 'tls/ca.key.mark'), 'utf8') === 'kept' && existsSync(join(dataDir, 'tls/ca.key'));
report.models = JSON.parse(readFileSync(join(dataDir, 'models/catalog.json'), 'utf8')).models.map((m) => m.id);
const doctor = spawnSync('npm', ['run', '--silent', 'doctor', '--', '--json', '--data-dir', dataDir, '--port', '0', '--https-port', '0'], { cwd: app, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
report.doctor = JSON.parse(doctor.stdout || '[]');
const review = join(prefix, 'review');
spawnSync('npm', ['run', '--silent', 'kiosk:install', '--', '--dry-run', '--prefix', review, '--chromium', process.execPath], { cwd: app, env: { ...process.env, npm_config_update_notifier: 'false' } });
report.serviceUnit = readFileSync(join(review, 'etc/systemd/system/tccc-scribe.service'), 'utf8');
console.log(JSON.stringify(report));
`;

describe('npm run kiosk:bundle, installed with no network', () => {
  it('installs, starts on loopback and serves the app; an update keeps the data; nothing native is packed', async () => {
    const work = mkdtempSync(join(tmpdir(), 'tccc-bundle-test-'));
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>TCCC Scribe</title><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(dist, 'assets/app.js'), 'console.log("tccc app");\n');
    const models = join(work, 'models');
    mkdirSync(join(models, 'tiny-MLC/resolve/main'), { recursive: true });
    writeFileSync(join(models, 'tiny-MLC/resolve/main/config.json'), '{}');
    const manifest = {
      id: 'tiny-MLC',
      engine: 'transformers',
      baseUrl: 'https://example.invalid/tiny',
      variant: { quantization: 'q4', contextWindow: 512, requiredFeatures: [], vramMB: 0 },
      files: [{ path: 'config.json', kind: 'config', size: 2 }],
    };
    writeFileSync(join(models, 'catalog.json'), JSON.stringify({ models: [manifest] }));

    const archive = await buildBundle({
      projectRoot: ROOT,
      distDir: dist,
      modelsDir: models,
      outDir: join(work, 'out'),
      release: '0.1.0-test',
    });
    expect(archive).toBe(join(work, 'out', 'tccc-scribe-0.1.0-test.tar.gz'));
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
    const bundleDir = join(unpacked, 'tccc-scribe-0.1.0-test');
    expect(readdirSync(bundleDir).sort()).toEqual(['RELEASE', 'app', 'install.sh', 'models']);

    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'timedatectl'), '#!/bin/sh\necho no\n', { mode: 0o755 });
    writeFileSync(join(work, 'in-namespace.mjs'), IN_NAMESPACE);
    const prefix = join(work, 'kiosk');
    // unshare -rn: a user and network namespace with only a loopback link (brought up here): no route anywhere else.
    const r = spawnSync(
      'unshare',
      [
        '-rn',
        'sh',
        '-c',
        'ip link set lo up && exec "$0" "$@"',
        process.execPath,
        join(work, 'in-namespace.mjs'),
        bundleDir,
        prefix,
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      },
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Record<string, unknown> & {
      links: string[];
      index: { status: number; body: string };
      asset: { status: number; type: string; body: string };
      output: string;
    };
    expect(report.links).toEqual(['lo']);
    expect(report.firstInstall).toContain('installed 0.1.0-test');
    expect(report.index).toEqual({ status: 200, body: expect.stringContaining('<title>TCCC Scribe</title>') });
    expect(report.asset).toMatchObject({
      status: 200,
      type: expect.stringContaining('javascript'),
      body: 'console.log("tccc app");\n',
    });
    expect(report.output).toMatch(/^doctor: \d+\/\d+ ok; .*clock: not synchronised/m);
    expect(report.output).toContain('Warning: the system clock is not known to be synchronised');
    expect(report.tlsAfterStart).toBe(true);
    expect(report.update).toContain('installed 0.1.0-test at');
    expect(report.tlsKept).toBe(true);
    expect(report.models).toEqual(['tiny-MLC']);
    // The kiosk owner's commands work from the installed release: npm run doctor there runs the compiled doctor.
    // kiosk:install run from the installed release names the `current` link, not the release folder Node resolved.
    expect(report.serviceUnit).toContain(
      `ExecStart=${process.execPath} ${prefix}/opt/tccc-scribe/current/build-node/cli/start.js --no-build`,
    );
    expect(report.doctor).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'certificate', ok: true }),
        expect.objectContaining({ name: 'model tiny-MLC', ok: true }),
      ]),
    );
  }, 180_000);

  it('packs a dependency closure resolved as Node resolves it (nested copies win over hoisted ones)', () => {
    const lock = {
      packages: {
        '': { dependencies: { a: '1' } },
        'node_modules/a': {
          dependencies: { b: '2', c: '1' },
          optionalDependencies: { gone: '1', 'cbor-extract': '2' },
        },
        'node_modules/cbor-extract': {},
        'node_modules/a/node_modules/b': {},
        'node_modules/b': {},
        'node_modules/c': { peerDependencies: { b: '*' } },
        'node_modules/unused': {},
      },
    };
    expect(runtimeModules(lock, ['a'])).toEqual([
      'node_modules/a',
      'node_modules/a/node_modules/b',
      'node_modules/b',
      'node_modules/c',
    ]);
    expect(() => runtimeModules(lock, ['missing'])).toThrow(/imports missing, which is not installed/);
  });
});
