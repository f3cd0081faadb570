import { CHECKPOINT_GRACE, endsWithinGrace } from './checkpoint-grace.js';
import * as chunks from './chunk-store.js';
import type { FileRecord } from './chunk-store.js';
import { isQuotaError, ModelStoreError, storageFull } from './errors.js';
import { bodyReads, HeldBytes } from './held-bytes.js';
import type { FileKind } from './manifest.js';
import { rangeHeader } from './resume-plan.js';
import { measure, storeReceived, type StoredFile } from './store-received.js';
import type { FileTask } from './tasks.js';
import { FileVerifier } from './verify.js';
import { connectionLost, openBody, withRetries } from './transfer.js';
import { hasArtifact } from './webllm-cache.js';

/** Settings and callbacks a file download shares with its siblings. */
export interface FileDownloadContext {
  signal: AbortSignal;
  /** Most bytes held in memory before they are written as a chunk, however recent. */
  chunkBytes: number;
  /** Longest time received bytes wait in memory before they are written as a chunk. */
  checkpointMs: number;
  maxRetries: number;
  retryBaseMs: number;
  fetchFn: typeof fetch;
  /**
   * The stored records of the files about to start, read in one request just before (absent: none stored),
   * so a slot starts its next file without a read of its own, which queues behind other files' large writes
   * in the origin's one IndexedDB backing store while the link waits. Without it each file reads its record.
   */
  records?: ReadonlyMap<string, FileRecord>;
  /** Caps for files of unknown size, by kind; {@link UNKNOWN_SIZE_CAPS} by default. */
  sizeCaps?: Partial<Record<FileKind, number>>;
  /** Running byte count of this file (stored + in memory) and its total once known. */
  onBytes(task: FileTask, bytes: number, total: number | undefined): void;
}

/**
 * A file whose bytes have all arrived; `store()` verifies it and hands it to WebLLM's cache,
 * resolving once the copy is written, with `recorded` for the last step (storeReceived).
 */
export interface ReceivedFile {
  store(): Promise<StoredFile>;
}

/** Downloads one file with resume, retries and verification, then hands it to WebLLM's cache. */
export async function downloadFile(task: FileTask, ctx: FileDownloadContext): Promise<void> {
  await (
    await (await receiveFile(task, ctx)).store()
  ).recorded;
}

/**
 * Fetches one file to its end, with resume and retries; storing it is the caller's next step, so a
 * download slot can start its next file while this one is hashed and written (the link stays busy).
 * Invariant: the verifier has seen exactly the stored bytes (and, in storeReceived, the unstored tail),
 * so a resume never re-reads them from the network and the final hash covers the file once.
 */
export async function receiveFile(task: FileTask, ctx: FileDownloadContext): Promise<ReceivedFile> {
  const received = await quotaAsStorageFull(task, () => receiveVerified(task, ctx));
  return {
    store: () =>
      quotaAsStorageFull(task, async () => {
        const { recorded } = await received.store();
        const mapped = quotaAsStorageFull(task, () => recorded);
        void mapped.catch(() => undefined); // see storeReceived
        return { recorded: mapped };
      }),
  };
}

async function quotaAsStorageFull<T>(task: FileTask, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Whichever IndexedDB write meets the quota first (a chunk, the file's record, the final copy), the medic gets one message.
    throw isQuotaError(error) ? storageFull(task.path) : error;
  }
}

async function receiveVerified(task: FileTask, ctx: FileDownloadContext): Promise<ReceivedFile> {
  let rec = ctx.records ? ctx.records.get(task.url) : await chunks.getFile(task.url);
  if (rec?.complete && (await hasArtifact(task.scope, task.url))) {
    ctx.onBytes(task, rec.stored, rec.stored);
    return { store: async () => ({ recorded: Promise.resolve() }) };
  }
  if (rec && (rec.complete || (task.size !== undefined && rec.size !== undefined && rec.size !== task.size))) {
    await chunks.deleteFile(task.url); // stale: deleted from WebLLM's cache, or the file changed
    rec = undefined;
  }
  rec ??= {
    url: task.url,
    modelId: task.modelId,
    path: task.path,
    stored: 0,
    chunks: 0,
    complete: false,
    ...(task.size !== undefined ? { size: task.size } : {}),
  };

  // Length is followed as bytes arrive; the hash is taken once over the assembled file (storeReceived).
  const verifier = new FileVerifier(
    { path: task.path, ...optional('size', task.size ?? rec.size), ...optional('sha256', task.sha256) },
    { streamHash: false },
  );
  verifier.assumeStored(rec.stored);
  const held = new HeldBytes(rec.stored, rec.size);
  ctx.onBytes(task, rec.stored, rec.size);

  let current = rec;
  const fetched = await withRetries(
    async () => {
      try {
        const result = await fetchRemaining(task, current, verifier, held, ctx);
        current = result.rec;
        return result;
      } catch (error) {
        current = (error as PartialProgress).rec ?? current;
        throw (error as PartialProgress).cause ?? error;
      }
    },
    { maxRetries: ctx.maxRetries, retryBaseMs: ctx.retryBaseMs, signal: ctx.signal },
    { held: () => current.stored, dropRefused: () => chunks.deleteFile(task.url) },
  );
  const { rec: done, tail } = fetched;
  return { store: () => storeReceived(task, done, verifier, held, tail) };
}

/**
 * A file fetched to its end: what is stored in chunks, and the last bytes that were not, because
 * they go straight into the final record (writing them as a chunk too would only be deleted again).
 */
interface Fetched {
  rec: FileRecord;
  tail: Uint8Array;
}

/** Carries the last stored state out of a failed fetch so the retry continues from it. */
interface PartialProgress {
  rec?: FileRecord;
  cause?: unknown;
}

async function fetchRemaining(
  task: FileTask,
  start: FileRecord,
  verifier: FileVerifier,
  held: HeldBytes,
  ctx: FileDownloadContext,
): Promise<Fetched> {
  let rec = start;
  held.restartAt(rec.stored);
  // Received bytes are stored as a chunk once they are checkpointMs old or chunkBytes many, so a
  // crash loses about a second of download per file in flight whatever the link. A file that
  // arrives within that time is never a chunk: it is written once, as its final record (writing
  // it twice is what halves throughput on a fast link). One chunk write runs at a time, in the
  // background, so reading rarely waits on IndexedDB and a cut finds little unread in the stream's
  // queue (which an errored stream throws away); bytes arriving meanwhile join the next chunk.
  let writing: Promise<void> | undefined;
  let writingBytes = 0;
  let writeError: { error: unknown } | undefined;
  let checkpoint: ReturnType<typeof setTimeout> | undefined;
  let reading = true;
  // This request's arrival so far, for checkpoint-grace.ts; set once the body starts.
  const arrival = { from: rec.stored, received: rec.stored, startMs: 0, graceTaken: false };
  const startWrite = (): void => {
    clearTimeout(checkpoint);
    checkpoint = undefined;
    arrival.graceTaken = false;
    const data = held.takeChunk();
    writingBytes = data.byteLength;
    writing = (async () => {
      const t0 = performance.now();
      try {
        rec = await chunks.appendChunk(rec, data);
        verifier.update(data);
        held.chunkStored(data);
      } catch (error) {
        writeError = { error: isQuotaError(error) ? storageFull(task.path) : error };
      } finally {
        measure('chunk-write', t0);
        writing = undefined;
        writingBytes = 0;
        armCheckpoint(); // bytes that arrived during the write get their own deadline
      }
    })();
  };
  const checkpointDue = (): void => {
    checkpoint = undefined;
    if (!reading || writing || held.pendingBytes === 0) return;
    const remainingBytes = rec.size === undefined ? undefined : rec.size - arrival.received;
    const soFar = {
      remainingBytes,
      receivedBytes: arrival.received - arrival.from,
      elapsedMs: performance.now() - arrival.startMs,
      checkpointMs: ctx.checkpointMs,
    };
    if (!arrival.graceTaken && endsWithinGrace(soFar)) {
      arrival.graceTaken = true; // once: a file that slows down is checkpointed a quarter late, not never
      checkpoint = setTimeout(checkpointDue, ctx.checkpointMs * CHECKPOINT_GRACE);
      return;
    }
    startWrite();
  };
  const armCheckpoint = (): void => {
    if (checkpoint !== undefined || !reading || held.pendingBytes === 0) return;
    checkpoint = setTimeout(checkpointDue, ctx.checkpointMs);
  };
  const stopCheckpoints = (): void => {
    reading = false;
    clearTimeout(checkpoint);
    checkpoint = undefined;
  };
  /** Stores what is pending once it makes a chunk (or all of it), waiting only when two chunks' worth are unstored. */
  const flush = async (all: boolean): Promise<void> => {
    for (;;) {
      if (writeError !== undefined) throw writeError.error;
      if (writing) {
        if (!all && writingBytes + held.pendingBytes < 2 * ctx.chunkBytes) return;
        const t0 = performance.now();
        await writing;
        measure('write-backpressure', t0);
        continue;
      }
      if (held.pendingBytes === 0 || (!all && held.pendingBytes < ctx.chunkBytes)) return;
      startWrite();
      if (!all) return;
    }
  };

  try {
    const range = rangeHeader(rec.stored);
    let res: Response;
    try {
      res = await ctx.fetchFn(task.fetchUrl, {
        signal: ctx.signal,
        cache: 'no-store',
        ...(range ? { headers: { Range: range } } : {}),
      });
    } catch (error) {
      throw ctx.signal.aborted
        ? error
        : new ModelStoreError('network', `${task.path}: ${(error as Error).message}`, task.path);
    }
    const gate = await openBody(task, rec.stored, res, rec.size, optional('sizeCaps', ctx.sizeCaps));
    if (gate.plan.complete) return { rec, tail: new Uint8Array(0) };
    if (rec.size === undefined && gate.plan.total !== undefined) {
      rec = { ...rec, size: gate.plan.total };
      await chunks.putFile(rec);
    }
    if (!res.body) throw new ModelStoreError('http', `${task.path}: empty response`, task.path);
    const read = bodyReads(res.body, held.copies);
    const take = async (bytes: Uint8Array): Promise<void> => {
      if (bytes.byteLength === 0) return;
      held.keep(bytes, gate.received);
      arrival.received = gate.received;
      // The file's last bytes are not a chunk: they go straight into the final record.
      if (held.pendingBytes >= ctx.chunkBytes && gate.received !== rec.size) await flush(false);
      else armCheckpoint();
      ctx.onBytes(task, gate.received, rec.size);
    };
    const readStart = (arrival.startMs = performance.now());
    let readWaitMs = 0;
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      const t0 = performance.now();
      try {
        next = await read();
        readWaitMs += performance.now() - t0;
      } catch (error) {
        throw ctx.signal.aborted ? error : connectionLost(task.path, gate.received, error);
      }
      if (next.done) break;
      await take(gate.admit(next.value));
    }
    await take(gate.end());
    measure('read-wait', readStart, readStart + readWaitMs);
    stopCheckpoints();
    const tail = held.takeTail();
    await flush(true); // earlier chunks: the verifier and `held` must have seen them before the tail
    return { rec, tail };
  } catch (error) {
    // Keep what arrived before a cut or a pause: the gate let only checked bytes into `held`.
    stopCheckpoints();
    const keep = !(error instanceof ModelStoreError && error.code !== 'network');
    if (!keep) held.dropPending();
    {
      try {
        await flush(true);
      } catch (flushError) {
        throw Object.assign(new Error('flush failed'), { rec, cause: flushError });
      }
    }
    throw Object.assign(new Error('fetch failed'), { rec, cause: error });
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
