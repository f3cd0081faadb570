/** Byte helpers the model store shares: joining received pieces, and the ArrayBuffer form IndexedDB records hold. */

/** The bytes as a standalone ArrayBuffer (IndexedDB stores and WebLLM reads one), copying only if they are a view. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : bytes.slice().buffer;
}

/** The first `length` bytes of `parts`, joined (the part itself when it is exactly that). */
export function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0].byteLength === length) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    if (at >= length) break;
    const take = p.subarray(0, Math.min(p.byteLength, length - at));
    out.set(take, at);
    at += take.byteLength;
  }
  return out;
}
