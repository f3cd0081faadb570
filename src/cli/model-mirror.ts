/**
 * `npm run --silent model:mirror -- <model-id> [--from <base-url> | --from-dir <folder>] [--out <folder>] [--token <t>]`
 * Downloads (resumably) or imports a model, verifies every file, records sizes and SHA-256 into
 * its manifest in model-config/, and lays it out as `<out>/<id>/resolve/main/<file>`, the
 * layout WebLLM requests, so tablets fetch it from the kiosk. Default out: `<data-dir>/models`.
 * Each mirrored manifest is also listed in `<out>/catalog.json`, so the kiosk offers the model with no rebuild.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, statfs, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ModelStoreError } from '../model-store/errors.js';
import { fileUrl, modelLibFileName, parseManifest, shardsOf, type ManifestFile, type ModelManifest } from '../model-store/manifest.js';
import { formatBytes } from '../model-store/progress.js';
import { rangeHeader } from '../model-store/resume-plan.js';
import { mirrorFile, type RetryOptions, type Source } from './mirror-file.js';

/** Options of {@link mirrorModel}; the CLI fills them from its arguments. */
export interface MirrorOptions extends RetryOptions {
  modelId: string;
  from?: string;
  fromDir?: string;
  out: string;
  token?: string;
  configDir: string;
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
  const source = makeSource(o, manifest);
  const done = new Map<string, Required<ManifestFile>>();
  let fetched = 0;
  let reused = 0;
  const get = async (file: ManifestFile): Promise<Required<ManifestFile>> => {
    const r = await mirrorFile(file, source, join(dir, file.path), o, log);
    fetched += r.fetched;
    reused += r.reused;
    const entry = { path: file.path, kind: file.kind, size: r.size, sha256: r.sha256 };
    done.set(file.path, entry);
    return entry;
  };
  const summary = (): MirrorSummary => ({ files: done.size, bytes: [...done.values()].reduce((s, f) => s + f.size, 0), fetched, reused, dir, manifestPath });

  const known = new Map(manifest.files.map((f) => [f.path, f]));
  if (manifest.engine === 'transformers') {
    // transformers.js layout: the manifest lists every file; there is no tensor-cache.json to read.
    await ensureDisk(o, dir, manifest.files);
    for (const f of manifest.files) await get(f);
    await record(o.out, manifestPath, { ...manifest, files: [...done.values()] });
    return summary();
  }
  const withKnown = (f: ManifestFile): ManifestFile => ({ ...known.get(f.path), ...f, kind: known.get(f.path)?.kind ?? f.kind });
  await get(withKnown({ path: 'mlc-chat-config.json', kind: 'config' }));
  const chat = JSON.parse(await readFile(join(dir, 'mlc-chat-config.json'), 'utf8')) as { tokenizer_files?: string[]; context_window_size?: number };
  for (const t of new Set([...(chat.tokenizer_files ?? []), ...manifest.files.filter((f) => f.kind === 'tokenizer').map((f) => f.path)])) await get(withKnown({ path: t, kind: 'tokenizer' }));
  await get(withKnown({ path: 'tensor-cache.json', kind: 'tensor-cache' }));
  const shards = shardsOf(JSON.parse(await readFile(join(dir, 'tensor-cache.json'), 'utf8'))).map(withKnown);
  const libName = modelLibFileName(manifest);
  const lib = libName && source.has(libName) ? [withKnown({ path: libName, kind: 'model-lib' })] : [];
  await ensureDisk(o, dir, [...shards, ...lib]);
  for (const f of [...shards, ...lib]) await get(f);

  const files = [...manifest.files.filter((f) => !done.has(f.path)), ...done.values()];
  const updated: ModelManifest = { ...manifest, files, ...(chat.context_window_size && isNew ? { variant: { ...manifest.variant, contextWindow: chat.context_window_size } } : {}) };
  await record(o.out, manifestPath, updated);
  return summary();
}

/** Where the kiosk lists the manifests of the models it mirrors (the Model view reads it as /models/catalog.json). */
export const CATALOG_FILE = 'catalog.json';

/** Writes the manifest with what was recorded, and puts it into `<out>/catalog.json` so the kiosk offers it at once. */
async function record(out: string, manifestPath: string, manifest: ModelManifest): Promise<void> {
  const checked = parseManifest(manifest, manifestPath);
  await writeFile(manifestPath, `${JSON.stringify(checked, null, 2)}\n`);
  const catalogPath = join(out, CATALOG_FILE);
  const text = await readFile(catalogPath, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '{"models":[]}' : Promise.reject(error)));
  let models: unknown[];
  try {
    const listed = (JSON.parse(text) as { models?: unknown }).models;
    if (!Array.isArray(listed)) throw new Error('no "models" list');
    models = listed;
  } catch (error) {
    throw new ModelStoreError('manifest', `${catalogPath} is not a catalog (${(error as Error).message}): fix or delete it, then mirror again`);
  }
  // One entry per model: a model mirrored again replaces its entry, in place.
  const at = models.findIndex((m) => (m as { id?: unknown } | null)?.id === checked.id);
  if (at >= 0) models[at] = checked;
  else models.push(checked);
  const part = `${catalogPath}.part`;
  await writeFile(part, `${JSON.stringify({ models }, null, 2)}\n`);
  await rename(part, catalogPath); // the kiosk never serves a half-written catalog
}

function makeSource(o: MirrorOptions, manifest: ModelManifest): Source {
  const libName = modelLibFileName(manifest);
  if (o.fromDir) {
    const base = existsSync(join(o.fromDir, 'resolve', 'main')) ? join(o.fromDir, 'resolve', 'main') : o.fromDir;
    return {
      has: (p) => existsSync(join(base, p)),
      open: async (p, offset) => {
        const s = await stat(join(base, p)).catch(() => undefined);
        if (!s) return new Response(null, { status: 404 });
        const body = createReadStream(join(base, p), { start: offset });
        const headers: Record<string, string> = offset > 0 ? { 'content-range': `bytes ${offset}-${s.size - 1}/${s.size}` } : { 'content-length': String(s.size) };
        return new Response(body as unknown as ReadableStream, { status: offset > 0 ? 206 : 200, headers });
      },
    };
  }
  const from = o.from ?? manifest.baseUrl;
  const urlOf = (p: string) => (p === libName && manifest.modelLib ? manifest.modelLib : fileUrl(from, p));
  return {
    has: () => true,
    open: async (p, offset, signal) => {
      let url = urlOf(p);
      // Redirects are followed by hand so the token goes to the --from host only, never to a CDN or the library's host.
      for (let hop = 0; hop < 5; hop++) {
        const range = rangeHeader(offset);
        const headers: Record<string, string> = range ? { Range: range } : {};
        if (o.token && o.from && sendsTokenTo(o.from, url)) headers.Authorization = `Bearer ${o.token}`;
        const res = await fetch(url, { headers, signal, redirect: 'manual' });
        const location = res.headers.get('location');
        if (res.status < 300 || res.status >= 400 || !location) return res;
        url = new URL(location, url).href;
      }
      throw new ModelStoreError('http', `${p}: too many redirects`, p);
    },
  };
}

/** Whether a request to `url` may carry the token given for `from`: same origin only, so never to another host, nor over plain HTTP after an HTTPS `from`. */
export function sendsTokenTo(from: string, url: string): boolean {
  return new URL(url).origin === new URL(from).origin;
}

async function findManifest(o: MirrorOptions): Promise<{ manifest: ModelManifest; path: string; isNew: boolean }> {
  for (const name of (await readdir(o.configDir)).filter((n) => n.endsWith('.json') && n !== 'manifest.schema.json')) {
    const path = join(o.configDir, name);
    const manifest = parseManifest(JSON.parse(await readFile(path, 'utf8')), path);
    if (manifest.id === o.modelId) return { manifest, path, isNew: false };
  }
  if (!o.from && !o.fromDir) throw new ModelStoreError('manifest', `no manifest with id "${o.modelId}" in ${o.configDir}; pass --from or --from-dir to mirror a new model`);
  const quant = /q\d+f\d+_\d+/.exec(o.modelId)?.[0] ?? 'unknown';
  const manifest: ModelManifest = {
    $schema: './manifest.schema.json',
    id: o.modelId,
    engine: 'webllm',
    description: `Written by model:mirror from ${o.from ? new URL(o.from).origin : 'a folder'}; add modelLib before use.`,
    baseUrl: o.from ?? `https://huggingface.co/mlc-ai/${o.modelId}`,
    variant: { quantization: quant, contextWindow: 2048, requiredFeatures: quant.includes('f16') ? ['shader-f16'] : [], vramMB: 0 },
    files: [{ path: 'mlc-chat-config.json', kind: 'config' }],
  };
  return { manifest, path: join(o.configDir, `${o.modelId.replace(/\//g, '--')}.json`), isNew: true };
}

async function ensureDisk(o: MirrorOptions, dir: string, files: ManifestFile[]): Promise<void> {
  let needed = 0;
  for (const f of files) {
    const have = await stat(join(dir, f.path)).then((s) => s.size, () => stat(`${join(dir, f.path)}.part`).then((s) => s.size, () => 0));
    needed += Math.max(0, (f.size ?? 0) - have);
  }
  await mkdir(dir, { recursive: true });
  const free = await (o.freeBytes ?? (async (d) => ((s) => s.bavail * s.bsize)(await statfs(d))))(dir);
  if (needed > free) throw new ModelStoreError('not-enough-space', `not enough disk space in ${dir}: ${formatBytes(needed)} needed, ${formatBytes(free)} free`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { from: { type: 'string' }, 'from-dir': { type: 'string' }, out: { type: 'string' }, token: { type: 'string' }, 'config-dir': { type: 'string' } },
  });
  const modelId = positionals[0];
  if (!modelId || (values.from && values['from-dir'])) {
    process.stderr.write('usage: npm run --silent model:mirror -- <model-id> [--from <base-url> | --from-dir <folder>] [--out <folder>] [--token <token>]\n');
    return 2;
  }
  const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
  const out = resolve(values.out ?? join(process.env.KIOSK_DATA_DIR ?? join(root, '.kiosk'), 'models'));
  const token = values.token ?? process.env.HF_TOKEN;
  const started = performance.now();
  try {
    const s = await mirrorModel({
      modelId,
      out,
      configDir: resolve(values['config-dir'] ?? join(root, 'model-config')),
      ...(values.from ? { from: values.from } : {}),
      ...(values['from-dir'] ? { fromDir: resolve(values['from-dir']) } : {}),
      ...(token ? { token } : {}),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const secs = (performance.now() - started) / 1000;
    process.stdout.write(`mirrored ${modelId}: ${s.files} files, ${formatBytes(s.bytes)} verified (${formatBytes(s.fetched)} fetched, ${formatBytes(s.reused)} already here) in ${secs.toFixed(1)} s -> ${s.dir}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`model:mirror failed: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) process.exitCode = await main(process.argv.slice(2));
