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
import { backoffMs, planBody } from '../model-store/resume-plan.js';
import { UNKNOWN_SIZE_CAPS } from '../model-store/size-caps.js';
import { describeUnexpectedContent, expectedContentFor, sniffResponse, SNIFF_BYTES } from '../model-store/sniff.js';
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
  let failures = 0;
  for (;;) {
    const before = verifier.bytes;
    try {
      size = await fetchInto(file, source, part, verifier, size, o, log);
      break;
    } catch (error) {
      const e =
        error instanceof ModelStoreError
          ? error
          : new ModelStoreError('network', `${file.path}: ${(error as Error).message}`, file.path);
      if (['refused-content', 'length-mismatch', 'hash-mismatch', 'too-large'].includes(e.code))
        await rm(part, { force: true });
      failures = verifier.bytes > before ? 1 : failures + 1;
      if (!e.retryable) throw e;
      if (failures > (o.maxRetries ?? 8))
        throw new ModelStoreError(
          e.code,
          `${e.message}; gave up after ${failures} tries (${source.describe(file.path)})`,
          file.path,
        );
      log(`  ${file.path}: ${e.message}; retrying from byte ${verifier.bytes}`);
      await new Promise((r) => setTimeout(r, backoffMs(failures, o.retryBaseMs ?? 500)));
    }
  }
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
  const cap = size === undefined ? (o.sizeCaps?.[file.kind] ?? UNKNOWN_SIZE_CAPS[file.kind]) : undefined;
  const tooLarge = () =>
    new ModelStoreError(
      'too-large',
      `${file.path}: more than the ${formatBytes(cap!)} a ${file.kind} file of unknown size may have, from ${where}; refused`,
      file.path,
    );
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
    let plan: ReturnType<typeof planBody>;
    try {
      plan = planBody(
        file.path,
        offset,
        {
          status: res.status,
          contentRange: res.headers.get('content-range'),
          contentLength: res.headers.get('content-length'),
        },
        size,
      );
    } catch (error) {
      const got = offset === 0 ? await sniffResponse(res, expectedContentFor(file.path, file.kind)) : null;
      throw got ? new ModelStoreError('refused-content', `${file.path}: got ${got}`, file.path) : error;
    }
    if (cap !== undefined && plan.total !== undefined && plan.total > cap) throw tooLarge();
    if (plan.complete || !res.body) return size ?? plan.total;
    watch.heard();
    const out = await open(part, 'a');
    let skip = plan.skip;
    let head: Uint8Array | undefined = offset === 0 ? new Uint8Array(0) : undefined;
    try {
      for await (const raw of res.body as unknown as AsyncIterable<Uint8Array>) {
        watch.heard();
        let bytes = raw;
        if (skip > 0) {
          const drop = Math.min(skip, bytes.byteLength);
          skip -= drop;
          bytes = bytes.subarray(drop);
        }
        if (head) {
          // Hold the first bytes back until they are known not to be a pointer or an error page.
          head = Buffer.concat([head, bytes]);
          if (head.byteLength < SNIFF_BYTES) continue;
          bytes = checkHead(file, head, res);
          head = undefined;
        }
        if (bytes.byteLength === 0) continue;
        if (plan.total !== undefined && verifier.bytes + bytes.byteLength > plan.total)
          throw new ModelStoreError(
            'length-mismatch',
            `${file.path}: server sent more than its ${plan.total} bytes`,
            file.path,
          );
        if (cap !== undefined && verifier.bytes + bytes.byteLength > cap) throw tooLarge();
        verifier.update(bytes);
        await out.write(bytes);
      }
      if (head) {
        const bytes = checkHead(file, head, res);
        if (cap !== undefined && bytes.byteLength > cap) throw tooLarge();
        verifier.update(bytes);
        await out.write(bytes);
      }
    } finally {
      await out.close();
    }
    return size ?? plan.total;
  } catch (error) {
    if (watch.stalled) throw watch.stallError();
    if (error instanceof ModelStoreError) throw error;
    throw new ModelStoreError(
      'network',
      `${file.path}: connection lost at byte ${verifier.bytes} (${(error as Error).message})`,
      file.path,
    );
  } finally {
    watch.stop();
  }
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

function checkHead(file: ManifestFile, head: Uint8Array, res: Response): Uint8Array {
  const got = describeUnexpectedContent(
    head,
    expectedContentFor(file.path, file.kind),
    res.headers.get('content-type'),
  );
  if (got) throw new ModelStoreError('refused-content', `${file.path}: got ${got}`, file.path);
  return head;
}
