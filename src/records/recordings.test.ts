import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_PIECE, openRecordingStore, recordingSize, type Recording, type RecordingStore } from './recordings.js';

let dbCount = 0;
const open: RecordingStore[] = [];
async function freshStore(): Promise<RecordingStore> {
  const store = await openRecordingStore(`recordings-test-${++dbCount}`);
  open.push(store);
  return store;
}
afterEach(() => open.splice(0).forEach((s) => s.close()));

const audio = (n: number) => new Uint8Array(n).fill(7).buffer;
const recording = (casualtyId: string, pieceAt: string, minute: number, bytes = 100): Omit<Recording, 'id'> => ({
  casualtyId,
  pieceAt,
  recordedAt: new Date(Date.UTC(2026, 11, 3, 10, minute)).toISOString(),
  mimeType: 'audio/webm;codecs=opus',
  durationMs: 1000,
  audio: audio(bytes),
});

describe('recording store', () => {
  it('keeps the audio bytes and lists a casualty’s recordings oldest first, apart from other casualties', async () => {
    const store = await freshStore();
    await store.add(recording('a', '2026-12-03T10:05:00.000Z', 5));
    await store.add(recording('a', '2026-12-03T10:01:00.000Z', 1, 3));
    await store.add(recording('b', '2026-12-03T10:02:00.000Z', 2));
    const list = await store.list('a');
    expect(list.map((r) => r.recordedAt.slice(11, 16))).toEqual(['10:01', '10:05']);
    expect([...new Uint8Array(list[0].audio)]).toEqual([7, 7, 7]);
    expect(await store.usage('a')).toEqual({ count: 2, bytes: 103 });
    expect(await store.usage()).toEqual({ count: 3, bytes: 203 });
  });

  it('gives the draft’s recordings to the piece added, and only those', async () => {
    const store = await freshStore();
    await store.add(recording('a', '2026-12-03T10:00:00.000Z', 0));
    await store.add(recording('a', DRAFT_PIECE, 1));
    await store.add(recording('a', DRAFT_PIECE, 2));
    await store.add(recording('b', DRAFT_PIECE, 3));
    expect(await store.attachDraft('a', '2026-12-03T10:03:00.000Z')).toBe(2);
    expect((await store.list('a')).map((r) => r.pieceAt)).toEqual([
      '2026-12-03T10:00:00.000Z',
      '2026-12-03T10:03:00.000Z',
      '2026-12-03T10:03:00.000Z',
    ]);
    expect((await store.list('b')).map((r) => r.pieceAt)).toEqual([DRAFT_PIECE]);
  });

  it('drops only the draft’s recordings when the medic empties the draft', async () => {
    const store = await freshStore();
    await store.add(recording('a', '2026-12-03T10:00:00.000Z', 0));
    await store.add(recording('a', DRAFT_PIECE, 1));
    await store.dropDraft('a');
    expect((await store.list('a')).map((r) => r.pieceAt)).toEqual(['2026-12-03T10:00:00.000Z']);
  });

  it('replaces a casualty’s recordings with an import’s', async () => {
    const store = await freshStore();
    await store.add(recording('a', '2026-12-03T10:00:00.000Z', 0));
    await store.replace('a', [recording('x', '2026-12-03T10:09:00.000Z', 9, 5)]);
    const list = await store.list('a');
    expect(list.map((r) => [r.casualtyId, r.pieceAt, r.audio.byteLength])).toEqual([
      ['a', '2026-12-03T10:09:00.000Z', 5],
    ]);
  });

  it('drops the recordings of casualties no longer stored and keeps the rest (soft-deleted ones included)', async () => {
    const store = await freshStore();
    await store.add(recording('purged', '2026-12-03T10:00:00.000Z', 0));
    await store.add(recording('purged', DRAFT_PIECE, 1));
    await store.add(recording('live', '2026-12-03T10:00:00.000Z', 2));
    await store.add(recording('soft-deleted', '2026-12-03T10:00:00.000Z', 3));
    const asked: string[] = [];
    const dropped = await store.dropOrphans(async (id) => (asked.push(id), id !== 'purged'));
    expect(dropped).toBe(2);
    expect(asked.sort()).toEqual(['live', 'purged', 'soft-deleted']);
    expect(await store.usage()).toEqual({ count: 2, bytes: 200 });
  });

  it('drops nothing when the record store cannot say', async () => {
    const store = await freshStore();
    await store.add(recording('a', '2026-12-03T10:00:00.000Z', 0));
    await expect(store.dropOrphans(() => Promise.reject(new Error('closed')))).rejects.toThrow('closed');
    expect((await store.usage()).count).toBe(1);
  });
});

describe('recordingSize', () => {
  it('says KB below a megabyte (never 0) and MB from there', () => {
    expect(recordingSize(10)).toBe('1 KB');
    expect(recordingSize(41 * 1024)).toBe('41 KB');
    expect(recordingSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
