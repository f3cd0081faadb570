/**
 * `npm run --silent records:import -- [--data-dir DIR] < casualties.jsonl`: takes back what `records:export` printed
 * (or any casualty files, one JSON per line). Every line is checked as the app's Import checks a file, and nothing is
 * stored unless every line is good. A casualty the kiosk holds already is merged, not replaced. Stop the kiosk first
 * (or restart it after): a running kiosk loads the records folder at start.
 */
import { importCasualty, ImportError } from '../records/export.js';
import type { Casualty } from '../records/casualty.js';
import { storeCasualties } from '../server/records-archive.js';
import { parseCommandLine, runCommand } from './cli-args.js';
import { kioskDataDir } from './kiosk/data-dir.js';
import { readStdin } from './stdin.js';

const USAGE = 'usage: npm run --silent records:import -- [--data-dir <dir>] < casualties.jsonl';
/** 200 casualties of the largest size the app makes (4 MB each), with room. */
const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

async function main(): Promise<number> {
  const { values } = parseCommandLine(process.argv.slice(2), { 'data-dir': { type: 'string' } });
  const dataDir = kioskDataDir(values['data-dir']);
  const casualties: Casualty[] = [];
  const problems: string[] = [];
  (await readStdin(MAX_INPUT_BYTES)).split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      casualties.push(importCasualty(JSON.parse(line)));
    } catch (error) {
      const reason = error instanceof ImportError ? error.message : `not JSON: ${(error as Error).message}`;
      problems.push(`line ${index + 1}: ${reason}`);
    }
  });
  if (problems.length) {
    process.stderr.write(`records:import: nothing imported:\n${problems.join('\n')}\n`);
    return 1;
  }
  const { created, merged } = await storeCasualties(dataDir, casualties, 'records:import');
  process.stderr.write(`records:import: ${created} new, ${merged} merged into ${dataDir}/records\n`);
  return 0;
}

runCommand('records:import', USAGE, main);
