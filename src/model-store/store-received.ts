import * as chunks from './chunk-store.js';
import type { FileRecord } from './chunk-store.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ownBuffer } from './bytes.js';
import { ModelStoreError } from './errors.js';
import { sha256Elsewhere } from './hash-elsewhere.js';
import type { HeldBytes } from './held-bytes.js';
import type { FileTask } from './tasks.js';
import type { FileVerifier } from './verify.js';
import { deleteArtifacts, putArtifact, webllmValueOf } from './webllm-cache.js';

/** A file's final copy is written (its bytes need no longer be held); `recorded` settles once it is recorded complete. */
export interface StoredFile {
  recorded: Promise<void>;
}

/**
 * The second half of a file download: verifies a file whose bytes have all arrived (its stored
 * chunks, then `tail`, bytes never stored) and writes its one final copy where its engine reads it.
 * Nothing unverified is written there, and the chunks go only once that copy is recorded complete.
 * Resolves once the copy is written, before it is recorded: that small transaction queues behind
 * other files' large writes in the origin's one IndexedDB backing store, and the download slot need
 * not wait for it (the caller awaits `recorded` before calling the download done).
 */
export async function storeReceived(
  task: FileTask,
  rec: FileRecord,
  verifier: FileVerifier,
  held: HeldBytes,
  tail: Uint8Array,
): Promise<StoredFile> {
  let sha: string;
  let value: unknown;
  const total = rec.stored + tail.byteLength;
  try {
    verifier.update(tail);
    let t0 = performance.now();
    // A file begun in this session is all in memory; a resumed one reads its stored chunks once.
    const assembled = held.from === 0 ? ownBuffer(held.file(tail)) : await chunks.assemble(rec, tail);
    measure('assemble', t0);
    // WebLLM keeps each file as one ArrayBuffer, so the whole file is in memory here anyway:
    // WebCrypto hashes it natively (several times faster than JS hashing), on a thread of its own.
    t0 = performance.now();
    const { buffer: bytes, digest } = await sha256Elsewhere(assembled).catch((error: Error) => {
      // Only a hashing worker that died mid-file: its bytes went with it, so the file is fetched again on resume.
      throw new ModelStoreError(
        'network',
        `${task.path}: could not check the file's SHA-256 (${error.message}); resume to fetch it again`,
        task.path,
      );
    });
    sha = verifier.finish(bytesToHex(new Uint8Array(digest)));
    measure('hash', t0);
    value = webllmValueOf(task.path, bytes);
  } catch (error) {
    await chunks.deleteFile(task.url); // nothing unverified stays behind
    if (error instanceof ModelStoreError) throw error;
    throw new ModelStoreError(
      'refused-content',
      `${task.path}: not valid JSON (${(error as Error).message})`,
      task.path,
    );
  }
  // A full quota here reaches the medic as storage-full through receiveFile, like every write of a download.
  const t0 = performance.now();
  await putArtifact(task.scope, task.url, value, rec.chunks > 0);
  measure('final-write', t0);
  const recorded = recordComplete(task, { ...rec, stored: total }, sha);
  void recorded.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection meanwhile
  return { recorded };
}

async function recordComplete(task: FileTask, rec: FileRecord, sha: string): Promise<void> {
  const t0 = performance.now();
  try {
    await chunks.markComplete(rec, sha);
  } catch (error) {
    // Keep the two databases agreeing (a file in WebLLM's cache is one recorded complete): take the
    // copy back out, so a resume continues from the stored chunks instead of trusting it unrecorded.
    await deleteArtifacts(task.scope, [task.url]).catch(() => undefined);
    throw error;
  }
  measure(rec.chunks > 0 ? 'record-and-chunk-delete' : 'record', t0);
}

/**
 * Adds a phase to the Performance timeline as `model-store:<phase>`: visible in DevTools, and
 * summed by bench:download into its breakdown. A few entries per chunk and file, so cheap.
 */
export function measure(phase: string, start: number, end = performance.now()): void {
  performance.measure(`model-store:${phase}`, { start, end });
}
