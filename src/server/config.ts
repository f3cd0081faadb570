import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Everything `npm start` needs to know, resolved from flags, environment and defaults (in that order). */
export interface KioskConfig {
  /** Listen address for both servers; 0.0.0.0 = all interfaces. */
  host: string;
  /** Plain-HTTP port: the kiosk's own browser uses http://localhost:port. */
  port: number;
  /** HTTPS port: tablets on the LAN need a secure context for the service worker and WebGPU. */
  httpsPort: number;
  /** Absolute folder for generated certificates (`tls/`) and the model mirror (`models/`). */
  dataDir: string;
  /** Build the app first when `dist/` is missing or older than its sources. */
  build: boolean;
  /** A user-supplied certificate and key (PEM files); when absent the kiosk generates its own. */
  userCertificate?: { certFile: string; keyFile: string };
  /** The project root: the Vite root and where `dist/` lives. */
  projectRoot: string;
  /** Serve `/sync` (the default); without it every browser keeps its casualties to itself. */
  sync?: boolean;
  /** Another sync server this kiosk is a client of (#13.5). */
  upstream?: { url: string; token?: string; caFile?: string };
  /** Print usage and exit. */
  help: boolean;
}

/** Thrown for flags or environment values that cannot be used; the CLI prints the message and the usage. */
export class KioskConfigError extends Error {
  override name = 'KioskConfigError';
}

export const KIOSK_USAGE = `Usage: npm start -- [options]

  --port <n>         HTTP port for the kiosk itself (env PORT, default 8080)
  --https-port <n>   HTTPS port for tablets on the LAN (env HTTPS_PORT, default 8443)
  --host <addr>      listen address (env HOST, default 0.0.0.0 = every interface)
  --data-dir <dir>   generated certificates and model files (env KIOSK_DATA_DIR, default .kiosk)
  --cert <file>      your own PEM certificate for HTTPS (env KIOSK_CERT; needs --key)
  --key <file>       its PEM private key (env KIOSK_KEY)
  --upstream <url>   also sync with another sync server, e.g. wss://aid-station:8443/sync (env KIOSK_UPSTREAM)
  --upstream-token <t>  this kiosk's device token there (env KIOSK_UPSTREAM_TOKEN, which keeps it out of ps)
  --upstream-ca <file>  PEM of the CA that signed its certificate (another kiosk's tls/ca.crt)
  --no-build         serve dist/ as it is, without building it first
  --no-sync          serve no /sync: each browser keeps its casualties to itself (the e2e suite's kiosk)
  --help             show this text`;

/** Resolve the kiosk configuration; relative paths are taken from `cwd`. */
export function parseKioskConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  projectRoot: string,
  cwd = process.cwd(),
): KioskConfig {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'https-port': { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        upstream: { type: 'string' },
        'upstream-token': { type: 'string' },
        'upstream-ca': { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'no-sync': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new KioskConfigError((error as Error).message);
  }
  const port = parsePort('--port / PORT', values.port ?? env.PORT, 8080);
  const httpsPort = parsePort('--https-port / HTTPS_PORT', values['https-port'] ?? env.HTTPS_PORT, 8443);
  // Port 0 means "any free port", so two zeros are not a clash.
  if (port === httpsPort && port !== 0) throw new KioskConfigError(`HTTP and HTTPS cannot share port ${port}`);
  const certFile = values.cert ?? env.KIOSK_CERT;
  const keyFile = values.key ?? env.KIOSK_KEY;
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw new KioskConfigError('--cert and --key (KIOSK_CERT, KIOSK_KEY) must be given together');
  }
  const upstream = parseUpstream(
    values.upstream ?? env.KIOSK_UPSTREAM,
    values['upstream-token'] ?? env.KIOSK_UPSTREAM_TOKEN,
    values['upstream-ca'],
    cwd,
  );
  return {
    host: values.host ?? env.HOST ?? '0.0.0.0',
    port,
    httpsPort,
    dataDir: resolve(cwd, values['data-dir'] ?? env.KIOSK_DATA_DIR ?? resolve(projectRoot, '.kiosk')),
    build: !values['no-build'],
    ...(values['no-sync'] ? { sync: false } : {}),
    ...(certFile && keyFile
      ? { userCertificate: { certFile: resolve(cwd, certFile), keyFile: resolve(cwd, keyFile) } }
      : {}),
    projectRoot,
    ...(upstream ? { upstream } : {}),
    help: values.help,
  };
}

function parseUpstream(
  url: string | undefined,
  token: string | undefined,
  caFile: string | undefined,
  cwd: string,
): KioskConfig['upstream'] {
  if (!url) {
    if (token || caFile) throw new KioskConfigError('--upstream-token and --upstream-ca need --upstream');
    return undefined;
  }
  const parsed = URL.parse(url);
  if (!parsed || (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:'))
    throw new KioskConfigError(`--upstream must be a ws:// or wss:// URL, got "${url}"`);
  // A token in the URL would end up in logs and process lists: it goes in --upstream-token only.
  if (parsed.username || parsed.password || parsed.search)
    throw new KioskConfigError(
      '--upstream must not carry credentials or a query: give the token with --upstream-token',
    );
  return { url, ...(token ? { token } : {}), ...(caFile ? { caFile: resolve(cwd, caFile) } : {}) };
}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new KioskConfigError(`${name} must be a port number 0-65535, got "${raw}"`);
  return port;
}
