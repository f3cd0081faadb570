import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as chunks from './chunk-store.js';
import type { FileRecord } from './chunk-store.js';

const record = (name: string): FileRecord => ({
  url: `http://kiosk/models/m/resolve/main/${name}`,
  modelId: 'm',
  path: name,
  stored: 0,
  chunks: 0,
  complete: false,
});

describe('markComplete', () => {
  afterEach(() => vi.restoreAllMocks());

  it('records a file that never had a chunk without touching the chunk store', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const done = await chunks.markComplete({ ...record('a.bin'), stored: 10 }, 'ab'.repeat(32));
    expect(done).toMatchObject({ complete: true, chunks: 0, stored: 10 });
    expect(await chunks.getFile(done.url)).toEqual(done);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.map(([stores]) => [stores].flat())).toEqual([['files']]);
  });

  it('drops the chunks of a file that had some, in the transaction that records it complete', async () => {
    let rec = await chunks.appendChunk(record('b.bin'), new Uint8Array([1, 2, 3]));
    rec = await chunks.appendChunk(rec, new Uint8Array([4, 5]));
    const other = await chunks.appendChunk(record('c.bin'), new Uint8Array([9]));
    await chunks.markComplete(rec, 'cd'.repeat(32));
    expect(await chunks.getFile(rec.url)).toMatchObject({ complete: true, chunks: 0, stored: 5 });
    await expect(chunks.assemble({ ...rec, stored: 0 })).resolves.toHaveProperty('byteLength', 0);
    expect(new Uint8Array(await chunks.assemble(other))).toEqual(new Uint8Array([9]));
  });
});
