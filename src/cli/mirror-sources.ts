/**
 * Where model:mirror reads a model's files from: a base URL (following redirects by hand so a token never leaves
 * the --from origin) or a folder (a USB stick). The folder source reads only regular files that really lie inside
 * the folder: a name is checked by checkModelFileName before this runs, and here the file's real path (symlinks
 * resolved) must still be inside, and it must not be one of the kiosk's own key or certificate files.
 */
import { constants, existsSync } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ModelStoreError } from '../model-store/errors.js';
import { fileUrl, modelLibFileName, type ModelManifest } from '../model-store/manifest.js';
import { rangeHeader } from '../model-store/resume-plan.js';

/** Where a model's files come from: a base URL or a folder, answering (ranged) requests alike. */
export interface Source {
  has(path: string): boolean;
  open(path: string, offset: number, signal: AbortSignal): Promise<Response>;
  /** Where `path` is read from, for messages: its URL or its path on disk. */
  describe(path: string): string;
}

/** What a WebLLM model folder must hold, for the message when one is missing. */
const WEBLLM_FOLDER_FILES =
  'mlc-chat-config.json, tensor-cache.json, the tokenizer files it names, every params_shard_*.bin, and the model library (.wasm)';

/**
 * A folder source. `protectedDirs` hold files the mirror must never copy into the served tree (the kiosk's
 * `tls/` with its private keys): a hard link to one of them inside the folder is refused by device and inode.
 */
export async function folderSource(folder: string, protectedDirs: readonly string[]): Promise<Source> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new ModelStoreError('source', `--from-dir ${folder}: no such folder`);
  if (!info.isDirectory()) throw new ModelStoreError('source', `--from-dir ${folder}: not a folder`);
  const nested = join(folder, 'resolve', 'main');
  const base = await realpath(existsSync(nested) ? nested : folder);
  const keys = await protectedInodes(protectedDirs);
  const refuse = (path: string, why: string) =>
    new ModelStoreError('source', `--from-dir ${folder}: ${path} ${why}: refused, nothing of it was copied`, path);
  return {
    has: (p) => existsSync(join(base, p)),
    describe: (p) => join(base, p),
    open: async (p, offset) => {
      const candidate = join(base, p);
      const link = await lstat(candidate).catch(() => undefined);
      if (!link)
        throw new ModelStoreError(
          'source',
          `--from-dir ${folder}: ${p} is missing (looked in ${base}; a WebLLM model folder holds ${WEBLLM_FOLDER_FILES})`,
          p,
        );
      const real = await realpath(candidate).catch(() => undefined);
      if (!real || !real.startsWith(base + sep))
        throw refuse(
          p,
          `is a symlink to ${real ?? 'nowhere'}, outside the folder (copy the real files in, e.g. cp -L)`,
        );
      // O_NOFOLLOW: what is opened is the checked path itself, even if a link is swapped in after the check.
      const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
      if (!handle) throw refuse(p, 'cannot be opened');
      const s = await handle.stat();
      const problem = !s.isFile()
        ? 'is not a regular file'
        : keys.has(`${s.dev}:${s.ino}`)
          ? 'is the same file as one of the kiosk keys or certificates (a hard link)'
          : undefined;
      if (problem) {
        await handle.close();
        throw refuse(p, problem);
      }
      const body = handle.createReadStream({ start: offset });
      const headers: Record<string, string> =
        offset > 0
          ? { 'content-range': `bytes ${offset}-${s.size - 1}/${s.size}` }
          : { 'content-length': String(s.size) };
      return new Response(body as unknown as ReadableStream, { status: offset > 0 ? 206 : 200, headers });
    },
  };
}

/** Device and inode of every file directly in `dirs`: a hard link shares both, wherever it is. */
async function protectedInodes(dirs: readonly string[]): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const s = await stat(join(dir, name)).catch(() => undefined);
      if (s?.isFile()) inodes.add(`${s.dev}:${s.ino}`);
    }
  }
  return inodes;
}

/** A URL source: `from` (or the manifest's base URL); the token, if any, goes to the `from` origin only. */
export function urlSource(manifest: ModelManifest, from: string | undefined, token: string | undefined): Source {
  const libName = modelLibFileName(manifest);
  const base = from ?? manifest.baseUrl;
  const urlOf = (p: string) => (p === libName && manifest.modelLib ? manifest.modelLib : fileUrl(base, p));
  return {
    has: () => true,
    describe: urlOf,
    open: async (p, offset, signal) => {
      let url = urlOf(p);
      // Redirects are followed by hand so the token goes to the --from host only, never to a CDN or the library's host.
      for (let hop = 0; hop < 5; hop++) {
        const range = rangeHeader(offset);
        const headers: Record<string, string> = range ? { Range: range } : {};
        if (token && from && sendsTokenTo(from, url)) headers.Authorization = `Bearer ${token}`;
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
