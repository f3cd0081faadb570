import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as chunks from './chunk-store.js';
import { ModelDownload } from './downloader.js';
import type { ModelManifest } from './manifest.js';

// Recording a file complete is a small transaction that, in a browser, queues behind other files'
// large writes in the origin's one IndexedDB backing store: here it waits until the test opens the gate.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('./chunk-store.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./chunk-store.js')>();
  return {
    ...actual,
    markComplete: async (...args: Parameters<typeof actual.markComplete>) => (
      await gate.opened,
      actual.markComplete(...args)
    ),
  };
});
// Node has no navigator.storage; the space check is not what this test is about.
vi.mock('./storage.js', () => ({ ensureSpace: async () => undefined, requestPersistence: async () => false }));

const FILES = 6;
const BYTES = new Uint8Array(4096).map((_, i) => (i * 31) % 251);
const manifest: ModelManifest = {
  id: 'pipeline-test',
  engine: 'webllm',
  baseUrl: 'http://kiosk/models/pipeline-test',
  variant: { quantization: 'q4f16_1', contextWindow: 2048, requiredFeatures: [], vramMB: 0 },
  files: Array.from({ length: FILES }, (_, i) => ({
    path: `params_shard_${i}.bin`,
    kind: 'shard' as const,
    size: BYTES.byteLength,
  })),
};

describe('ModelDownload pipeline', () => {
  it('fetches the next files while earlier ones wait to be recorded complete, and is done only once all are recorded', async () => {
    const fetched: string[] = [];
    const download = new ModelDownload({
      manifest,
      modelUrl: manifest.baseUrl,
      concurrency: 2,
      fetchFn: async (input) => {
        fetched.push(urlOf(input));
        return new Response(BYTES.slice(), { status: 200, headers: { 'content-length': String(BYTES.byteLength) } });
      },
    });
    const finished = download.start();
    // Every file arrives and is written although none is recorded yet: no download slot waits on a record.
    await vi.waitFor(() => expect(fetched).toHaveLength(FILES));
    expect(download.progress.state).toBe('downloading');
    expect((await chunks.filesOfModel(manifest.id)).filter((f) => f.complete)).toEqual([]);
    gate.open();
    await expect(finished).resolves.toBe('done');
    const records = await chunks.filesOfModel(manifest.id);
    expect(records.map((f) => [f.path, f.complete, f.stored])).toEqual(
      manifest.files.map((f) => [f.path, true, BYTES.byteLength]),
    );
  });

  it('reads the file records of the model once, for the space check and every file, not once per file', async () => {
    const getFile = vi.spyOn(chunks, 'getFile');
    const filesOfModel = vi.spyOn(chunks, 'filesOfModel');
    const readsBeforeFirstFetch: number[] = [];
    const other = { ...manifest, id: 'pipeline-test-2', baseUrl: 'http://kiosk/models/pipeline-test-2' };
    const download = new ModelDownload({
      manifest: other,
      modelUrl: other.baseUrl,
      concurrency: 1,
      fetchFn: async () => {
        readsBeforeFirstFetch.push(getFile.mock.calls.length);
        return new Response(BYTES.slice(), { status: 200, headers: { 'content-length': String(BYTES.byteLength) } });
      },
    });
    await expect(download.start()).resolves.toBe('done');
    // No file looks its record up on its own: such a read waits behind other files' writes while the link idles.
    expect(readsBeforeFirstFetch).toEqual(Array(FILES).fill(0));
    expect(filesOfModel).toHaveBeenCalledTimes(1);
    getFile.mockRestore();
    filesOfModel.mockRestore();
  });
});

/** The URL a fetch was asked for, whichever form `input` takes. */
function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : String(input);
}
