import type { FileKind } from './manifest.js';

/**
 * The most bytes a model file may have when nothing says its size in advance (a config, a tokenizer, tensor-cache.json
 * before the mirror records it): a source that streams forever is stopped here instead of filling the disk. Each cap
 * is well above the largest real file of its kind (Phi-2's tensor-cache.json is ~100 kB, the largest tokenizer.json
 * of a common model ~35 MB, a 4-bit 0.5B ONNX model ~0.5 GB, a WebLLM model library ~10 MB).
 */
export const UNKNOWN_SIZE_CAPS: Readonly<Record<FileKind, number>> = {
  config: 4 * 2 ** 20,
  tokenizer: 64 * 2 ** 20,
  'tensor-cache': 64 * 2 ** 20,
  'model-lib': 256 * 2 ** 20,
  shard: 2 * 2 ** 30,
  onnx: 4 * 2 ** 30,
  other: 64 * 2 ** 20,
};
