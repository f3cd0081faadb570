/**
 * `npm run --silent records:export -- [--data-dir DIR]`: every casualty the kiosk holds, one JSON line each, in the
 * app's casualty-file format (what Export on the Record view writes), for backup and audit. Deleted casualties are
 * included, with their `deletedAt`.
 */
import { exportCasualty } from '../records/export.js';
import { readStoredCasualties } from '../server/records-archive.js';
import { parseCommandLine, runCommand } from './cli-args.js';
import { kioskDataDir } from './kiosk/data-dir.js';

const USAGE = 'usage: npm run --silent records:export -- [--data-dir <dir>]   (default KIOSK_DATA_DIR, else .kiosk)';

async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), { 'data-dir': { type: 'string' } });
  for (const casualty of await readStoredCasualties(kioskDataDir(values['data-dir'])))
    process.stdout.write(`${JSON.stringify(exportCasualty(casualty))}\n`);
}

runCommand('records:export', USAGE, main);
