/**
 * `npm run kiosk:bundle [-- --models <data-dir>/models] [--out bundles]`: one .tar.gz to install or update a kiosk
 * with no network (see src/cli/kiosk/bundle.ts). On the kiosk: `tar -xzf tccc-scribe-<release>.tar.gz &&
 * sudo ./tccc-scribe-<release>/install.sh`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, staleBuildReason } from '../server/app-build.js';
import { parseCommandLine, runCommand, UsageError } from './cli-args.js';
import { buildBundle } from './kiosk/bundle.js';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USAGE =
  'usage: npm run kiosk:bundle -- [--models <data-dir>/models] [--out bundles] [--dist <built app>] [--release <name>]';

async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    models: { type: 'string' },
    out: { type: 'string', default: 'bundles' },
    dist: { type: 'string' },
    release: { type: 'string' },
  });
  if (values.models && !existsSync(join(values.models, 'catalog.json')))
    throw new UsageError(
      `--models ${values.models} has no catalog.json: give a mirror's models folder (e.g. .kiosk/models)`,
    );
  const distDir = resolve(values.dist ?? join(PROJECT_ROOT, 'dist'));
  if (!values.dist) {
    const reason = await staleBuildReason(PROJECT_ROOT, distDir);
    if (reason) {
      console.log(`Building the app (${reason})...`);
      await buildApp(PROJECT_ROOT);
    }
  }
  const archive = await buildBundle({
    projectRoot: PROJECT_ROOT,
    distDir,
    outDir: resolve(values.out),
    ...(values.models ? { modelsDir: resolve(values.models) } : {}),
    ...(values.release ? { release: values.release } : {}),
    log: (line) => console.log(line),
  });
  const top = archive.replace(/^.*\//, '').replace(/\.tar\.gz$/, '');
  console.log(`wrote ${archive}\nOn the kiosk (no network needed): tar -xzf ${top}.tar.gz && sudo ./${top}/install.sh`);
}

runCommand('kiosk:bundle', USAGE, main);
