import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress.js';

describe('precompress', () => {
  it('writes .br and .gz that decode to the file, for compressible files above the threshold only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    const js = 'export const x = "' + 'tourniquet '.repeat(400) + '";';
    await writeFile(join(dir, 'app.js'), js);
    await writeFile(join(dir, 'tiny.js'), 'export {};');
    await writeFile(join(dir, 'engine.wasm'), Buffer.alloc(4096));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'store.wasm'), Buffer.alloc(4096));
    const hook = precompress().writeBundle as (o: { dir: string }, b: Record<string, unknown>) => Promise<void>;
    await hook({ dir }, { 'app.js': {}, 'tiny.js': {}, 'engine.wasm': {}, 'assets/store.wasm': {} });
    expect(brotliDecompressSync(await readFile(join(dir, 'app.js.br'))).toString()).toBe(js);
    expect(gunzipSync(await readFile(join(dir, 'app.js.gz'))).toString()).toBe(js);
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'engine.wasm.br'))).toBe(false);
    expect(brotliDecompressSync(await readFile(join(dir, 'assets', 'store.wasm.br')))).toEqual(Buffer.alloc(4096));
    await rm(dir, { recursive: true, force: true });
  });
});
