/**
 * `npm run --silent kiosk:pair -- [--data-dir DIR] [--address A] [--https-port N]`: a fresh one-time pairing link
 * (also as a QR code), its last line the link alone. `--token --name NAME` instead registers a device by name and
 * prints its token as the last line: for another kiosk's `--upstream-token`. Works while the kiosk runs.
 */
import { renderUnicodeCompact } from 'uqr';
import { pairingUrl } from '../server/kiosk-server.js';
import { lanIPv4Addresses, urlAuthority } from '../server/network.js';
import { PAIRING_CODE_TTL_MS, createDeviceToken, createPairingCode } from '../server/pairing.js';
import { UsageError, integerOption, parseCommandLine, runCommand } from './cli-args.js';
import { kioskDataDir } from './kiosk/data-dir.js';

const USAGE = `usage: npm run --silent kiosk:pair -- [--data-dir <dir>] [--address <lan-address>] [--https-port 8443]
       npm run --silent kiosk:pair -- --token --name <name> [--data-dir <dir>]`;

async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    'data-dir': { type: 'string' },
    address: { type: 'string' },
    'https-port': { type: 'string' },
    token: { type: 'boolean', default: false },
    name: { type: 'string' },
  });
  const dataDir = kioskDataDir(values['data-dir']);
  if (values.token) {
    if (!values.name?.trim()) throw new UsageError('--token needs --name, the name the Devices list shows');
    const token = await createDeviceToken(dataDir, values.name.trim());
    process.stdout.write(
      `Device "${values.name.trim()}" paired; its token (keep it secret, give it as --upstream-token):\n${token}\n`,
    );
    return;
  }
  const port = integerOption('--https-port', values['https-port'] ?? process.env.HTTPS_PORT, 8443, 1);
  const address = values.address ?? lanIPv4Addresses()[0] ?? 'localhost';
  const link = pairingUrl(`https://${urlAuthority(address, port)}`, await createPairingCode(dataDir));
  const minutes = PAIRING_CODE_TTL_MS / 60_000;
  process.stdout.write(`${renderUnicodeCompact(link)}\nOpen on the tablet once, within ${minutes} minutes:\n${link}\n`);
}

runCommand('kiosk:pair', USAGE, main);
