import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ModelManifest } from '../src/model-store/manifest.js';

/** Kinds of the tiny fixture models' files by name; any other file is ONNX weights. */
const KINDS: Record<string, ModelManifest['files'][number]['kind']> = {
  'config.json': 'config',
  'generation_config.json': 'config',
  'preprocessor_config.json': 'config',
  'tokenizer.json': 'tokenizer',
  'tokenizer_config.json': 'tokenizer',
};

/**
 * The manifest `model:mirror` would record for the model files in `dir` (a tiny fixture model): `model` with every
 * file listed, sorted by path, with its kind, size and SHA-256.
 */
export function mirroredManifest(dir: string, model: Omit<ModelManifest, 'files'>): ModelManifest {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
    .map((path) => {
      const bytes = readFileSync(join(dir, path));
      return {
        path,
        kind: KINDS[path] ?? ('onnx' as const),
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });
  return { ...model, files };
}
