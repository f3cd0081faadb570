import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureKioskCertificates } from '../../server/certificates.js';
import type { DoctorCheck } from './doctor-check.js';
import { doctorSummary, nodeCheck, runDoctor, type SystemProbe } from './doctor-checks.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DAY = 24 * 3600 * 1000;

/** A kiosk data dir whose server certificate expired long ago and whose one model lacks a shard. */
async function brokenDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tccc-doctor-'));
  await ensureKioskCertificates(
    join(dataDir, 'tls'),
    { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] },
    new Date(Date.now() - 1000 * DAY),
  );
  const dir = join(dataDir, 'models', 'tiny-MLC', 'resolve', 'main');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mlc-chat-config.json'), '{}');
  writeFileSync(join(dir, 'tiny.wasm'), 'wasm');
  const manifest = {
    id: 'tiny-MLC',
    engine: 'webllm',
    baseUrl: 'https://example.invalid/tiny-MLC',
    modelLib: 'https://example.invalid/tiny.wasm',
    variant: { quantization: 'q4f16_1', contextWindow: 1024, requiredFeatures: ['shader-f16'], vramMB: 100 },
    files: [
      { path: 'mlc-chat-config.json', kind: 'config', size: 2 },
      { path: 'tiny.wasm', kind: 'model-lib', size: 4 },
      { path: 'params_shard_0.bin', kind: 'shard', size: 1024 },
    ],
  };
  writeFileSync(join(dataDir, 'models', 'catalog.json'), JSON.stringify({ models: [manifest] }));
  return dataDir;
}

/** Stand-ins on PATH for what only a kiosk has: an unsynchronised clock, a Jetson GPU, an active service, Chromium. */
function fakeBin(): string {
  const bin = mkdtempSync(join(tmpdir(), 'tccc-doctor-bin-'));
  const script = (name: string, body: string) =>
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  script('timedatectl', 'echo no');
  script('nvidia-smi', 'echo "Orin (nvgpu), 540.4.0, 7620 MiB"');
  script('systemctl', 'echo active');
  script('chromium', 'echo "Chromium 140.0.7339.80"');
  return bin;
}

describe('npm run doctor -- --json', () => {
  it('names a bad certificate, a missing shard and an unsynchronised clock, each with its fix; exit 1', async () => {
    const dataDir = await brokenDataDir();
    const bin = fakeBin();
    const args = [
      'src/cli/doctor.ts',
      '--json',
      '--data-dir',
      dataDir,
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--https-port',
      '0',
      '--chromium',
      join(bin, 'chromium'),
      '--model',
      'phi-2-q4f16_1-MLC',
    ];
    const run = promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), args, {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      timeout: 60_000,
    });
    const error = await run.then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(error?.code).toBe(1);
    const checks = JSON.parse(error!.stdout) as DoctorCheck[];
    for (const c of checks) expect(Object.keys(c).sort()).toEqual(['detail', 'fix', 'name', 'ok']);
    const byName = new Map(checks.map((c) => [c.name, c]));
    expect(byName.get('clock')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('not synchronised'),
      fix: expect.stringContaining('timedatectl set-ntp true'),
    });
    expect(byName.get('certificate')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('expired'),
      fix: expect.stringContaining(`delete ${dataDir}/tls/server.crt and restart the kiosk`),
    });
    expect(byName.get('model tiny-MLC')).toMatchObject({
      ok: false,
      detail: 'params_shard_0.bin is missing',
      fix: expect.stringContaining('model:mirror -- tiny-MLC'),
    });
    expect(byName.get('gpu')).toMatchObject({ ok: true, detail: expect.stringContaining('Orin') });
    expect(byName.get('chromium')).toMatchObject({ ok: true, detail: expect.stringContaining('Chromium 140') });
    expect(byName.get('service')).toMatchObject({ ok: true });
    expect(byName.get('node')).toMatchObject({ ok: true });
    for (const c of checks.filter((c) => !c.ok)) expect(c.fix).not.toBe('');
  }, 60_000);
});

const probe = (over: Partial<SystemProbe> = {}): SystemProbe => ({
  nodeVersion: 'v20.19.0',
  clockSynchronized: async () => true,
  freeBytes: async () => 100e9,
  bindProblem: async () => undefined,
  command: async () => undefined,
  lanAddresses: () => [],
  now: () => new Date(),
  ...over,
});

describe('doctor checks', () => {
  it('node: 20.19 and newer pass, older names the fix', () => {
    expect(nodeCheck('v20.19.0').ok).toBe(true);
    expect(nodeCheck('v22.1.0').ok).toBe(true);
    expect(nodeCheck('v20.11.1')).toMatchObject({ ok: false, fix: expect.stringContaining('Node 22') });
  });
  it('a certificate that does not name a LAN address, a busy port and too little disk each fail with a fix', async () => {
    const dataDir = await brokenDataDir();
    await ensureKioskCertificates(join(dataDir, 'tls'), { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] });
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const busyPort = (busy.address() as { port: number }).port;
    const { realSystemProbe } = await import('./system-probe.js');
    const realBind = (host: string, port: number) => realSystemProbe.bindProblem(host, port);
    const checks = await runDoctor(
      {
        dataDir,
        configDir: join(ROOT, 'model-config'),
        host: '127.0.0.1',
        port: busyPort,
        httpsPort: 0,
        modelId: 'phi-2-q4f32_1-MLC',
        verify: false,
        chromiumPath: '/nonexistent/chromium',
      },
      probe({ lanAddresses: () => ['192.0.2.7'], bindProblem: realBind, freeBytes: async () => 1e9 }),
    );
    busy.close();
    const byName = new Map(checks.map((c) => [c.name, c]));
    expect(byName.get('certificate')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('does not name 192.0.2.7'),
      fix: expect.stringContaining('restart the kiosk'),
    });
    expect(byName.get(`port ${busyPort}`)).toMatchObject({ ok: false, detail: expect.stringContaining('in use') });
    expect(byName.get('port 0')).toMatchObject({ ok: true });
    expect(byName.get('disk')).toMatchObject({ ok: false, detail: expect.stringContaining('needs about 1.8 GB more') });
    expect(byName.get('chromium')).toMatchObject({ ok: false, fix: expect.stringContaining('--chromium') });
    expect(byName.get('gpu')?.ok).toBe(false);
    expect(doctorSummary(checks)).toMatch(/^doctor: \d+\/\d+ ok; .*certificate: .*\(npm run doctor for fixes\)$/);
  }, 30_000);
  it('a server certificate not issued by the kiosk CA that tablets trust fails', async () => {
    const dataDir = await brokenDataDir();
    await ensureKioskCertificates(join(dataDir, 'tls'), { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] });
    const other = mkdtempSync(join(tmpdir(), 'tccc-doctor-ca-'));
    await ensureKioskCertificates(other, { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] });
    copyFileSync(join(other, 'ca.crt'), join(dataDir, 'tls', 'ca.crt'));
    const options = {
      dataDir,
      configDir: join(ROOT, 'model-config'),
      host: '127.0.0.1',
      port: 0,
      httpsPort: 0,
      modelId: 'tiny-MLC',
      verify: false,
      chromiumPath: '/x',
      skip: ['node', 'ports', 'gpu', 'chromium', 'service', 'models', 'disk', 'clock'],
    };
    expect(await runDoctor(options, probe())).toEqual([
      expect.objectContaining({ name: 'certificate', ok: false, detail: expect.stringContaining('was not issued by') }),
    ]);
  }, 30_000);
  it('--verify re-hashes: a shard with the right size and wrong bytes fails only then', async () => {
    const dataDir = await brokenDataDir();
    const dir = join(dataDir, 'models', 'tiny-MLC', 'resolve', 'main');
    writeFileSync(join(dir, 'params_shard_0.bin'), Buffer.alloc(1024));
    const catalog = join(dataDir, 'models', 'catalog.json');
    const text = (await import('node:fs'))
      .readFileSync(catalog, 'utf8')
      .replace('"size":1024', `"size":1024,"sha256":"${'0'.repeat(64)}"`);
    writeFileSync(catalog, text);
    const options = {
      dataDir,
      configDir: join(ROOT, 'model-config'),
      host: '127.0.0.1',
      port: 0,
      httpsPort: 0,
      modelId: 'tiny-MLC',
      chromiumPath: '/x',
      skip: ['ports', 'gpu', 'chromium', 'service', 'certificate', 'disk'],
    };
    expect((await runDoctor({ ...options, verify: false }, probe())).find((c) => c.name === 'model tiny-MLC')?.ok).toBe(
      true,
    );
    expect(
      (await runDoctor({ ...options, verify: true }, probe())).find((c) => c.name === 'model tiny-MLC'),
    ).toMatchObject({ ok: false, detail: 'params_shard_0.bin does not match its SHA-256' });
  });
});
