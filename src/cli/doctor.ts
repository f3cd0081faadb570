/**
 * `npm run doctor [-- --json] [--verify]`: checks this machine as a kiosk and says, for each failure, how to fix it.
 * `--json` prints an array of `{"name","ok","detail","fix"}`. Exit status: 0 all ok, 1 something failed, 2 bad usage.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, parseCommandLine, runCommand } from './cli-args.js';
import { runDoctor, type DoctorOptions } from './doctor/doctor-checks.js';
import { realSystemProbe } from './doctor/system-probe.js';
import { findChromium } from './kiosk/find-chromium.js';
import { kioskDataDir } from './kiosk/data-dir.js';
import { DEFAULT_SETUP } from './kiosk/kiosk-files.js';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = `usage: npm run --silent doctor -- [--json] [--verify] [--model phi-2-q4f16_1-MLC] [--data-dir <dir>] [--host 0.0.0.0]
                 [--port 8080] [--https-port 8443] [--cert <file>] [--chromium <path>]
  --data-dir defaults to KIOSK_DATA_DIR, else ${DEFAULT_SETUP.dataDir} where the service is installed, else .kiosk`;

async function main(): Promise<number> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    json: { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    model: { type: 'string', default: 'phi-2-q4f16_1-MLC' },
    'data-dir': { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'https-port': { type: 'string' },
    cert: { type: 'string' },
    chromium: { type: 'string' },
  });
  const env = process.env;
  const options: DoctorOptions = {
    dataDir: kioskDataDir(values['data-dir'], env),
    configDir: resolve(PROJECT_ROOT, 'model-config'),
    host: values.host ?? env.HOST ?? '0.0.0.0',
    port: integerOption('--port', values.port ?? env.PORT, DEFAULT_SETUP.port, 0),
    httpsPort: integerOption('--https-port', values['https-port'] ?? env.HTTPS_PORT, DEFAULT_SETUP.httpsPort, 0),
    modelId: values.model,
    verify: values.verify,
    ...((values.cert ?? env.KIOSK_CERT) ? { certFile: resolve((values.cert ?? env.KIOSK_CERT)!) } : {}),
    chromiumPath: values.chromium ?? findChromium(),
  };
  const checks = await runDoctor(options, realSystemProbe);
  if (values.json) process.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  else {
    for (const c of checks) {
      process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(14)} ${c.detail}\n`);
      if (!c.ok) process.stdout.write(`     ${''.padEnd(14)} fix: ${c.fix}\n`);
    }
  }
  return checks.every((c) => c.ok) ? 0 : 1;
}

runCommand('doctor', USAGE, main);
