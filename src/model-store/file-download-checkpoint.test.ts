import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as chunks from './chunk-store.js';
import { downloadFile, type FileDownloadContext } from './file-download.js';
import { shardTask } from './test-tasks.js';
import { getArtifact } from './webllm-cache.js';

// When received bytes become a chunk: by age (checkpointMs) or by count (chunkBytes), never both skipped.
const BYTES = new Uint8Array(96 * 1024).map((_, i) => (i * 13) % 251);
const PIECE = 8 * 1024;

const taskFor = (name: string) => shardTask(name, BYTES.byteLength);

/** A body that sends BYTES in pieces, `gapMs` apart, calling `onPiece` before each. */
function trickle(gapMs: number, onPiece: (sent: number) => Promise<void> | void = () => undefined): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= BYTES.byteLength) return controller.close();
      await onPiece(sent);
      await new Promise((r) => setTimeout(r, gapMs));
      controller.enqueue(BYTES.slice(sent, sent + PIECE));
      sent += PIECE;
    },
  });
  return new Response(body, { status: 200, headers: { 'content-length': String(BYTES.byteLength) } });
}

const ctx = (over: Partial<FileDownloadContext>): FileDownloadContext => ({
  signal: new AbortController().signal,
  chunkBytes: 1 << 20,
  checkpointMs: 1000,
  maxRetries: 2,
  retryBaseMs: 1,
  fetchFn: async () => trickle(0),
  onBytes: () => undefined,
  ...over,
});

describe('downloadFile checkpoints', () => {
  it('writes a file that arrives within checkpointMs once, as its final record, never as a chunk', async () => {
    const append = vi.spyOn(chunks, 'appendChunk');
    const task = taskFor('fast.bin');
    await downloadFile(task, ctx({}));
    expect(append).not.toHaveBeenCalled();
    expect(new Uint8Array((await getArtifact(task.scope, task.url)) as ArrayBuffer)).toEqual(BYTES);
    expect(await chunks.getFile(task.url)).toMatchObject({ complete: true, stored: BYTES.byteLength, chunks: 0 });
    append.mockRestore();
  });

  it('stores bytes older than checkpointMs while the file is still arriving', async () => {
    const task = taskFor('slow.bin');
    // The first half arrives, then the body waits for a chunk write: only a checkpoint by age can make one, as
    // chunkBytes is far off. The test waits on that event, never on a guess at how long it takes.
    const append = vi.spyOn(chunks, 'appendChunk');
    let storedMidway = -1;
    const half = BYTES.byteLength / 2;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= BYTES.byteLength) return controller.close();
        if (sent === half) {
          await vi.waitUntil(() => append.mock.results.length > 0, { timeout: 60_000, interval: 5 });
          await append.mock.results[0].value;
          storedMidway = (await chunks.getFile(task.url))?.stored ?? 0;
        }
        controller.enqueue(BYTES.slice(sent, sent + PIECE));
        sent += PIECE;
      },
    });
    const fetchFn = async () =>
      new Response(body, { status: 200, headers: { 'content-length': String(BYTES.byteLength) } });
    await downloadFile(task, ctx({ checkpointMs: 30, fetchFn }));
    expect(storedMidway).toBe(half);
    expect(new Uint8Array((await getArtifact(task.scope, task.url)) as ArrayBuffer)).toEqual(BYTES);
    append.mockRestore();
  });

  it('lets a checkpoint wait when the last bytes of the file are due within its grace, so the file is written once', async () => {
    const append = vi.spyOn(chunks, 'appendChunk');
    const task = taskFor('nearly.bin');
    const checkpointMs = 200;
    const last = 1024;
    let pulls = 0;
    let lastPiecePulled!: () => void;
    const waitingForLast = new Promise<void>((resolve) => (lastPiecePulled = resolve));
    // The download's clock is a fake one the test moves (IndexedDB's own scheduling stays real): all but the last KiB
    // at once, the last KiB at 1.1 checkpoints, a little after the checkpoint falls due, when at the rate so far the
    // rest was due long before the grace ends.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulls++ === 0) return controller.enqueue(BYTES.slice(0, -last));
          lastPiecePulled();
          return new Promise<void>((resolve) =>
            setTimeout(() => {
              controller.enqueue(BYTES.slice(-last));
              controller.close();
              resolve();
            }, checkpointMs * 1.1),
          );
        },
      });
      const fetchFn = async () =>
        new Response(body, { status: 200, headers: { 'content-length': String(BYTES.byteLength) } });
      const downloading = downloadFile(task, ctx({ checkpointMs, fetchFn }));
      await waitingForLast;
      await vi.advanceTimersByTimeAsync(checkpointMs * 1.1);
      await downloading;
    } finally {
      vi.useRealTimers();
    }
    expect(append).not.toHaveBeenCalled();
    expect(new Uint8Array((await getArtifact(task.scope, task.url)) as ArrayBuffer)).toEqual(BYTES);
    append.mockRestore();
  });

  it('stores bytes once chunkBytes of them wait, however recent', async () => {
    const append = vi.spyOn(chunks, 'appendChunk');
    const task = taskFor('big.bin');
    await downloadFile(task, ctx({ chunkBytes: 32 * 1024, checkpointMs: 60_000 }));
    expect(append).toHaveBeenCalled();
    expect(append.mock.calls.every(([, data]) => data.byteLength >= 32 * 1024)).toBe(true);
    expect(new Uint8Array((await getArtifact(task.scope, task.url)) as ArrayBuffer)).toEqual(BYTES);
    append.mockRestore();
  });
});
