/**
 * `npm run kiosk:bundle`: one .tar.gz that installs or updates a kiosk with no network. It holds the built app
 * (`dist/`), the server and its commands compiled to JavaScript (`build-node/`, by Vite's SSR build), the model
 * manifests, the server's production dependencies (only those the compiled code imports, with what they import,
 * copied from node_modules), an install script, and, if asked, the mirrored models.
 *
 * Why compiled JavaScript and not tsx: tsx runs on esbuild, a native binary per CPU (an x64 build machine has no
 * arm64 esbuild to pack for a Jetson); the compiled server needs only Node, and its dependencies are plain JavaScript,
 * so one archive serves arm64 and x64 alike (`assertNoNativeModules` refuses to pack a `.node` binary).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { builtinModules } from 'node:module';

/** The commands the kiosk runs from a bundle: the server, the doctor, the mirror, the installer and bundle installer. */
const BUNDLED_COMMANDS = ['start', 'doctor', 'model-mirror', 'kiosk-install', 'bundle-install'] as const;

/** The checkout's npm scripts a kiosk owner uses, run from the compiled commands (cd /opt/tccc-scribe/current). */
const BUNDLED_SCRIPTS = {
  start: 'node build-node/cli/start.js --no-build',
  doctor: 'node build-node/cli/doctor.js',
  'model:mirror': 'node build-node/cli/model-mirror.js',
  'kiosk:install': 'node build-node/cli/kiosk-install.js',
  'kiosk:uninstall': 'node build-node/cli/kiosk-install.js --uninstall',
};

export interface BundleOptions {
  projectRoot: string;
  /** The built app to pack (default `<projectRoot>/dist`, built first when missing). */
  distDir: string;
  /** A mirror's models folder (`<data-dir>/models`) to pack, or undefined for none. */
  modelsDir?: string;
  /** Where the archive goes. */
  outDir: string;
  /** Release name: `<version>-<UTC timestamp>` by default. */
  release?: string;
  log?: (line: string) => void;
}

/** Builds the archive; returns its path. */
export async function buildBundle(o: BundleOptions): Promise<string> {
  const log = o.log ?? (() => undefined);
  const pkg = JSON.parse(await readFile(join(o.projectRoot, 'package.json'), 'utf8')) as {
    version: string;
    engines: Record<string, string>;
  };
  const release = o.release ?? `${pkg.version}-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 13)}`;
  if (!/^[A-Za-z0-9._-]+$/.test(release))
    throw new Error(`release name "${release}" may hold only letters, digits, '.', '_' and '-'`);
  if (!existsSync(join(o.distDir, 'index.html')))
    throw new Error(`${o.distDir}/index.html is missing: run npm run build first`);

  const stage = await mkdtemp(join(tmpdir(), 'tccc-bundle-'));
  try {
    const top = join(stage, `tccc-scribe-${release}`);
    const app = join(top, 'app');
    log(`compiling the server and commands to ${app}/build-node ...`);
    const packages = await compileServer(o.projectRoot, join(app, 'build-node'));
    log(`copying the built app and ${packages.length} runtime packages ...`);
    await cp(o.distDir, join(app, 'dist'), { recursive: true });
    await cp(join(o.projectRoot, 'model-config'), join(app, 'model-config'), { recursive: true });
    const modules = runtimeModules(
      JSON.parse(await readFile(join(o.projectRoot, 'package-lock.json'), 'utf8')) as Lockfile,
      packages,
    );
    for (const path of modules)
      await cp(join(o.projectRoot, path), join(app, path), {
        recursive: true,
        filter: (src) => !src.slice(join(o.projectRoot, path).length).includes('/node_modules/'),
      });
    await assertNoNativeModules(join(app, 'node_modules'));
    await writeFile(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'tccc-scribe', version: pkg.version, private: true, type: 'module', engines: pkg.engines, scripts: BUNDLED_SCRIPTS }, null, 2)}\n`,
    );
    await writeFile(join(top, 'RELEASE'), `${release}\n`);
    await writeFile(join(top, 'install.sh'), INSTALL_SCRIPT, { mode: 0o755 });
    if (o.modelsDir) {
      log(`copying the mirrored models from ${o.modelsDir} ...`);
      await cp(o.modelsDir, join(top, 'models'), { recursive: true, filter: (src) => !src.endsWith('.part') });
    }
    await mkdir(o.outDir, { recursive: true });
    const archive = join(o.outDir, `${basename(top)}.tar.gz`);
    execFileSync('tar', ['-czf', archive, '-C', stage, basename(top)]);
    return archive;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** Vite's SSR build of the bundled commands; returns the bare package names the output imports statically. */
async function compileServer(projectRoot: string, outDir: string): Promise<string[]> {
  const { build } = await import('vite');
  const input = Object.fromEntries(
    BUNDLED_COMMANDS.map((name) => [`cli/${name}`, join(projectRoot, 'src', 'cli', `${name}.ts`)]),
  );
  const output = await build({
    configFile: false,
    root: projectRoot,
    // public/ belongs to the app build, not the server's.
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const ownFiles = new Set(chunks.map((c) => c.fileName));
  const names = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.type !== 'chunk') continue;
    for (const id of chunk.imports) {
      if (builtins.has(id) || ownFiles.has(id) || id.startsWith('.') || id.startsWith('/')) continue;
      names.add(id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]);
    }
  }
  return [...names].sort();
}

interface Lockfile {
  packages: Record<
    string,
    {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    }
  >;
}

/**
 * Optional native accelerators left out of the bundle: their packages fall back to plain JavaScript without them, and
 * a compiled `.node` file would tie the bundle to this CPU. `cbor-extract` speeds up cbor-x (automerge-repo's
 * WebSocket messages).
 */
const OPTIONAL_NATIVE = new Set(['cbor-extract']);

/**
 * The node_modules folders `roots` need at run time, resolved as Node does (nearest node_modules up the tree), from
 * package-lock.json's layout. Optional and peer dependencies are followed only where installed.
 */
export function runtimeModules(lock: Lockfile, roots: readonly string[]): string[] {
  const found = new Set<string>();
  const resolveFrom = (from: string, name: string): string | undefined => {
    let dir = from;
    for (;;) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock.packages[candidate]) return candidate;
      if (!dir) return undefined;
      const at = dir.lastIndexOf('/node_modules/');
      dir = at < 0 ? '' : dir.slice(0, at);
    }
  };
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    const entry = lock.packages[path];
    const required = Object.keys(entry.dependencies ?? {});
    const optional = [...Object.keys(entry.optionalDependencies ?? {}), ...Object.keys(entry.peerDependencies ?? {})];
    for (const name of required) {
      const dep = resolveFrom(path, name);
      if (!dep) throw new Error(`${path} needs ${name}, which package-lock.json does not hold`);
      visit(dep);
    }
    for (const name of optional) {
      if (OPTIONAL_NATIVE.has(name)) continue;
      const dep = resolveFrom(path, name);
      if (dep) visit(dep);
    }
  };
  for (const name of roots) {
    const path = resolveFrom('', name);
    if (!path) throw new Error(`the server imports ${name}, which is not installed: run npm ci`);
    visit(path);
  }
  return [...found].sort();
}

async function assertNoNativeModules(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true });
  const native = entries.filter((e) => e.endsWith('.node'));
  if (native.length > 0) throw new Error(`native modules would tie the bundle to this CPU: ${native.join(', ')}`);
}

/** The bundle's entry point: finds Node and hands over to the compiled bundle installer. */
const INSTALL_SCRIPT = `#!/bin/sh
# Installs or updates TCCC Scribe from this bundle, with no network:
#   sudo ./install.sh                 app to /opt/tccc-scribe, services installed or restarted, data kept
#   ./install.sh --prefix DIR --no-service    into DIR, for a trial or a test
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
NODE=\${NODE:-$(command -v node || true)}
if [ -z "$NODE" ]; then echo "install.sh: Node is not installed (need 20.19 or newer; README: Setting up a Jetson kiosk)" >&2; exit 1; fi
exec "$NODE" "$HERE/app/build-node/cli/bundle-install.js" --bundle "$HERE" "$@"
`;
