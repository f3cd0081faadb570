import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files and folders (relative to the project root) whose changes change the built app. */
const APP_INPUTS = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'public',
  'src',
  'model-config',
];
/** Node-only or test code under src/ that never reaches the bundle, so editing it needs no rebuild. */
const NOT_BUNDLED = [/^src\/(server|cli)\//, /\.test\.ts$/];

/** Why `dist/` must be (re)built, or undefined when it is up to date. */
export async function staleBuildReason(projectRoot: string, distDir: string): Promise<string | undefined> {
  const builtAt = await mtimeOf(join(distDir, 'index.html'));
  if (builtAt === undefined) return `${relative(projectRoot, distDir) || 'dist'}/index.html is missing`;
  for (const input of APP_INPUTS) {
    for (const file of await filesUnder(projectRoot, input)) {
      const changedAt = await mtimeOf(join(projectRoot, file));
      if (changedAt !== undefined && changedAt > builtAt) return `${file} changed since the last build`;
    }
  }
  return undefined;
}

/** Build the app with Vite's programmatic API, using the project's vite.config.ts. */
export async function buildApp(projectRoot: string): Promise<void> {
  // Imported here so a `--no-build` start never loads Vite.
  const { build } = await import('vite');
  await build({ root: projectRoot, logLevel: 'warn' });
}

async function filesUnder(projectRoot: string, input: string): Promise<string[]> {
  const path = join(projectRoot, input);
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [input];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !NOT_BUNDLED.some((pattern) => pattern.test(file)));
}

async function mtimeOf(path: string): Promise<number | undefined> {
  return (await stat(path).catch(() => undefined))?.mtimeMs;
}
