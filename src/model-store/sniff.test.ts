import { describe, expect, it } from 'vitest';
import { describeUnexpectedContent, expectedContentFor } from './sniff.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const LFS = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 32768000\n';

describe('describeUnexpectedContent', () => {
  it('recognises a Git LFS pointer and says how big the real file is', () => {
    expect(describeUnexpectedContent(bytes(LFS), 'binary')).toMatch(
      /Git LFS pointer \(\d+ bytes, pointing at 32768000 bytes\)/,
    );
    expect(describeUnexpectedContent(bytes(LFS), 'json')).toMatch(/Git LFS pointer/);
  });

  it('recognises an HTML page by content or by Content-Type', () => {
    expect(describeUnexpectedContent(bytes('\n <!DOCTYPE html><html><title>Sign in</title>'), 'binary')).toBe(
      'an HTML page ("Sign in") instead of the file',
    );
    expect(describeUnexpectedContent(bytes('\x00\x01'), 'binary', 'text/html; charset=utf-8')).toMatch(/HTML page/);
  });

  it('recognises a JSON error body only where binary data was expected', () => {
    const body = bytes('{"error":"Repository not found"}');
    expect(describeUnexpectedContent(body, 'binary')).toMatch(/JSON error body .*Repository not found/);
    expect(describeUnexpectedContent(body, 'json')).toBeNull();
  });

  it('accepts random binary data and real JSON', () => {
    const random = new Uint8Array(512).map((_, i) => (i * 131 + 7) % 256);
    expect(describeUnexpectedContent(random, 'binary')).toBeNull();
    expect(describeUnexpectedContent(bytes('{"records":[]}'), 'json')).toBeNull();
  });
});

describe('expectedContentFor', () => {
  it('expects binary for shards and libraries, JSON for .json files', () => {
    expect(expectedContentFor('params_shard_0.bin', 'shard')).toBe('binary');
    expect(expectedContentFor('lib.wasm', 'model-lib')).toBe('binary');
    expect(expectedContentFor('tensor-cache.json', 'tensor-cache')).toBe('json');
    expect(expectedContentFor('merges.txt', 'tokenizer')).toBe('text');
  });
});
