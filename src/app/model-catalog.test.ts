import { describe, expect, it } from 'vitest';
import type { ModelManifest } from '../model-store/index.js';
import {
  builtInManifests,
  loadModelCatalog,
  type CatalogMemory,
  manifestSize,
  mergeManifests,
  parseCatalog,
} from './model-catalog.js';

const offered: ModelManifest = {
  id: 'phi-2-q4f32_1-MLC-1k',
  engine: 'webllm',
  baseUrl: 'http://kiosk/models/phi-2-q4f32_1-MLC-1k',
  variant: { quantization: 'q4f32_1', contextWindow: 1024, requiredFeatures: [], vramMB: 2740 },
  files: [
    { path: 'tensor-cache.json', kind: 'tensor-cache', size: 100 },
    { path: 'params_shard_0.bin', kind: 'shard', size: 900 },
  ],
};

describe('model catalog', () => {
  it('ships every manifest of model-config/ except the schema', () => {
    const ids = builtInManifests().map((m) => m.id);
    expect(ids).toContain('phi-2-q4f16_1-MLC');
    expect(ids).toContain('phi-2-q4f32_1-MLC-1k');
    expect(ids).toContain('onnx-community/Qwen2.5-0.5B-Instruct');
    expect(ids).toContain('onnx-community/moonshine-base-ONNX');
    expect(ids).toHaveLength(7);
  });

  it('reads a kiosk catalog entry by entry, naming what it cannot use', () => {
    const { manifests, problems } = parseCatalog({ models: [offered, { id: 'broken' }] }, '/models/catalog.json');
    expect(manifests.map((m) => m.id)).toEqual(['phi-2-q4f32_1-MLC-1k']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/models\/catalog\.json entry 2 is not a valid model manifest/);
    expect(parseCatalog([offered], 'c.json').problems).toEqual(['c.json has no "models" list.']);
  });

  it('lets a kiosk manifest replace the built-in one with its id, keeping the order', () => {
    const merged = mergeManifests(builtInManifests(), [offered]);
    expect(merged).toHaveLength(7);
    expect(merged.find((m) => m.id === offered.id)).toBe(offered);
  });

  it('knows a size only when every file, shards included, is recorded', () => {
    expect(manifestSize(offered)).toEqual({ bytes: 1000, complete: true });
    expect(manifestSize(builtInManifests().find((m) => m.id === 'phi-2-q4f16_1-MLC')!).complete).toBe(false);
  });

  it('serves models from the kiosk origin, with the built-in list when there is no catalog', async () => {
    const notFound = async () => new Response('Not found', { status: 404 });
    const catalog = await loadModelCatalog('http://kiosk.lan:4173', notFound);
    expect(catalog.problems).toEqual([]);
    expect(catalog.locations.find((l) => l.manifest.id === 'phi-2-q4f16_1-MLC')?.modelUrl).toBe(
      'http://kiosk.lan:4173/models/phi-2-q4f16_1-MLC',
    );
    const withCatalog = await loadModelCatalog('http://kiosk.lan:4173', async () =>
      Response.json({ models: [{ ...offered, id: 'synthetic-MLC' }] }),
    );
    expect(withCatalog.locations.map((l) => l.manifest.id)).toContain('synthetic-MLC');
    // What the kiosk mirrors is what its catalog lists; built-in manifests it does not list are not on it.
    expect(withCatalog.onKiosk).toEqual(new Set(['synthetic-MLC']));
  });

  it('knows nothing of what the kiosk mirrors before any catalog answer', async () => {
    const memory: CatalogMemory = { read: () => null, write: () => undefined };
    const unreachable = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    expect((await loadModelCatalog('http://kiosk.lan:4173', unreachable, memory)).onKiosk).toBeUndefined();
  });

  it('remembers the catalog the kiosk served and uses it when the kiosk cannot be reached', async () => {
    let kept: unknown = null;
    const memory: CatalogMemory = { read: () => kept, write: (c) => (kept = c) };
    const synthetic = { ...offered, id: 'synthetic-MLC' };
    await loadModelCatalog('http://kiosk.lan:4173', async () => Response.json({ models: [synthetic] }), memory);
    const unreachable = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    const offline = await loadModelCatalog('http://kiosk.lan:4173', unreachable, memory);
    expect(offline.locations.find((l) => l.manifest.id === 'synthetic-MLC')?.modelUrl).toBe(
      'http://kiosk.lan:4173/models/synthetic-MLC',
    );
    // The kiosk no longer offers it: forgotten.
    await loadModelCatalog('http://kiosk.lan:4173', async () => new Response('Not found', { status: 404 }), memory);
    expect(
      (await loadModelCatalog('http://kiosk.lan:4173', unreachable, memory)).locations.map((l) => l.manifest.id),
    ).not.toContain('synthetic-MLC');
  });

  it('refuses a catalog that never ends, says so, and keeps the remembered one', async () => {
    let kept: unknown = { models: [{ ...offered, id: 'synthetic-MLC' }] };
    const memory: CatalogMemory = { read: () => kept, write: (c) => (kept = c) };
    let sent = 0;
    // Bounded at 64 MiB so a reader that never stops cannot run away.
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) =>
        sent < 64 * 2 ** 20 ? ((sent += 2 ** 20), c.enqueue(new Uint8Array(2 ** 20).fill(0x20))) : c.close(),
    });
    const catalog = await loadModelCatalog('http://kiosk.lan:4173', async () => new Response(endless), memory);
    expect(catalog.problems).toEqual(['/models/catalog.json is larger than 16.8 MB; refused']);
    expect(sent).toBeLessThan(20 * 2 ** 20);
    expect(catalog.locations.map((l) => l.manifest.id)).toContain('synthetic-MLC');
  });
});
