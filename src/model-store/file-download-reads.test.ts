import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { downloadFile, type FileDownloadContext } from './file-download.js';
import type { FileTask } from './tasks.js';
import { shardTask } from './test-tasks.js';
import { getArtifact } from './webllm-cache.js';

// How a body of known size is read: into one buffer of the file, through a BYOB reader, losing nothing at a cut.
const BYTES = new Uint8Array(300_000).map((_, i) => (i * 11) % 251);

const taskFor = (name: string) => shardTask(name, BYTES.byteLength);

const ctx = (fetchFn: typeof fetch): FileDownloadContext => ({
  signal: new AbortController().signal,
  chunkBytes: 1 << 20,
  checkpointMs: 60_000,
  maxRetries: 2,
  retryBaseMs: 1,
  fetchFn,
  onBytes: () => undefined,
});

/** A byte stream, as a fetch body is, sending `from` onwards in 16 KiB pieces; it breaks once `breakAt` is sent. */
function body(from: number, breakAt = Infinity): ReadableStream<Uint8Array> {
  let sent = from;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (sent >= breakAt) return controller.error(new TypeError('network error'));
      if (sent >= BYTES.byteLength) {
        controller.close();
        return controller.byobRequest?.respond(0);
      }
      const end = Math.min(sent + 16_384, BYTES.byteLength, breakAt);
      controller.enqueue(BYTES.slice(sent, end));
      sent = end;
    },
  });
}

const stored = async (task: FileTask) => new Uint8Array((await getArtifact(task.scope, task.url)) as ArrayBuffer);

/**
 * What the stored file is beside BYTES: its length and the first byte that differs (-1 when none). Not
 * `toEqual(BYTES)`: that walks 300 000 elements through the matcher's generic equality, seconds on a loaded runner.
 */
async function storedAgainstBytes(task: FileTask) {
  const got = await stored(task);
  const differs = BYTES.findIndex((b, i) => got[i] !== b);
  return { length: got.byteLength, firstDifference: differs };
}
const WHOLE = { length: BYTES.byteLength, firstDifference: -1 };

describe('downloadFile reads', () => {
  it('reads a body of known size with a BYOB reader and stores it intact', async () => {
    const getReader = vi.spyOn(ReadableStream.prototype, 'getReader');
    const task = taskFor('byob.bin');
    await downloadFile(
      task,
      ctx(async () => new Response(body(0), { status: 200, headers: { 'content-length': String(BYTES.byteLength) } })),
    );
    expect(getReader).toHaveBeenCalledWith({ mode: 'byob' });
    getReader.mockRestore();
    expect(await storedAgainstBytes(task)).toEqual(WHOLE);
  });

  it('keeps every byte read before a cut: the retry asks from the byte reached, and the file is whole', async () => {
    const task = taskFor('cut.bin');
    const cut = 180_000 + 123;
    const ranges: (string | null)[] = [];
    const fetchFn: typeof fetch = async (_input, init) => {
      const range = new Headers(init?.headers).get('range');
      ranges.push(range);
      if (!range)
        return new Response(body(0, cut), { status: 200, headers: { 'content-length': String(BYTES.byteLength) } });
      const from = Number(/^bytes=(\d+)-$/.exec(range)![1]);
      return new Response(body(from), {
        status: 206,
        headers: {
          'content-length': String(BYTES.byteLength - from),
          'content-range': `bytes ${from}-${BYTES.byteLength - 1}/${BYTES.byteLength}`,
        },
      });
    };
    await downloadFile(task, ctx(fetchFn));
    expect(ranges).toEqual([null, `bytes=${cut}-`]);
    expect(await storedAgainstBytes(task)).toEqual(WHOLE);
  });
});
