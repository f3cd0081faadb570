/**
 * model:mirror's per-file transfer: brings one file of a model to disk from a {@link Source}, resumable from
 * `<dest>.part`, SHA-256 and size verified, refusing pointer files and error pages in place of the bytes, a file of
 * unknown size that runs past its kind's cap, and a source that goes quiet (retried, then a clear error).
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ModelStoreError } from '../model-store/errors.js';
import type { FileKind, ManifestFile } from '../model-store/manifest.js';
import { formatBytes } from '../model-store/progress.js';
import { expectedContentFor } from '../model-store/sniff.js';
import { connectionLost, openBody, withRetries } from '../model-store/transfer.js';
import { FileVerifier } from '../model-store/verify.js';
import type { Source } from './mirror-sources.js';

/** How often and how patiently a file is retried after a failure that allows it, and how long silence may last. */
export interface RetryOptions {
  maxRetries?: number;
  retryBaseMs?: number;
  /** No byte (nor response) for this long aborts the request, which is then retried (default 30 s). */
  idleTimeoutMs?: number;
  /** A line of progress (or of waiting) this often while a file transfers (default 10 s). */
  progressEveryMs?: number;
  /** Caps for files of unknown size, by kind; {@link UNKNOWN_SIZE_CAPS} by default. */
  sizeCaps?: Partial<Record<FileKind, number>>;
}

/** Brings one file to `dest`, verified; resumes from `<dest>.part`. */
export async function mirrorFile(
  file: ManifestFile,
  source: Source,
  dest: string,
  o: RetryOptions,
  log: (l: string) => void,
) {
  const existing = await stat(dest).catch(() => undefined);
  if (existing && (file.size === undefined || existing.size === file.size)) {
    const v = new FileVerifier({
      path: file.path,
      size: existing.size,
      ...(file.sha256 ? { sha256: file.sha256 } : {}),
    });
    for await (const c of createReadStream(dest)) v.update(c as Buffer);
    try {
      return { size: existing.size, sha256: v.finish(), fetched: 0, reused: existing.size };
    } catch {
      await rm(dest); // a changed or damaged copy is fetched again
    }
  }
  await mkdir(dirname(dest), { recursive: true });
  const part = `${dest}.part`;
  const verifier = new FileVerifier({
    path: file.path,
    ...(file.size !== undefined ? { size: file.size } : {}),
    ...(file.sha256 ? { sha256: file.sha256 } : {}),
  });
  if (existsSync(part)) for await (const c of createReadStream(part)) verifier.update(c as Buffer);
  const resumedFrom = verifier.bytes;
  let size = file.size;
  size = await withRetries(
    () => fetchInto(file, source, part, verifier, size, o, log),
    { maxRetries: o.maxRetries ?? 8, retryBaseMs: o.retryBaseMs ?? 500 },
    {
      held: () => verifier.bytes,
      classify: (error) =>
        error instanceof ModelStoreError ? error : connectionLost(file.path, verifier.bytes, error),
      dropRefused: () => rm(part, { force: true }),
      gaveUp: (e, tries) =>
        new ModelStoreError(
          e.code,
          `${e.message}; gave up after ${tries} tries (${source.describe(file.path)})`,
          file.path,
        ),
      onRetry: (e) => log(`  ${file.path}: ${e.message}; retrying from byte ${verifier.bytes}`),
    },
  );
  let sha256: string;
  try {
    sha256 = verifier.finish();
    if (expectedContentFor(file.path, file.kind) === 'json') JSON.parse(await readFile(part, 'utf8'));
  } catch (error) {
    await rm(part, { force: true });
    throw error instanceof ModelStoreError
      ? error
      : new ModelStoreError('refused-content', `${file.path}: not valid JSON`, file.path);
  }
  await rename(part, dest);
  log(
    `  ${file.path}: ${formatBytes(verifier.bytes)} verified${resumedFrom ? ` (resumed at ${formatBytes(resumedFrom)})` : ''}`,
  );
  return { size: verifier.bytes, sha256, fetched: verifier.bytes - resumedFrom, reused: resumedFrom };
}

/** One request: appends what arrives to `part`, feeding the verifier; returns the file's size if learnt. */
async function fetchInto(
  file: ManifestFile,
  source: Source,
  part: string,
  verifier: FileVerifier,
  size: number | undefined,
  o: RetryOptions,
  log: (l: string) => void,
): Promise<number | undefined> {
  const offset = verifier.bytes;
  const where = source.describe(file.path);
  const watch = new IdleWatch(
    file.path,
    where,
    o.idleTimeoutMs ?? 30_000,
    o.progressEveryMs ?? 10_000,
    log,
    () => verifier.bytes,
  );
  try {
    const res = await source.open(file.path, offset, watch.signal);
    const gate = await openBody(file, offset, res, size, { ...optional('sizeCaps', o.sizeCaps), where });
    if (gate.plan.complete || !res.body) return size ?? gate.plan.total;
    watch.heard();
    const out = await open(part, 'a');
    try {
      const keep = async (bytes: Uint8Array) => {
        if (bytes.byteLength === 0) return;
        verifier.update(bytes);
        await out.write(bytes);
      };
      for await (const raw of res.body as unknown as AsyncIterable<Uint8Array>) {
        watch.heard();
        await keep(gate.admit(raw));
      }
      await keep(gate.end());
    } finally {
      await out.close();
    }
    return size ?? gate.plan.total;
  } catch (error) {
    if (watch.stalled) throw watch.stallError();
    if (error instanceof ModelStoreError) throw error;
    throw connectionLost(file.path, verifier.bytes, error);
  } finally {
    watch.stop();
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Aborts a request after `idleMs` without a byte, and prints progress (or how long it has waited) meanwhile. */
class IdleWatch {
  private readonly controller = new AbortController();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly progressTimer: ReturnType<typeof setInterval>;
  private lastHeard = Date.now();
  private lastReported: number;
  stalled = false;

  constructor(
    private readonly path: string,
    private readonly where: string,
    private readonly idleMs: number,
    progressMs: number,
    log: (l: string) => void,
    private readonly bytes: () => number,
  ) {
    this.lastReported = bytes();
    this.heard();
    this.progressTimer = setInterval(() => {
      const now = bytes();
      const quiet = Math.round((Date.now() - this.lastHeard) / 1000);
      log(
        now > this.lastReported
          ? `  ${path}: ${formatBytes(now)} so far`
          : `  ${path}: waiting for data from ${where} (${quiet} s)`,
      );
      this.lastReported = now;
    }, progressMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  heard(): void {
    this.lastHeard = Date.now();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.stalled = true;
      this.controller.abort();
    }, this.idleMs);
  }

  stallError(): ModelStoreError {
    return new ModelStoreError(
      'network',
      `${this.path}: no data for ${(this.idleMs / 1000).toFixed(1)} s from ${this.where} (after byte ${this.bytes()})`,
      this.path,
    );
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.progressTimer);
  }
}
