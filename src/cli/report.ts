/**
 * Prints a report for a casualty read from stdin:
 *   npm run --silent report -- --kind card|9line|zmist < record.json
 * Input is a bare TCCC record (record.schema.json) or a casualty exported by the app.
 * Exit status: 0 printed, 1 bad input, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { ImportError, reportInputFromJson } from '../records/export.js';
import { REPORT_KINDS, reportText, type ReportKind } from '../tccc/reports/index.js';
import { readStdin } from './stdin.js';

const USAGE = `usage: npm run --silent report -- --kind ${REPORT_KINDS.join('|')} < record.json`;

function fail(code: number, message: string): never {
  process.stderr.write(`report: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let kind: string | undefined;
  try {
    ({
      values: { kind },
    } = parseArgs({ options: { kind: { type: 'string' } }, strict: true }));
  } catch (e) {
    fail(2, `${(e as Error).message}\n${USAGE}`);
  }
  if (!REPORT_KINDS.includes(kind as ReportKind))
    fail(2, `${kind === undefined ? 'missing --kind' : `unknown kind "${kind}"`}\n${USAGE}`);
  if (process.stdin.isTTY) fail(2, `no input on stdin\n${USAGE}`);
  const text = await readStdin();
  if (!text.trim()) fail(1, 'empty input: expected a TCCC record or casualty export as JSON');
  try {
    process.stdout.write(`${reportText(kind as ReportKind, reportInputFromJson(text))}\n`);
  } catch (e) {
    if (e instanceof ImportError) fail(1, e.message);
    throw e;
  }
}

await main();
