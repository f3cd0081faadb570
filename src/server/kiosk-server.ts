import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createKioskApp, type KioskApp } from './app.js';
import { ensureKioskCertificates, loadUserCertificate, subjectAltNames, type TlsMaterial } from './certificates.js';
import type { KioskConfig } from './config.js';
import { PAIR_PATH, registerDeviceRoutes } from './device-routes.js';
import { CA_DOWNLOAD_PATH } from './http-policy.js';
import { checkKeyFolder, checkPrivateKeyFile } from './key-files.js';
import { isLoopbackHost, isWildcardHost, lanIPv4Addresses, machineDnsNames, urlAuthority } from './network.js';
import { createPairingCode } from './pairing.js';
import { startSyncHub, type SyncHub } from './sync-hub.js';
import type { UpstreamStatus } from './upstream-adapter.js';

/** The addresses to give people, as printed at startup. */
export interface KioskUrls {
  /** For the kiosk's own browser (plain HTTP on loopback is a secure context). */
  kiosk: string;
  /** One HTTPS URL per LAN address, for tablets. */
  tablets: string[];
  /** Where a tablet downloads the CA before opening a tablet URL; absent with a user-supplied certificate. */
  caDownload: string[];
}

/** A running kiosk. */
export interface RunningKiosk {
  urls: KioskUrls;
  /** Lines worth telling the operator (certificates generated, names a supplied certificate lacks). */
  notices: string[];
  /** The sync hub serving `/sync` on both servers. */
  hub: SyncHub;
  /** A fresh one-time pairing link for a tablet (HTTPS, on the first LAN address, else localhost). */
  pairingLink(): Promise<string>;
  /** Stop accepting connections and wait for requests in flight (at most `graceMs`, then cut them). */
  close(graceMs?: number): Promise<void>;
}

/** The URLs for a kiosk listening on `host`, given this machine's LAN addresses. */
function kioskUrls(
  config: Pick<KioskConfig, 'host' | 'port' | 'httpsPort'>,
  lanAddresses: readonly string[],
  offersCa: boolean,
): KioskUrls {
  const { host, port, httpsPort } = config;
  const reachable = isWildcardHost(host) ? lanAddresses : lanAddresses.filter((address) => address === host);
  const kioskHost = isWildcardHost(host) || isLoopbackHost(host) ? 'localhost' : host;
  return {
    kiosk: `http://${urlAuthority(kioskHost, port)}`,
    tablets: reachable.map((address) => `https://${urlAuthority(address, httpsPort)}`),
    caDownload: offersCa ? reachable.map((address) => `http://${urlAuthority(address, port)}${CA_DOWNLOAD_PATH}`) : [],
  };
}

/** The link a tablet opens to pair, for a code from {@link createPairingCode}. */
export function pairingUrl(httpsOrigin: string, code: string): string {
  return `${httpsOrigin}${PAIR_PATH}?code=${code}`;
}

/**
 * Prepare certificates and serve `dist/`, the model mirror and the sync endpoint on HTTP and HTTPS.
 * `onUpstreamStatus` hears each change of the upstream link (connected, or unreachable and why).
 */
export async function startKiosk(
  config: KioskConfig,
  onUpstreamStatus?: (status: UpstreamStatus) => void,
): Promise<RunningKiosk> {
  const lanAddresses = lanIPv4Addresses();
  const modelsDir = join(config.dataDir, 'models');
  await mkdir(modelsDir, { recursive: true });
  const distDir = join(config.projectRoot, 'dist');
  if (!config.userCertificate) await checkKeyFolder(join(config.dataDir, 'tls'), [distDir, modelsDir]);
  const { tls, caCert, notices, keyFiles } = await resolveTls(config, lanAddresses);
  for (const key of keyFiles) {
    const notice = await checkPrivateKeyFile(key.path, [distDir, modelsDir], key.owned);
    if (notice) notices.push(notice);
  }

  const shared = { distDir, modelsDir, caCert };
  // Plain HTTP sends a visitor to HTTPS only under a name the certificate carries, so never to a Host someone chose.
  const ownHosts = subjectAltNames(tls.cert).map((name) => name.replace(/^(DNS|IP):/, '').toLowerCase());
  const httpApp = await createKioskApp({ ...shared, redirectToHttps: { port: config.httpsPort, hosts: ownHosts } });
  const httpsApp = await createKioskApp({ ...shared, tls });
  const apps: KioskApp[] = [httpApp, httpsApp];
  const upstream = config.upstream;
  const hub = await startSyncHub({
    dataDir: config.dataDir,
    upstream: upstream && {
      url: upstream.url,
      token: upstream.token,
      ca: upstream.caFile ? await readFile(upstream.caFile, 'utf8') : undefined,
      onStatus: onUpstreamStatus,
    },
  });
  // The HTTPS origin a tablet uses is known once the servers listen (a port 0 is chosen then).
  let httpsOrigin = '';
  const pairingLink = async () => pairingUrl(httpsOrigin, await createPairingCode(config.dataDir));
  registerDeviceRoutes(httpApp, hub, false, pairingLink);
  registerDeviceRoutes(httpsApp, hub, true, pairingLink);
  hub.attach(httpApp.server, { plainHttp: true, relay: config.sync !== false });
  hub.attach(httpsApp.server, { plainHttp: false, relay: config.sync !== false });
  try {
    await httpApp.listen({ host: config.host, port: config.port });
    await httpsApp.listen({ host: config.host, port: config.httpsPort });
  } catch (error) {
    await hub.close();
    await Promise.all(apps.map((app) => app.close()));
    throw error;
  }
  const port = (app: KioskApp) => (app.server.address() as { port: number }).port;
  const listening = { host: config.host, port: port(httpApp), httpsPort: port(httpsApp) };
  const urls = kioskUrls(listening, lanAddresses, caCert !== undefined);
  httpsOrigin = urls.tablets[0] ?? `https://${urlAuthority('localhost', listening.httpsPort)}`;
  return {
    urls,
    notices,
    hub,
    pairingLink,
    close: async (graceMs = 3000) => {
      await hub.close();
      await closeGracefully(apps, graceMs);
    },
  };
}

async function resolveTls(
  config: KioskConfig,
  lanAddresses: readonly string[],
): Promise<{ tls: TlsMaterial; caCert?: string; notices: string[]; keyFiles: { path: string; owned: boolean }[] }> {
  const subject = { dnsNames: machineDnsNames(), ipAddresses: ['127.0.0.1', ...lanAddresses] };
  if (config.userCertificate) {
    const tls = await loadUserCertificate(config.userCertificate.certFile, config.userCertificate.keyFile);
    const names = subjectAltNames(tls.cert);
    const missing = lanAddresses.filter((address) => !names.includes(`IP:${address}`));
    const notices = missing.length
      ? [`Your certificate does not name ${missing.join(', ')}: tablets opening those addresses will see a warning.`]
      : [];
    return { tls, notices, keyFiles: [{ path: config.userCertificate.keyFile, owned: false }] };
  }
  const generated = await ensureKioskCertificates(join(config.dataDir, 'tls'), subject);
  const notices: string[] = [];
  if (generated.generatedCa)
    notices.push(`Created a new local CA in ${generated.dir}: tablets must download and trust it (again).`);
  else if (generated.generatedServerCert)
    notices.push(`Issued a new server certificate for ${subject.ipAddresses.join(', ')}.`);
  const keyFiles = ['ca.key', 'server.key'].map((name) => ({ path: join(generated.dir, name), owned: true }));
  return { tls: generated, caCert: generated.caCert, notices, keyFiles };
}

async function closeGracefully(apps: readonly KioskApp[], graceMs: number): Promise<void> {
  // A tablet mid-way through a model shard would hold close() open for minutes; after the grace period, cut it.
  const timer = setTimeout(() => apps.forEach((app) => app.server.closeAllConnections()), graceMs);
  try {
    await Promise.all(apps.map((app) => app.close()));
  } finally {
    clearTimeout(timer);
  }
}
