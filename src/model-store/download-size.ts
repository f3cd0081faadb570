/**
 * How much a model downloads: the exact sum once model:mirror has recorded every file's size in the manifest, an
 * estimate until then. Estimates: Phi-2 has 2.78 B parameters; q4f16_1 stores 4-bit weights in groups of 32 with an
 * f16 scale (~0.56 byte a parameter, ~1.6 GB), q4f32_1 an f32 scale (~0.63 byte, ~1.75 GB); the 1k and 2k context
 * builds share the same weights (context changes only the memory for the KV cache, `vramMB`). Qwen2.5-0.5B q4 ONNX is
 * roughly 0.5 GB. The model library `.wasm` adds a few MB.
 */
import type { ModelManifest } from './manifest.js';

const MB = 1_000_000;

/** Estimated download size by quantization, for manifests whose sizes are not recorded yet. */
const ESTIMATED_MB: Record<string, number> = { q4f16_1: 1600, q4f32_1: 1750, q4: 500 };

export interface DownloadSize {
  bytes: number;
  /** True when every file's size is recorded; false for an estimate (0 when nothing is known). */
  exact: boolean;
}

/** The recorded size of a model; `complete` only once every file, shards included, has its size recorded. */
export function manifestSize(manifest: Pick<ModelManifest, 'engine' | 'files'>): { bytes: number; complete: boolean } {
  // A WebLLM manifest lists its shards only once the mirror has recorded them from tensor-cache.json.
  const listed = manifest.engine !== 'webllm' || manifest.files.some((f) => f.kind === 'shard');
  const bytes = manifest.files.reduce((s, f) => s + (f.size ?? 0), 0);
  return { bytes, complete: listed && manifest.files.every((f) => f.size !== undefined) };
}

/** The recorded size when complete, else an estimate from the quantization. */
export function downloadSize(manifest: Pick<ModelManifest, 'engine' | 'files' | 'variant'>): DownloadSize {
  const recorded = manifestSize(manifest);
  if (recorded.complete) return { bytes: recorded.bytes, exact: true };
  return { bytes: (ESTIMATED_MB[manifest.variant.quantization] ?? 0) * MB, exact: false };
}
