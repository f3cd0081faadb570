import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ModelStoreError } from './errors.js';

/** What a file must be: its length and, where known, its SHA-256 (lowercase hex). */
export interface FileExpectation {
  path: string;
  size?: number;
  sha256?: string;
}

/**
 * Verifies a file as its bytes stream past, so a multi-GB model is never read twice.
 * WebCrypto's digest() needs the whole buffer at once, so streaming hashing uses @noble/hashes'
 * incremental SHA-256 (audited, dependency-free, same code in browser and Node). With
 * `streamHash: false` only the length is followed and finish() takes a digest computed
 * elsewhere (the browser hashes the assembled file natively: see file-download.ts).
 */
export class FileVerifier {
  private readonly hash;
  private received = 0;

  constructor(
    readonly expected: FileExpectation,
    { streamHash = true }: { streamHash?: boolean } = {},
  ) {
    this.hash = streamHash ? sha256.create() : undefined;
  }

  /** Counts bytes stored earlier without hashing them; only without streaming hashing. */
  assumeStored(bytes: number): void {
    if (this.hash) throw new Error('assumeStored() needs streamHash: false');
    this.received += bytes;
  }

  /** Bytes seen so far. */
  get bytes(): number {
    return this.received;
  }

  /** Feeds the next bytes; fails as soon as the file grows past its expected size. */
  update(chunk: Uint8Array): void {
    this.received += chunk.byteLength;
    const { size, path } = this.expected;
    if (size !== undefined && this.received > size) {
      throw new ModelStoreError('length-mismatch', `${path}: received more than the expected ${size} bytes`, path);
    }
    this.hash?.update(chunk);
  }

  /** Checks length and hash once every byte has been fed; returns the SHA-256 hex digest. */
  finish(digestHex?: string): string {
    const { size, sha256: want, path } = this.expected;
    if (size !== undefined && this.received !== size) {
      throw new ModelStoreError('length-mismatch', `${path}: got ${this.received} bytes, expected ${size}`, path);
    }
    const got = digestHex ?? (this.hash ? bytesToHex(this.hash.digest()) : undefined);
    if (got === undefined) throw new Error(`${path}: no digest to check`);
    if (want !== undefined && got !== want) {
      throw new ModelStoreError('hash-mismatch', `${path}: SHA-256 is ${got}, expected ${want}`, path);
    }
    return got;
  }
}
