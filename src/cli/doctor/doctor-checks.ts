/**
 * `npm run doctor`: each check of a kiosk's health as `{name, ok, detail, fix}`. The checks read the machine through
 * a {@link SystemProbe} (commands, clock sync, disk, ports), so tests can stand in for a Jetson, an unsynchronised
 * clock or a busy port. Nothing here connects to a LAN address: certificates are read from their files.
 */
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatBytes } from '../../model-store/progress.js';
import type { DoctorCheck } from './doctor-check.js';
import { checkMirror, manifestBytes } from './mirror-check.js';

/** What the checks learn from the machine; {@link realSystemProbe} in system-probe.ts is the real one. */
export interface SystemProbe {
  nodeVersion: string;
  /** Whether the clock is NTP-synchronised; undefined when the system cannot tell. */
  clockSynchronized(): Promise<boolean | undefined>;
  freeBytes(dir: string): Promise<number>;
  /** Resolves with undefined when `host:port` can be bound, else the error code (EADDRINUSE, EACCES…). */
  bindProblem(host: string, port: number): Promise<string | undefined>;
  /** Runs a command; undefined when it is not installed or fails. */
  command(file: string, args: string[]): Promise<string | undefined>;
  lanAddresses(): string[];
  now(): Date;
}

export interface DoctorOptions {
  dataDir: string;
  /** model-config/, for the manifest of a model not mirrored yet. */
  configDir: string;
  host: string;
  port: number;
  httpsPort: number;
  /** The model whose download the free disk must hold. */
  modelId: string;
  /** Re-hash every mirrored file (slow: reads every byte). */
  verify: boolean;
  /** A user-supplied certificate, instead of the kiosk's own in `<data-dir>/tls/server.crt`. */
  certFile?: string;
  /** Chromium to look for. */
  chromiumPath: string;
  /** Checks to leave out (the kiosk's start summary skips ports and service: it holds the ports and is the service). */
  skip?: readonly string[];
}

/** Node the dependencies need (vite 8 and rolldown: ^20.19 or >= 22.12); package.json `engines` says the same. */
const MIN_NODE = [20, 19] as const;

const ok = (name: string, detail: string): DoctorCheck => ({ name, ok: true, detail, fix: '' });
const bad = (name: string, detail: string, fix: string): DoctorCheck => ({ name, ok: false, detail, fix });

export async function runDoctor(o: DoctorOptions, sys: SystemProbe): Promise<DoctorCheck[]> {
  const checks: [string, () => Promise<DoctorCheck | DoctorCheck[]>][] = [
    ['node', async () => nodeCheck(sys.nodeVersion)],
    ['clock', () => clockCheck(sys)],
    ['certificate', () => certificateCheck(o, sys)],
    ['models', () => checkMirror(join(o.dataDir, 'models'), o.verify)],
    ['disk', () => diskCheck(o, sys)],
    ['ports', () => portsCheck(o, sys)],
    ['gpu', () => gpuCheck(sys)],
    ['chromium', () => chromiumCheck(o.chromiumPath, sys)],
    ['service', () => serviceCheck(sys)],
  ];
  const results: DoctorCheck[] = [];
  for (const [name, check] of checks) {
    if (o.skip?.includes(name)) continue;
    try {
      results.push(...[await check()].flat());
    } catch (error) {
      results.push(
        bad(name, `the check failed: ${(error as Error).message}`, 'report this with the output of npm run doctor'),
      );
    }
  }
  return results;
}

export function nodeCheck(version: string): DoctorCheck {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const good = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return good
    ? ok('node', `Node ${version}`)
    : bad(
        'node',
        `Node ${version} is older than ${MIN_NODE.join('.')}`,
        'install Node 22 LTS (NodeSource for arm64 on a Jetson)',
      );
}

async function clockCheck(sys: SystemProbe): Promise<DoctorCheck> {
  const synced = await sys.clockSynchronized();
  if (synced) return ok('clock', `synchronised (${sys.now().toISOString()})`);
  const detail =
    synced === false
      ? `not synchronised: ${sys.now().toISOString()} may be wrong`
      : 'cannot tell whether the clock is synchronised';
  return bad(
    'clock',
    `${detail}; record times and certificate dates depend on it`,
    'sudo timedatectl set-ntp true (with network), or set it by hand: sudo timedatectl set-time "YYYY-MM-DD HH:MM:SS"',
  );
}

async function certificateCheck(o: DoctorOptions, sys: SystemProbe): Promise<DoctorCheck> {
  const file = o.certFile ?? join(o.dataDir, 'tls', 'server.crt');
  const renew = o.certFile
    ? `replace ${file} with a valid certificate`
    : `delete ${file} and restart the kiosk (it issues a new one; tablets keep trusting the same CA)`;
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch {
    return bad(
      'certificate',
      `${file} is missing`,
      o.certFile
        ? `check --cert ${file}`
        : 'start the kiosk once (npm start or the service): it creates its certificates',
    );
  }
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch (error) {
    return bad('certificate', `${file} is not a PEM certificate (${(error as Error).message})`, renew);
  }
  const now = sys.now();
  if (now < new Date(cert.validFrom))
    return bad(
      'certificate',
      `${file} is not valid before ${cert.validFrom} (is the clock right?)`,
      `check the clock, then ${renew}`,
    );
  if (now > new Date(cert.validTo)) return bad('certificate', `${file} expired ${cert.validTo}`, renew);
  if (!o.certFile) {
    const caProblem = await caChainProblem(join(o.dataDir, 'tls', 'ca.crt'), cert);
    if (caProblem) return bad('certificate', caProblem, renew);
  }
  const names = (cert.subjectAltName ?? '').split(', ').map((n) => n.replace(/^IP Address:/, 'IP:'));
  const missing = sys.lanAddresses().filter((address) => !names.includes(`IP:${address}`));
  if (missing.length > 0)
    return bad(
      'certificate',
      `${file} does not name ${missing.join(', ')}: tablets opening those addresses see a warning`,
      o.certFile
        ? `issue a certificate that names ${missing.join(', ')}`
        : 'restart the kiosk: it reissues the certificate for its current addresses',
    );
  return ok('certificate', `valid until ${cert.validTo}, names ${names.join(', ')}`);
}

/** Why the kiosk's server certificate does not chain to its CA (which tablets trust), or undefined when it does. */
async function caChainProblem(caFile: string, cert: X509Certificate): Promise<string | undefined> {
  const pem = await readFile(caFile, 'utf8').catch(() => undefined);
  if (pem === undefined) return `${caFile} is missing: tablets have no CA to trust`;
  let ca: X509Certificate;
  try {
    ca = new X509Certificate(pem);
  } catch (error) {
    return `${caFile} is not a PEM certificate (${(error as Error).message})`;
  }
  return cert.checkIssued(ca) && cert.verify(ca.publicKey)
    ? undefined
    : `the server certificate was not issued by ${caFile}: tablets that trust that CA refuse it`;
}

async function diskCheck(o: DoctorOptions, sys: SystemProbe): Promise<DoctorCheck> {
  const { needed, exact } = await manifestBytes(o.configDir, join(o.dataDir, 'models'), o.modelId);
  const free = await sys.freeBytes(o.dataDir);
  const detail = `${formatBytes(free)} free in ${o.dataDir}; ${o.modelId} needs ${exact ? '' : 'about '}${formatBytes(needed)} more`;
  // Keep 10% over the download for the .part files a resumed mirror writes beside them.
  return free >= needed * 1.1
    ? ok('disk', detail)
    : bad(
        'disk',
        detail,
        `free space on the disk holding ${o.dataDir}, or mirror a smaller build (npm run doctor -- --model <id>)`,
      );
}

async function portsCheck(o: DoctorOptions, sys: SystemProbe): Promise<DoctorCheck[]> {
  const results: DoctorCheck[] = [];
  for (const [flag, port] of [
    ['--port', o.port],
    ['--https-port', o.httpsPort],
  ] as const) {
    const problem = await sys.bindProblem(o.host, port);
    const name = `port ${port}`;
    if (!problem) results.push(ok(name, `${o.host}:${port} is free`));
    else if (problem === 'EADDRINUSE')
      results.push(
        bad(
          name,
          `${o.host}:${port} is in use (by the kiosk service, if it runs: then this is expected)`,
          `if the service is not running: find the program (sudo ss -ltnp 'sport = :${port}') or start the kiosk with ${flag} <other>`,
        ),
      );
    else
      results.push(
        bad(
          name,
          `cannot listen on ${o.host}:${port} (${problem})`,
          port < 1024
            ? `use a port above 1023 (${flag}), or install the service (it may bind low ports)`
            : `check --host ${o.host}`,
        ),
      );
  }
  return results;
}

async function gpuCheck(sys: SystemProbe): Promise<DoctorCheck> {
  const smi = await sys.command('nvidia-smi', [
    '--query-gpu=name,driver_version,memory.total',
    '--format=csv,noheader',
  ]);
  if (smi?.trim()) return ok('gpu', `NVIDIA ${smi.trim()}`);
  const tegra = await sys.command('cat', ['/etc/nv_tegra_release']);
  if (tegra?.trim()) return ok('gpu', `Jetson: ${tegra.trim().split('\n')[0]}`);
  if (await sys.command('tegrastats', ['--help'])) return ok('gpu', 'Jetson (tegrastats present)');
  return bad(
    'gpu',
    'no NVIDIA GPU found (no nvidia-smi, no /etc/nv_tegra_release): the kiosk runs the small CPU model or the rules engine',
    'on a Jetson, flash JetPack (it brings the driver); elsewhere install the NVIDIA driver and Vulkan (libvulkan1)',
  );
}

async function chromiumCheck(path: string, sys: SystemProbe): Promise<DoctorCheck> {
  const version = await sys.command(path, ['--version']);
  if (!version)
    return bad(
      'chromium',
      `no working Chromium at ${path}`,
      'install Chromium (README "Setting up a Jetson kiosk") or give its path: --chromium <path>',
    );
  const snap = path.startsWith('/snap/') || /snap/i.test(version);
  return ok(
    'chromium',
    `${version.trim()} at ${path}${snap ? ' (snap: its confinement may hide the GPU driver; see README if WebGPU stays off)' : ''}`,
  );
}

async function serviceCheck(sys: SystemProbe): Promise<DoctorCheck> {
  const state = (await sys.command('systemctl', ['is-active', 'tccc-scribe.service']))?.trim();
  if (state === 'active') return ok('service', 'tccc-scribe.service is active');
  const enabled = (await sys.command('systemctl', ['is-enabled', 'tccc-scribe.service']))?.trim();
  if (!enabled) return bad('service', 'tccc-scribe.service is not installed', 'sudo npm run kiosk:install');
  return bad(
    'service',
    `tccc-scribe.service is ${state ?? 'not active'} (${enabled})`,
    'sudo systemctl restart tccc-scribe; logs: journalctl -u tccc-scribe -n 50',
  );
}

/** The one line the kiosk prints at start: how many checks passed and what fails. */
export function doctorSummary(checks: readonly DoctorCheck[]): string {
  const failing = checks.filter((c) => !c.ok);
  const head = `doctor: ${checks.length - failing.length}/${checks.length} ok`;
  return failing.length === 0
    ? head
    : `${head}; ${failing.map((c) => `${c.name}: ${c.detail}`).join('; ')} (npm run doctor for fixes)`;
}
