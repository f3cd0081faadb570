/**
 * A Vite plugin that writes `.br` and `.gz` beside each compressible built file, so the kiosk serves them
 * (@fastify/static `preCompressed`) without compressing on every request: a tablet on a slow link, or the
 * Lighthouse mobile profile, gets a third of the bytes. Model files are never compressed (Range needs identity).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
// And the app's own WebAssembly (Automerge's, 3.6 MB, a third of that compressed); ONNX Runtime's files under ort/ are
// fetched by the CPU engine and cached as they come, and stay as they are.
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|webmanifest)$|^assets\/[^/]+\.wasm$/;
// Below this the headers outweigh the saving.
const MIN_BYTES = 1024;

export function precompress(): Plugin {
  return {
    name: 'tccc-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(files.map((name) => compressFile(join(outDir, name))));
    },
  };
}

async function compressFile(path: string): Promise<void> {
  const source = await readFile(path);
  if (source.length < MIN_BYTES) return;
  // Quality 9 rather than 11: within a few percent of the size at a fraction of the build time for the 6 MB worker.
  const [br, gzipped] = await Promise.all([
    brotli(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    }),
    gz(source, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
}
