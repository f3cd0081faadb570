import { concat } from './bytes.js';
import { ModelStoreError } from './errors.js';
import type { FileKind } from './manifest.js';
import { formatBytes } from './progress.js';

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

/** The most bytes the kiosk's model catalog may have (a few kB per model; this allows thousands). */
export const CATALOG_CAP = 16 * 2 ** 20;

/** A response body as text, refused with a ModelStoreError naming `name` once it passes `cap` bytes. */
export async function cappedText(response: Response, cap: number, name: string): Promise<string> {
  const tooLarge = () => new ModelStoreError('too-large', `${name} is larger than ${formatBytes(cap)}; refused`, name);
  if (Number(response.headers.get('content-length') ?? 0) > cap) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    length += next.value.byteLength;
    if (length > cap) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(next.value);
  }
  return new TextDecoder().decode(concat(parts, length));
}
