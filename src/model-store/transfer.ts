/**
 * The transfer loop shared by the browser downloader (file-download.ts) and the kiosk's model:mirror
 * (cli/mirror-file.ts): retrying a file from the bytes already verified, and gating what a response's body
 * may add to them. Pure of IndexedDB and of Node: each caller brings its own storage and its own fetch.
 */
import { concat } from './bytes.js';
import { ModelStoreError } from './errors.js';
import type { FileKind } from './manifest.js';
import { formatBytes } from './progress.js';
import { backoffMs, planBody, type BodyPlan } from './resume-plan.js';
import { UNKNOWN_SIZE_CAPS } from './size-caps.js';
import { describeUnexpectedContent, expectedContentFor, sniffResponse, SNIFF_BYTES } from './sniff.js';

/** Errors that mean the bytes themselves are wrong, so what was kept of them is dropped before the error is thrown. */
const REFUSALS: ReadonlySet<string> = new Set(['refused-content', 'length-mismatch', 'hash-mismatch', 'too-large']);

export interface RetryPolicy {
  maxRetries: number;
  retryBaseMs: number;
  /** Aborting it ends the loop at once with its reason, also during a back-off. */
  signal?: AbortSignal;
}

export interface RetryHooks {
  /** Verified bytes held so far: a try that adds any resets the failure count. */
  held(): number;
  /** Turns what a try threw into the error judged (default: as thrown); only a retryable ModelStoreError is retried. */
  classify?(error: unknown): unknown;
  /** Drops what was kept of a file whose bytes were refused. */
  dropRefused(): Promise<void>;
  /** The error thrown once the retries are spent (default: the last one). */
  gaveUp?(error: ModelStoreError, tries: number): Error;
  /** Told before each back-off. */
  onRetry?(error: ModelStoreError, failures: number): void;
}

/**
 * Runs `attempt` until it succeeds, retrying a retryable {@link ModelStoreError} after an exponential back-off,
 * at most `maxRetries` times in a row without progress; each try resumes from what the previous ones kept.
 */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  let failures = 0;
  for (;;) {
    const before = hooks.held();
    try {
      return await attempt();
    } catch (thrown) {
      if (policy.signal?.aborted) throw policy.signal.reason;
      const error = hooks.classify ? hooks.classify(thrown) : thrown;
      if (!(error instanceof ModelStoreError)) throw error;
      if (REFUSALS.has(error.code)) await hooks.dropRefused(); // nothing unverified stays
      if (!error.retryable) throw error;
      failures = hooks.held() > before ? 1 : failures + 1; // a try that made progress resets the count
      if (failures > policy.maxRetries) throw hooks.gaveUp ? hooks.gaveUp(error, failures) : error;
      hooks.onRetry?.(error, failures);
      await sleep(backoffMs(failures, policy.retryBaseMs), policy.signal);
    }
  }
}

/** What a {@link BodyGate} judges a file's bytes against. */
export interface GateFile {
  path: string;
  kind: FileKind;
  /** From the manifest; absent: unknown, so the kind's cap applies. */
  size?: number;
}

/** Where a response came from, for the messages (absent: not said). */
export interface GateOptions {
  sizeCaps?: Partial<Record<FileKind, number>>;
  where?: string;
}

/**
 * Reads a response to a request for `file` from `offset` held bytes: how to consume its body ({@link planBody}),
 * saying what it is instead when it is a pointer or an error page, and refusing an announced size past the cap.
 */
export async function openBody(
  file: GateFile,
  offset: number,
  res: Response,
  expectedSize: number | undefined,
  options: GateOptions = {},
): Promise<BodyGate> {
  let plan: BodyPlan;
  try {
    const head = {
      status: res.status,
      contentRange: res.headers.get('content-range'),
      contentLength: res.headers.get('content-length'),
    };
    plan = planBody(file.path, offset, head, expectedSize);
  } catch (error) {
    // A pointer or error page also has the wrong length; saying what it is helps more.
    const got = offset === 0 ? await sniffResponse(res, expectedContentFor(file.path, file.kind)) : null;
    throw got ? new ModelStoreError('refused-content', `${file.path}: got ${got}`, file.path) : error;
  }
  const gate = new BodyGate(file, offset, plan, res.headers.get('content-type'), expectedSize, options);
  if (!plan.complete && gate.cap !== undefined && plan.total !== undefined && plan.total > gate.cap)
    throw gate.tooLarge();
  return gate;
}

/**
 * The checks every byte of a body passes before it is kept: the bytes already held are skipped (a server that
 * ignored Range), the head is held back until it is known not to be a Git LFS pointer or an error page, and the
 * file may not run past its size nor, when that is unknown, past its kind's cap.
 */
export class BodyGate {
  /** A file of unknown size may not run past this; undefined when the size is known. */
  readonly cap: number | undefined;
  /** The file's size if the manifest or the server said. */
  readonly total: number | undefined;
  /** Bytes of the file held, counting those this gate let through. */
  received: number;
  private skip: number;
  private head: Uint8Array[] | undefined;
  private headBytes = 0;

  constructor(
    private readonly file: GateFile,
    offset: number,
    readonly plan: BodyPlan,
    private readonly contentType: string | null,
    expectedSize: number | undefined,
    private readonly options: GateOptions,
  ) {
    this.cap = file.size === undefined ? (options.sizeCaps?.[file.kind] ?? UNKNOWN_SIZE_CAPS[file.kind]) : undefined;
    this.total = plan.total ?? expectedSize;
    this.received = offset;
    this.skip = plan.skip;
    this.head = offset === 0 ? [] : undefined;
  }

  /**
   * The bytes of `chunk` to keep now (maybe none, while the head is held back); throws if the file is refused.
   * What it holds back it copies, so the caller may fill `chunk`'s buffer again once it has kept what is returned.
   */
  admit(chunk: Uint8Array): Uint8Array {
    let bytes = chunk;
    if (this.skip > 0) {
      const drop = Math.min(this.skip, bytes.byteLength);
      this.skip -= drop;
      bytes = bytes.subarray(drop);
    }
    if (this.head) {
      if (this.headBytes === 0 && bytes.byteLength >= SNIFF_BYTES) return this.releaseHead(bytes);
      this.head.push(bytes.slice());
      this.headBytes += bytes.byteLength;
      if (this.headBytes < SNIFF_BYTES) return new Uint8Array(0);
      return this.releaseHead();
    }
    return this.count(bytes);
  }

  /** At the body's end: the held-back head, if the file is shorter than it, once checked. */
  end(): Uint8Array {
    return this.head ? this.releaseHead() : new Uint8Array(0);
  }

  tooLarge(): ModelStoreError {
    const { path, kind } = this.file;
    const from = this.options.where ? `, from ${this.options.where}` : '';
    return new ModelStoreError(
      'too-large',
      `${path}: more than the ${formatBytes(this.cap!)} a ${kind} file of unknown size may have${from}; refused`,
      path,
    );
  }

  private releaseHead(head = concat(this.head!, this.headBytes)): Uint8Array {
    this.head = undefined;
    const got = describeUnexpectedContent(head, expectedContentFor(this.file.path, this.file.kind), this.contentType);
    if (got) throw new ModelStoreError('refused-content', `${this.file.path}: got ${got}`, this.file.path);
    return this.count(head);
  }

  private count(bytes: Uint8Array): Uint8Array {
    const { path } = this.file;
    if (this.total !== undefined && this.received + bytes.byteLength > this.total)
      throw new ModelStoreError(
        'length-mismatch',
        `${path}: server sent more than the expected ${this.total} bytes`,
        path,
      );
    if (this.cap !== undefined && this.received + bytes.byteLength > this.cap) throw this.tooLarge();
    this.received += bytes.byteLength;
    return bytes;
  }
}

/** The error for a request that failed or broke off, naming the file and the byte it had reached. */
export function connectionLost(path: string, bytes: number, error: unknown): ModelStoreError {
  return new ModelStoreError(
    'network',
    `${path}: connection lost at byte ${bytes} (${(error as Error).message})`,
    path,
  );
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });
}
