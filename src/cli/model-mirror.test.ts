import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelServer } from '../../e2e/fixtures/model-store/model-server.js';
import {
  syntheticManifest,
  writeSyntheticModel,
  type SyntheticModel,
} from '../../e2e/fixtures/model-store/synthetic-model.js';
import { CATALOG_FILE, mirrorModel, type MirrorOptions } from './model-mirror.js';
import { sendsTokenTo } from './mirror-sources.js';

let root: string;
let model: SyntheticModel;
let server: ModelServer;
let modelUrl: string;
let work: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mirror-src-'));
  model = await writeSyntheticModel(root, { shards: 3, shardBytes: 512 * 1024 });
  server = new ModelServer(root);
  modelUrl = `${await server.start()}/m/${model.id}`;
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  server.faults.clear();
  server.log.length = 0;
  work = await mkdtemp(join(tmpdir(), 'mirror-out-'));
  await mkdir(join(work, 'config'));
  await writeFile(join(work, 'config', 'synthetic.json'), JSON.stringify(syntheticManifest(model, modelUrl, false)));
});

const options = (extra: Partial<MirrorOptions> = {}): MirrorOptions => ({
  modelId: model.id,
  out: join(work, 'models'),
  configDir: join(work, 'config'),
  retryBaseMs: 1,
  ...extra,
});
const outFile = (path: string) => join(work, 'models', model.id, 'resolve', 'main', path);
const shards = () => model.files.filter((f) => f.kind === 'shard');

describe('model:mirror', () => {
  it('survives cuts and a server that ignores Range, lays files out as WebLLM requests them, and records sizes and hashes', async () => {
    server.faults.set('params_shard_0.bin', { cutAt: [100_000, 300_000] });
    server.faults.set('params_shard_1.bin', { ignoreRange: true, cutAt: [200_000] });
    const summary = await mirrorModel(options());
    expect(summary.files).toBe(model.files.length);
    for (const f of model.files)
      expect(
        createHash('sha256')
          .update(await readFile(outFile(f.path)))
          .digest('hex'),
      ).toBe(f.sha256);
    expect(server.requestsFor('params_shard_0.bin').map((r) => r.range)).toEqual([
      undefined,
      'bytes=100000-',
      'bytes=300000-',
    ]);
    const recorded = JSON.parse(await readFile(join(work, 'config', 'synthetic.json'), 'utf8'));
    expect(new Map(recorded.files.map((f: { path: string; sha256: string }) => [f.path, f.sha256]))).toEqual(
      new Map(model.files.map((f) => [f.path, f.sha256])),
    );
  });

  it('resumes after a kill from the partial file, and re-verifies what is already complete instead of fetching it', async () => {
    const shard = shards()[2];
    const dest = outFile(shard.path);
    await mkdir(join(dest, '..'), { recursive: true });
    const full = await readFile(join(root, model.id, 'resolve', 'main', shard.path));
    await writeFile(`${dest}.part`, full.subarray(0, 123_456));
    const first = await mirrorModel(options());
    expect(server.requestsFor(shard.path).map((r) => r.range)).toEqual(['bytes=123456-']);
    expect(first.reused).toBe(123_456);
    server.log.length = 0;
    const second = await mirrorModel(options());
    expect(server.log).toEqual([]);
    expect(second.fetched).toBe(0);
  });

  it.each([
    ['lfs', /params_shard_1\.bin: got a Git LFS pointer/],
    ['html', /params_shard_1\.bin: got an HTML page/],
    ['json-error', /params_shard_1\.bin: got a JSON error body/],
  ] as const)('refuses %s in place of a shard and leaves nothing of it', async (kind, message) => {
    server.faults.set('params_shard_1.bin', { replaceWith: kind });
    await expect(mirrorModel(options())).rejects.toThrow(message);
    await expect(readFile(outFile('params_shard_1.bin'))).rejects.toThrow(/ENOENT/);
    await expect(readFile(`${outFile('params_shard_1.bin')}.part`)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a wrong length and a wrong hash', async () => {
    server.faults.set('params_shard_0.bin', { lieLength: 1000 });
    await expect(mirrorModel(options())).rejects.toThrow(
      /params_shard_0\.bin: server says 1000 bytes, expected 524288/,
    );
    server.faults.clear();
    const manifest = syntheticManifest(model, modelUrl, true);
    manifest.files = manifest.files.map((f) =>
      f.path === 'params_shard_2.bin' ? { ...f, sha256: '0'.repeat(64) } : f,
    );
    await writeFile(join(work, 'config', 'synthetic.json'), JSON.stringify(manifest));
    await expect(mirrorModel(options())).rejects.toThrow(
      /params_shard_2\.bin: SHA-256 is [0-9a-f]{64}, expected 0{64}/,
    );
  });

  it('checks free disk space before fetching shards', async () => {
    await expect(mirrorModel(options({ freeBytes: async () => 1000 }))).rejects.toThrow(
      /not enough disk space .*1\.6 MB needed, 1\.0 kB free/,
    );
    expect(server.requestsFor('params_shard_0.bin')).toEqual([]);
  });

  it('sends the token to the --from host only', async () => {
    const from = modelUrl.replace('127.0.0.1', 'localhost'); // the model library stays on 127.0.0.1, another host
    await mirrorModel(options({ from, token: 'hf_secret' }));
    const withAuth = server.log.filter((r) => r.auth);
    expect(withAuth.length).toBe(model.files.length - 1);
    expect(withAuth.every((r) => r.auth === 'Bearer hf_secret')).toBe(true);
    expect(server.requestsFor(model.libName)[0]?.auth).toBeUndefined();
  });

  it('never sends the token over plain HTTP when --from is HTTPS, even to the same host', () => {
    expect(sendsTokenTo('https://huggingface.co/org/m', 'https://huggingface.co/org/m/resolve/main/x.bin')).toBe(true);
    expect(sendsTokenTo('https://huggingface.co/org/m', 'http://huggingface.co/org/m/resolve/main/x.bin')).toBe(false);
    expect(sendsTokenTo('https://huggingface.co/org/m', 'https://cdn-lfs.huggingface.co/x')).toBe(false);
  });

  it('imports from a folder (a USB stick) and writes a manifest for a model it did not know', async () => {
    const stick = join(work, 'stick');
    await cp(join(root, model.id, 'resolve', 'main'), stick, { recursive: true });
    await rm(join(work, 'config', 'synthetic.json'));
    const summary = await mirrorModel(options({ modelId: 'usb-q4f32_1-MLC', fromDir: stick }));
    expect(server.log).toEqual([]);
    const written = JSON.parse(await readFile(summary.manifestPath, 'utf8'));
    expect(written).toMatchObject({
      id: 'usb-q4f32_1-MLC',
      engine: 'webllm',
      variant: { quantization: 'q4f32_1', contextWindow: 1024 },
    });
    expect(written.files.filter((f: { kind: string }) => f.kind === 'shard')).toHaveLength(3);
  });

  it('as a command: exits non-zero with the reason, and never prints the token', async () => {
    server.faults.set('tokenizer.json', { replaceWith: 'html' });
    const run = promisify(execFile);
    const args = [
      'tsx',
      'src/cli/model-mirror.ts',
      model.id,
      '--from',
      modelUrl,
      '--token',
      'hf_secret',
      '--out',
      join(work, 'models'),
      '--config-dir',
      join(work, 'config'),
    ];
    const failure = await run('npx', args).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/model:mirror failed: tokenizer\.json: got an HTML page/);
    expect(`${failure?.stdout}${failure?.stderr}`).not.toContain('hf_secret');
    server.faults.clear();
    const ok = await run('npx', args);
    expect(ok.stdout).toMatch(
      new RegExp(`^mirrored ${model.id}: ${model.files.length} files, [\\d.]+ MB verified .* -> .*/resolve/main\\n$`),
    );
    expect(ok.stdout + ok.stderr).not.toContain('hf_secret');
  }, 30_000);
});

describe('model:mirror for a transformers.js model', () => {
  it('mirrors exactly the files its manifest lists, in the same layout', async () => {
    const manifest = {
      id: 'org/tiny-onnx',
      engine: 'transformers',
      baseUrl: modelUrl,
      variant: { quantization: 'q4', contextWindow: 1024, requiredFeatures: [], vramMB: 0 },
      files: [
        { path: 'tokenizer.json', kind: 'tokenizer' },
        { path: 'params_shard_0.bin', kind: 'onnx' },
      ],
    };
    await writeFile(join(work, 'config', 'tiny.json'), JSON.stringify(manifest));
    const summary = await mirrorModel(options({ modelId: 'org/tiny-onnx' }));
    expect(summary.files).toBe(2);
    expect(summary.dir).toBe(join(work, 'models', 'org', 'tiny-onnx', 'resolve', 'main'));
    const recorded = JSON.parse(await readFile(join(work, 'config', 'tiny.json'), 'utf8'));
    expect(recorded.files.map((f: { path: string; size: number }) => [f.path, f.size])).toEqual([
      ['tokenizer.json', model.files.find((f) => f.path === 'tokenizer.json')!.size],
      ['params_shard_0.bin', 512 * 1024],
    ]);
  });
});

describe('model:mirror catalog', () => {
  const catalogPath = () => join(work, 'models', CATALOG_FILE);
  const catalog = async () =>
    JSON.parse(await readFile(catalogPath(), 'utf8')) as {
      models: Array<{ id: string; files: Array<{ path: string; sha256?: string }> }>;
    };

  it('lists each mirrored model in <out>/catalog.json with what it recorded, one entry per model, keeping others', async () => {
    await mkdir(join(work, 'models'), { recursive: true });
    const other = { id: 'kept-MLC', note: 'listed before' };
    await writeFile(catalogPath(), JSON.stringify({ models: [other] }));
    await mirrorModel(options());
    const first = await catalog();
    expect(first.models.map((m) => m.id)).toEqual(['kept-MLC', model.id]);
    expect(first.models[0]).toEqual(other);
    const listed = first.models[1];
    expect(listed).toEqual(JSON.parse(await readFile(join(work, 'config', 'synthetic.json'), 'utf8')));
    expect(new Map(listed.files.map((f) => [f.path, f.sha256]))).toEqual(
      new Map(model.files.map((f) => [f.path, f.sha256])),
    );

    const tiny = {
      id: 'org/tiny-onnx',
      engine: 'transformers',
      baseUrl: modelUrl,
      variant: { quantization: 'q4', contextWindow: 1024, requiredFeatures: [], vramMB: 0 },
      files: [{ path: 'tokenizer.json', kind: 'tokenizer' }],
    };
    await writeFile(join(work, 'config', 'tiny.json'), JSON.stringify(tiny));
    await mirrorModel(options({ modelId: 'org/tiny-onnx' }));
    await mirrorModel(options()); // again: replaced in place, not listed twice
    expect((await catalog()).models.map((m) => m.id)).toEqual(['kept-MLC', model.id, 'org/tiny-onnx']);
    expect(await readdir(join(work, 'models'))).not.toContain(`${CATALOG_FILE}.part`);
  });

  it('refuses to overwrite a catalog it cannot read, saying which file', async () => {
    await mkdir(join(work, 'models'), { recursive: true });
    await writeFile(catalogPath(), '{"models": {}}');
    await expect(mirrorModel(options())).rejects.toThrow(/catalog\.json is not a catalog \(no "models" list\)/);
    expect(await readFile(catalogPath(), 'utf8')).toBe('{"models": {}}');
  });
});
