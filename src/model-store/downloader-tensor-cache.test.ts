import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as chunks from './chunk-store.js';
import { ModelDownload } from './downloader.js';
import type { ManifestFile, ModelManifest } from './manifest.js';

// Node has no navigator.storage; the space check is not what these tests are about.
vi.mock('./storage.js', () => ({ ensureSpace: async () => undefined, requestPersistence: async () => false }));

const SHARD = new Uint8Array(2048).map((_, i) => (i * 7) % 251);
const shardFile = (i: number): ManifestFile => ({
  path: `params_shard_${i}.bin`,
  kind: 'shard',
  size: SHARD.byteLength,
});
const tensorCacheOf = (shards: number) =>
  new TextEncoder().encode(
    JSON.stringify({
      records: Array.from({ length: shards }, (_, i) => ({ dataPath: shardFile(i).path, nbytes: SHARD.byteLength })),
    }),
  );

function manifestOf(id: string, files: ManifestFile[]): ModelManifest {
  return {
    id,
    engine: 'webllm',
    baseUrl: `http://kiosk/models/${id}`,
    variant: { quantization: 'q4f16_1', contextWindow: 2048, requiredFeatures: [], vramMB: 0 },
    files: [{ path: 'tensor-cache.json', kind: 'tensor-cache' }, ...files],
  };
}

/** A server whose tensor-cache.json answers only once `release()` is called; records the order of requests. */
function heldTensorCache(tensorCache: Uint8Array) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  const fetchFn = async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url.split('/').pop()!);
    const body = url.endsWith('tensor-cache.json') ? (await released, tensorCache) : SHARD;
    return new Response(body.slice(), { status: 200, headers: { 'content-length': String(body.byteLength) } });
  };
  return { fetchFn, release, requested };
}

const stored = async (id: string) =>
  (await chunks.filesOfModel(id))
    .filter((f) => f.complete)
    .map((f) => f.path)
    .sort();

describe('ModelDownload and tensor-cache.json', () => {
  // Fetching it alongside shards the manifest lists was tried (#17) and was no faster in interleaved benches.
  it('fetches tensor-cache.json alone first, also when the manifest lists the shards with their sizes', async () => {
    const manifest = manifestOf('tc-listed', [shardFile(0), shardFile(1), shardFile(2)]);
    const server = heldTensorCache(tensorCacheOf(3));
    const download = new ModelDownload({
      manifest,
      modelUrl: manifest.baseUrl,
      concurrency: 3,
      fetchFn: server.fetchFn,
    });
    const finished = download.start();
    await vi.waitFor(() => expect(server.requested).toContain('tensor-cache.json'));
    const beforeRelease = [...server.requested];
    server.release();
    await expect(finished).resolves.toBe('done');
    expect(beforeRelease).toEqual(['tensor-cache.json']);
    expect(await stored(manifest.id)).toEqual([
      'params_shard_0.bin',
      'params_shard_1.bin',
      'params_shard_2.bin',
      'tensor-cache.json',
    ]);
  });

  it('also fetches a shard tensor-cache.json lists beyond the manifest, after it', async () => {
    const manifest = manifestOf('tc-more', [shardFile(0)]);
    const server = heldTensorCache(tensorCacheOf(2));
    server.release();
    const download = new ModelDownload({
      manifest,
      modelUrl: manifest.baseUrl,
      concurrency: 2,
      fetchFn: server.fetchFn,
    });
    await expect(download.start()).resolves.toBe('done');
    expect(server.requested.at(-1)).toBe('params_shard_1.bin');
    expect(await stored(manifest.id)).toEqual(['params_shard_0.bin', 'params_shard_1.bin', 'tensor-cache.json']);
    expect(download.progress.files.map((f) => f.path).sort()).toEqual([
      'params_shard_0.bin',
      'params_shard_1.bin',
      'tensor-cache.json',
    ]);
  });

  it('fails when tensor-cache.json gives a listed shard another size', async () => {
    const manifest = manifestOf('tc-conflict', [{ ...shardFile(0), size: SHARD.byteLength }]);
    const wrong = new TextEncoder().encode(JSON.stringify({ records: [{ dataPath: shardFile(0).path, nbytes: 99 }] }));
    const server = heldTensorCache(wrong);
    server.release();
    const download = new ModelDownload({ manifest, modelUrl: manifest.baseUrl, fetchFn: server.fetchFn });
    await expect(download.start()).rejects.toMatchObject({ code: 'manifest' });
  });

  it('fetches tensor-cache.json alone first when the manifest does not list the shards', async () => {
    const manifest = manifestOf('tc-unlisted', []);
    const server = heldTensorCache(tensorCacheOf(2));
    const download = new ModelDownload({
      manifest,
      modelUrl: manifest.baseUrl,
      concurrency: 3,
      fetchFn: server.fetchFn,
    });
    const finished = download.start();
    await vi.waitFor(() => expect(server.requested).toEqual(['tensor-cache.json']));
    server.release();
    await expect(finished).resolves.toBe('done');
    expect(server.requested.slice(1).sort()).toEqual(['params_shard_0.bin', 'params_shard_1.bin']);
  });
});
