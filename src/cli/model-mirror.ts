/**
 * `npm run --silent model:mirror -- <model-id> [--from <base-url> | --from-dir <folder>] [--out <folder>] [--token <t>]`
 * Downloads (resumably) or imports a model, verifies every file, records sizes and SHA-256 into
 * its manifest in model-config/, and lays it out as `<out>/<id>/resolve/main/<file>`, the
 * layout WebLLM requests, so tablets fetch it from the kiosk. Default out: `<data-dir>/models`.
 * Each mirrored manifest is also listed in `<out>/catalog.json`, so the kiosk offers the model with no rebuild.
 */
import { mkdir, readdir, readFile, rename, stat, statfs, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ModelStoreError } from '../model-store/errors.js';
import {
  modelLibFileName,
  parseManifest,
  shardsOf,
  type ManifestFile,
  type ModelManifest,
} from '../model-store/manifest.js';
import { checkModelFileName } from '../model-store/model-file-name.js';
import { formatBytes } from '../model-store/progress.js';
import { mirrorFile, type RetryOptions } from './mirror-file.js';
import { MIRROR_USAGE, parseMirrorArgs } from './model-mirror-args.js';
import { folderSource, urlSource } from './mirror-sources.js';

/** Options of {@link mirrorModel}; the CLI fills them from its arguments. */
export interface MirrorOptions extends RetryOptions {
  modelId: string;
  from?: string;
  fromDir?: string;
  out: string;
  token?: string;
  configDir: string;
  /** Folders whose files (the kiosk's keys) a --from-dir folder may never pass off as model files; `<out>/../tls` by default. */
  protectedDirs?: string[];
  /** Free bytes where `out` lives; statfs by default (replaceable in tests). */
  freeBytes?: (dir: string) => Promise<number>;
  log?: (line: string) => void;
}

/** What a mirror run did, for the one-line summary. */
export interface MirrorSummary {
  files: number;
  bytes: number;
  fetched: number;
  reused: number;
  dir: string;
  manifestPath: string;
}

/** Mirrors one model; throws a ModelStoreError whose message says what failed. */
export async function mirrorModel(o: MirrorOptions): Promise<MirrorSummary> {
  const log = o.log ?? (() => undefined);
  const { manifest, path: manifestPath, isNew } = await findManifest(o);
  const dir = join(o.out, manifest.id, 'resolve', 'main');
  const source = o.fromDir
    ? await folderSource(o.fromDir, o.protectedDirs ?? [join(dirname(o.out), 'tls')])
    : urlSource(manifest, o.from, o.token);
  const done = new Map<string, Required<ManifestFile>>();
  let fetched = 0;
  let reused = 0;
  const get = async (file: ManifestFile): Promise<Required<ManifestFile>> => {
    const r = await mirrorFile(file, source, fileInFolder(dir, file.path), o, log);
    fetched += r.fetched;
    reused += r.reused;
    const entry = { path: file.path, kind: file.kind, size: r.size, sha256: r.sha256 };
    done.set(file.path, entry);
    return entry;
  };
  const summary = (): MirrorSummary => ({
    files: done.size,
    bytes: [...done.values()].reduce((s, f) => s + f.size, 0),
    fetched,
    reused,
    dir,
    manifestPath,
  });

  const known = new Map(manifest.files.map((f) => [f.path, f]));
  if (manifest.engine === 'transformers') {
    // transformers.js layout: the manifest lists every file; there is no tensor-cache.json to read.
    await ensureDisk(o, dir, manifest.files);
    for (const f of manifest.files) await get(f);
    await record(o.out, manifestPath, { ...manifest, files: [...done.values()] }, log);
    return summary();
  }
  const withKnown = (f: ManifestFile): ManifestFile => ({
    ...known.get(f.path),
    ...f,
    kind: known.get(f.path)?.kind ?? f.kind,
  });
  await get(withKnown({ path: 'mlc-chat-config.json', kind: 'config' }));
  const chat = JSON.parse(await readFile(join(dir, 'mlc-chat-config.json'), 'utf8')) as {
    tokenizer_files?: unknown;
    context_window_size?: number;
  };
  const named = Array.isArray(chat.tokenizer_files) ? chat.tokenizer_files : [];
  // Every name is checked before any tokenizer byte is written.
  const tokenizers = named.map((t) => checkModelFileName(t, 'mlc-chat-config.json (tokenizer_files)'));
  for (const t of new Set([...tokenizers, ...manifest.files.filter((f) => f.kind === 'tokenizer').map((f) => f.path)]))
    await get(withKnown({ path: t, kind: 'tokenizer' }));
  await get(withKnown({ path: 'tensor-cache.json', kind: 'tensor-cache' }));
  const shards = shardsOf(JSON.parse(await readFile(join(dir, 'tensor-cache.json'), 'utf8'))).map(withKnown);
  const libName = modelLibFileName(manifest);
  const lib = libName && source.has(libName) ? [withKnown({ path: libName, kind: 'model-lib' })] : [];
  if (libName && lib.length === 0)
    log(
      `  ${libName}: not in the folder (${source.describe(libName)}), so tablets cannot load this model from the kiosk yet: put the model library (${manifest.modelLib}) there and mirror again`,
    );
  await ensureDisk(o, dir, [...shards, ...lib]);
  for (const f of [...shards, ...lib]) await get(f);

  const files = [...manifest.files.filter((f) => !done.has(f.path)), ...done.values()];
  const updated: ModelManifest = {
    ...manifest,
    files,
    ...(chat.context_window_size && isNew
      ? { variant: { ...manifest.variant, contextWindow: chat.context_window_size } }
      : {}),
  };
  await record(o.out, manifestPath, updated, log);
  return summary();
}

/** `dir/name` for a checked name, and a last guard that it really is inside `dir` (the check makes it so). */
function fileInFolder(dir: string, name: string): string {
  const path = resolve(dir, checkModelFileName(name, 'the model'));
  if (!path.startsWith(resolve(dir) + sep))
    throw new ModelStoreError('manifest', `${name} is outside ${dir}: refused`, name);
  return path;
}

/** Where the kiosk lists the manifests of the models it mirrors (the Model view reads it as /models/catalog.json). */
export const CATALOG_FILE = 'catalog.json';

/** Writes the manifest with what was recorded, and puts it into `<out>/catalog.json` so the kiosk offers it at once. */
async function record(
  out: string,
  manifestPath: string,
  manifest: ModelManifest,
  log: (line: string) => void,
): Promise<void> {
  const checked = parseManifest(manifest, manifestPath);
  const text = `${JSON.stringify(checked, null, 2)}\n`;
  const before = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (text !== before) {
    await writeFile(manifestPath, text);
    const shown = relative(process.cwd(), manifestPath) || manifestPath;
    log(
      `recorded the size and SHA-256 of ${checked.files.filter((f) => f.sha256).length} files into ${shown}: trust on first use, so every later mirror and every tablet's download is checked against what was fetched now; commit it`,
    );
  }
  const catalogPath = join(out, CATALOG_FILE);
  const catalogText = await readFile(catalogPath, 'utf8').catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? '{"models":[]}' : Promise.reject(error),
  );
  let models: unknown[];
  try {
    const listed = (JSON.parse(catalogText) as { models?: unknown }).models;
    if (!Array.isArray(listed)) throw new Error('no "models" list');
    models = listed;
  } catch (error) {
    throw new ModelStoreError(
      'manifest',
      `${catalogPath} is not a catalog (${(error as Error).message}): fix or delete it, then mirror again`,
    );
  }
  // One entry per model: a model mirrored again replaces its entry, in place.
  const at = models.findIndex((m) => (m as { id?: unknown } | null)?.id === checked.id);
  if (at >= 0) models[at] = checked;
  else models.push(checked);
  const part = `${catalogPath}.part`;
  await writeFile(part, `${JSON.stringify({ models }, null, 2)}\n`);
  await rename(part, catalogPath); // the kiosk never serves a half-written catalog
}

async function findManifest(o: MirrorOptions): Promise<{ manifest: ModelManifest; path: string; isNew: boolean }> {
  const names = await readdir(o.configDir).catch((error: NodeJS.ErrnoException) => {
    throw new ModelStoreError(
      'manifest',
      `the manifest folder ${o.configDir} cannot be read (${error.code ?? error.message}); pass --config-dir`,
    );
  });
  for (const name of names.filter((n) => n.endsWith('.json') && n !== 'manifest.schema.json')) {
    const path = join(o.configDir, name);
    const manifest = parseManifest(JSON.parse(await readFile(path, 'utf8')), path);
    if (manifest.id === o.modelId) return { manifest, path, isNew: false };
  }
  if (!o.from && !o.fromDir)
    throw new ModelStoreError(
      'manifest',
      `no manifest with id "${o.modelId}" in ${o.configDir}; pass --from or --from-dir to mirror a new model`,
    );
  // The id becomes a folder under --out: checked against the schema's id pattern before anything is written.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/.test(o.modelId))
    throw new ModelStoreError(
      'manifest',
      `"${o.modelId}" is not a model id (letters, digits, . _ - and at most one /)`,
    );
  const quant = /q\d+f\d+_\d+/.exec(o.modelId)?.[0] ?? 'unknown';
  const manifest: ModelManifest = {
    $schema: './manifest.schema.json',
    id: o.modelId,
    engine: 'webllm',
    description: `Written by model:mirror from ${o.from ? new URL(o.from).origin : 'a folder'}; add modelLib before use.`,
    baseUrl: o.from ?? `https://huggingface.co/mlc-ai/${o.modelId}`,
    variant: {
      quantization: quant,
      contextWindow: 2048,
      requiredFeatures: quant.includes('f16') ? ['shader-f16'] : [],
      vramMB: 0,
    },
    files: [{ path: 'mlc-chat-config.json', kind: 'config' }],
  };
  return { manifest, path: join(o.configDir, `${o.modelId.replace(/\//g, '--')}.json`), isNew: true };
}

async function ensureDisk(o: MirrorOptions, dir: string, files: ManifestFile[]): Promise<void> {
  let needed = 0;
  for (const f of files) {
    const have = await stat(join(dir, f.path)).then(
      (s) => s.size,
      () =>
        stat(`${join(dir, f.path)}.part`).then(
          (s) => s.size,
          () => 0,
        ),
    );
    needed += Math.max(0, (f.size ?? 0) - have);
  }
  await mkdir(dir, { recursive: true });
  const free = await (o.freeBytes ?? (async (d) => ((s) => s.bavail * s.bsize)(await statfs(d))))(dir);
  if (needed > free)
    throw new ModelStoreError(
      'not-enough-space',
      `not enough disk space in ${dir}: ${formatBytes(needed)} needed, ${formatBytes(free)} free`,
    );
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseMirrorArgs>;
  try {
    args = parseMirrorArgs(argv);
  } catch (error) {
    process.stderr.write(`model:mirror: ${(error as Error).message}\n${MIRROR_USAGE}\n`);
    return 2;
  }
  const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
  const dataDir = resolve(process.env.KIOSK_DATA_DIR ?? join(root, '.kiosk'));
  const out = resolve(args.out ?? join(dataDir, 'models'));
  const token = args.token ?? process.env.HF_TOKEN;
  const started = performance.now();
  try {
    const s = await mirrorModel({
      modelId: args.modelId,
      out,
      configDir: resolve(args.configDir ?? join(root, 'model-config')),
      ...(args.from ? { from: args.from } : {}),
      ...(args.fromDir ? { fromDir: resolve(args.fromDir) } : {}),
      ...(token ? { token } : {}),
      protectedDirs: [...new Set([join(dataDir, 'tls'), join(dirname(out), 'tls')])],
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const secs = (performance.now() - started) / 1000;
    process.stdout.write(
      `mirrored ${args.modelId}: ${s.files} files, ${formatBytes(s.bytes)} verified (${formatBytes(s.fetched)} fetched, ${formatBytes(s.reused)} already here) in ${secs.toFixed(1)} s -> ${s.dir}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`model:mirror failed: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname)
  process.exitCode = await main(process.argv.slice(2));
