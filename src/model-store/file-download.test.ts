import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { downloadFile, type FileDownloadContext } from './file-download.js';
import type { FileTask } from './tasks.js';
import { storeScopeOf } from './manifest.js';

// The file's record is written when the server first tells its size: make that the write that meets the quota.
vi.mock('./chunk-store.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./chunk-store.js')>()),
  putFile: async () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
}));

const BYTES = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);

const task: FileTask = {
  modelId: 'm',
  path: 'params_shard_0.bin',
  kind: 'shard',
  url: 'http://kiosk/models/m/resolve/main/params_shard_0.bin',
  fetchUrl: 'http://kiosk/models/m/resolve/main/params_shard_0.bin',
  scope: storeScopeOf('webllm', 'shard'),
};

const ctx = (): FileDownloadContext => ({
  signal: new AbortController().signal,
  chunkBytes: 64 * 1024,
  checkpointMs: 1000,
  maxRetries: 2,
  retryBaseMs: 1,
  fetchFn: async () => new Response(BYTES, { status: 200, headers: { 'content-length': String(BYTES.byteLength) } }),
  onBytes: () => undefined,
});

describe('downloadFile', () => {
  it('reports a full quota met by any of its writes as storage-full, naming the file', async () => {
    await expect(downloadFile(task, ctx())).rejects.toMatchObject({
      code: 'storage-full',
      file: 'params_shard_0.bin',
      message: expect.stringMatching(/^Storage is full while saving params_shard_0\.bin/),
    });
  });
});
