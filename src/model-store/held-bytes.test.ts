import { describe, expect, it } from 'vitest';
import { bodyReads, HeldBytes, READ_BYTES } from './held-bytes.js';

const bytes = (from: number, length: number) => new Uint8Array(length).map((_, i) => (from + i) % 251);

/** A byte stream (what a fetch body is) that enqueues `pieces`, then ends. */
function byteStream(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (next < pieces.length) return controller.enqueue(pieces[next++].slice());
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

/** A plain stream of pieces (a scripted or wrapped body): no BYOB reader. */
function pieceStream(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      if (next < pieces.length) controller.enqueue(pieces[next++].slice());
      else controller.close();
    },
  });
}

async function readAll(read: () => Promise<ReadableStreamReadResult<Uint8Array>>, held: HeldBytes, from: number) {
  let at = from;
  for (let r = await read(); !r.done; r = await read()) {
    at += r.value.byteLength;
    held.keep(r.value, at);
  }
  return at;
}

describe('HeldBytes, a file of known size', () => {
  it('copies what it keeps into one buffer of the file, which is the finished file (no join)', async () => {
    const held = new HeldBytes(0, 300);
    const source = bytes(0, 300);
    const scratch = source.slice(0, 100);
    held.keep(scratch, 100);
    scratch.fill(0); // a reused read buffer: what was kept must not change with it
    held.keep(source.subarray(100, 300), 300);
    expect(held.copies).toBe(true);
    const tail = held.takeTail();
    const file = held.file(tail);
    expect(file).toEqual(source);
    expect(file.buffer.byteLength).toBe(300);
    expect(tail.buffer).toBe(file.buffer); // the tail is a view of the file, not a copy
  });

  it('makes each chunk a standalone copy of the pending bytes, and keeps them for the finished file', () => {
    const held = new HeldBytes(0, 200);
    held.keep(bytes(0, 120), 120);
    const chunk = held.takeChunk();
    expect(chunk).toEqual(bytes(0, 120));
    expect(chunk.buffer.byteLength).toBe(120); // what IndexedDB stores is the chunk alone
    expect(held.pendingBytes).toBe(0);
    held.chunkStored(chunk);
    held.keep(bytes(120, 80), 200);
    expect(held.file(held.takeTail())).toEqual(bytes(0, 200));
  });

  it('receives again from the stored offset after a cut, and drops refused pending bytes', () => {
    const held = new HeldBytes(0, 200);
    held.keep(bytes(0, 50), 50);
    held.chunkStored(held.takeChunk());
    held.keep(new Uint8Array(30).fill(9), 80);
    held.dropPending();
    expect(held.pendingBytes).toBe(0);
    held.restartAt(50);
    held.keep(bytes(50, 150), 200);
    expect(held.file(held.takeTail())).toEqual(bytes(0, 200));
    expect(() => held.keep(bytes(0, 1), 10)).toThrow(/expected 200/);
  });
});

describe('HeldBytes, a file of unknown size', () => {
  it('keeps the pieces it is handed and joins them, stored chunks first', () => {
    const held = new HeldBytes(0, undefined);
    expect(held.copies).toBe(false);
    held.keep(bytes(0, 40), 40);
    held.keep(bytes(40, 40), 80);
    const chunk = held.takeChunk();
    expect(chunk).toEqual(bytes(0, 80));
    held.chunkStored(chunk);
    held.keep(bytes(80, 20), 100);
    expect(held.file(held.takeTail())).toEqual(bytes(0, 100));
  });
});

describe('bodyReads', () => {
  it('reads a byte stream with a BYOB reader into one buffer used again, when the caller copies', async () => {
    const pieces = [bytes(0, 1000), bytes(1000, 3000), bytes(4000, 24)];
    const read = bodyReads(byteStream(pieces), true);
    const seen: number[] = [];
    const held = new HeldBytes(0, 4024);
    let at = 0;
    for (let r = await read(); !r.done; r = await read()) {
      seen.push(r.value.buffer.byteLength);
      at += r.value.byteLength;
      held.keep(r.value, at);
    }
    expect(seen.every((n) => n === READ_BYTES)).toBe(true);
    expect(held.file(held.takeTail())).toEqual(bytes(0, 4024));
  });

  it('reads the pieces a stream hands out when the caller keeps them, or when it is no byte stream', async () => {
    for (const body of [byteStream([bytes(0, 10), bytes(10, 10)]), pieceStream([bytes(0, 10), bytes(10, 10)])]) {
      const held = new HeldBytes(0, undefined);
      expect(await readAll(bodyReads(body, false), held, 0)).toBe(20);
      expect(held.file(held.takeTail())).toEqual(bytes(0, 20));
    }
    const held = new HeldBytes(0, 20);
    expect(await readAll(bodyReads(pieceStream([bytes(0, 12), bytes(12, 8)]), true), held, 0)).toBe(20);
    expect(held.file(held.takeTail())).toEqual(bytes(0, 20));
  });
});
