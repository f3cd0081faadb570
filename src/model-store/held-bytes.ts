import { concat } from './bytes.js';

/**
 * The bytes of one file that arrived this session, from byte `from` on (what was stored before it
 * stays in its chunks), kept in memory so the finished file need not be read back. Some are stored
 * as chunks already; the rest are pending: received, not yet stored.
 *
 * A file of known size lands in one buffer of that size, its bytes copied there as they are let
 * through, so the finished file is that buffer: nothing is joined at the end, and the body can be
 * read into one small buffer used again and again (see bodyReads) instead of a fresh piece per read.
 * A file of unknown size keeps the pieces it was handed and joins them at the end.
 */
export class HeldBytes {
  /** Bytes [from, size) of the file, where its size is known. */
  private readonly whole: Uint8Array | undefined;
  /** Without `whole`: the chunks stored this session, in order. */
  private readonly stored: Uint8Array[] = [];
  /** Without `whole`: the pieces received since the last chunk. */
  private pending: Uint8Array[] = [];
  /** File offsets: where the pending bytes start, and where the held bytes end. */
  private pendingFrom: number;
  private end: number;

  constructor(
    readonly from: number,
    size: number | undefined,
  ) {
    this.whole = size === undefined ? undefined : new Uint8Array(size - from);
    this.pendingFrom = this.end = from;
  }

  /** Whether the bytes are copied into one buffer of the file's size, so a read's buffer can be used again. */
  get copies(): boolean {
    return this.whole !== undefined;
  }

  get pendingBytes(): number {
    return this.end - this.pendingFrom;
  }

  /**
   * Keeps bytes let through by the body's checks, which end at file offset `end`. With `copies`
   * they are copied, so the caller may reuse their buffer; otherwise they are kept as they are.
   */
  keep(bytes: Uint8Array, end: number): void {
    if (bytes.byteLength === 0) return;
    if (end - bytes.byteLength !== this.end)
      throw new Error(`bytes at ${end - bytes.byteLength}, expected ${this.end}`);
    if (this.whole) this.whole.set(bytes, this.end - this.from);
    else this.pending.push(bytes);
    this.end = end;
  }

  /**
   * The pending bytes as one standalone chunk, to be stored; they are no longer pending. Call
   * `chunkStored` once it is, or `restartAt` to receive them again.
   */
  takeChunk(): Uint8Array {
    const chunk = this.whole
      ? this.whole.slice(this.pendingFrom - this.from, this.end - this.from)
      : concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingFrom = this.end;
    return chunk;
  }

  /** A chunk from `takeChunk` is stored: keep it for the finished file (`whole` has it already). */
  chunkStored(chunk: Uint8Array): void {
    if (!this.whole) this.stored.push(chunk);
  }

  /**
   * The pending bytes at the body's end, never to be stored as a chunk: they go straight into the
   * file's final record. With `copies`, a view of the held buffer (no copy).
   */
  takeTail(): Uint8Array {
    const tail = this.whole
      ? this.whole.subarray(this.pendingFrom - this.from, this.end - this.from)
      : concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingFrom = this.end;
    return tail;
  }

  /** Drops the pending bytes (refused, or never to be stored). */
  dropPending(): void {
    this.pending = [];
    this.end = this.pendingFrom;
  }

  /** A request starts at file offset `stored`, what the file's chunks hold: bytes held past it are received again. */
  restartAt(stored: number): void {
    this.pending = [];
    this.pendingFrom = this.end = stored;
  }

  /**
   * The whole file as one buffer, `tail` (from `takeTail`) its last bytes. Only for a file begun this
   * session (`from` 0): a resumed one is joined with its stored chunks instead (chunk-store.ts `assemble`).
   */
  file(tail: Uint8Array): Uint8Array {
    if (this.from !== 0) throw new Error('a resumed file is assembled from its chunks');
    return this.whole ? this.whole.subarray(0, this.end) : concat([...this.stored, tail], this.end);
  }
}

/** Most bytes one read of a body returns when its buffer is used again (Chromium hands out up to 2 MiB). */
export const READ_BYTES = 1 << 20;

/**
 * The reads of a response body. With `reuse` (the caller copies each read's bytes before the next:
 * HeldBytes `copies`), a BYOB reader fills one buffer of READ_BYTES again and again: large reads and
 * no fresh piece per read for the GC, where the stream allows it (a fetch body in current browsers).
 * Otherwise, or for a stream that is not a byte stream, the pieces the stream hands out. A read
 * pending when the body breaks holds no received bytes, so a cut loses nothing already read.
 */
export function bodyReads(
  body: ReadableStream<Uint8Array>,
  reuse: boolean,
): () => Promise<ReadableStreamReadResult<Uint8Array>> {
  if (reuse) {
    let reader: ReadableStreamBYOBReader | undefined;
    try {
      reader = body.getReader({ mode: 'byob' });
    } catch {
      // Not a byte stream (a wrapped or scripted body): read its pieces.
    }
    if (reader) {
      const byob = reader;
      let buffer = new ArrayBuffer(READ_BYTES);
      return async () => {
        const read = await byob.read(new Uint8Array(buffer));
        if (read.value) buffer = read.value.buffer; // the read took the buffer over and hands it back
        return read;
      };
    }
  }
  const reader = body.getReader();
  return () => reader.read();
}
