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
  /** True when every file's size is recorded; false for an estimate (or 0 when nothing is known). */
  exact: boolean;
}

export function downloadSize(manifest: Pick<ModelManifest, 'files' | 'variant'>): DownloadSize {
  const sizes = manifest.files.map((f) => f.size);
  const hasShards = manifest.files.some((f) => f.kind === 'shard' || f.kind === 'onnx');
  if (hasShards && sizes.every((s) => s !== undefined)) return { bytes: sizes.reduce((a, s) => a + (s ?? 0), 0), exact: true };
  return { bytes: (ESTIMATED_MB[manifest.variant.quantization] ?? 0) * MB, exact: false };
}
