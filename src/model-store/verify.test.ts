import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FileVerifier } from './verify.js';

const data = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251);
const sha = createHash('sha256').update(data).digest('hex');

describe('FileVerifier', () => {
  it('hashes across arbitrary chunk boundaries to the same digest as one pass', () => {
    const v = new FileVerifier({ path: 'a.bin', size: data.length, sha256: sha });
    for (const cut of [0, 1, 63, 64, 65, 4096, 70_001]) v.update(data.subarray(v.bytes, Math.max(v.bytes, cut)));
    v.update(data.subarray(v.bytes));
    expect(v.finish()).toBe(sha);
  });

  it('rejects a wrong hash, naming the file', () => {
    const v = new FileVerifier({ path: 'params_shard_3.bin', sha256: '0'.repeat(64) });
    v.update(data);
    expect(() => v.finish()).toThrow(/params_shard_3\.bin: SHA-256 is [0-9a-f]{64}, expected 0{64}/);
  });

  it('rejects a short file at the end and a long one as soon as it overflows', () => {
    const short = new FileVerifier({ path: 'x.bin', size: 10 });
    short.update(new Uint8Array(9));
    expect(() => short.finish()).toThrow(/x\.bin: got 9 bytes, expected 10/);
    const long = new FileVerifier({ path: 'y.bin', size: 10 });
    expect(() => long.update(new Uint8Array(11))).toThrow(/more than the expected 10 bytes/);
  });
});
