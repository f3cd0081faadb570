/**
 * Content sniffing: recognises what a server sends by mistake in place of a model file.
 * The system we replace stored 135-byte Git LFS pointers as weights and died on "HeaderTooLarge".
 */

/** What we expect a file to contain: shards and wasm are binary, configs are JSON, some tokenizer files text. */
export type ExpectedContent = 'binary' | 'json' | 'text';

const LFS_PREFIX = 'version https://git-lfs.github.com/spec/v1';
/** Enough bytes to recognise every case below. */
export const SNIFF_BYTES = 512;

/** Maps a manifest file kind to what its bytes should look like. */
export function expectedContentFor(path: string, kind: string): ExpectedContent {
  if (kind === 'shard' || kind === 'model-lib' || kind === 'onnx') return 'binary';
  if (path.endsWith('.json')) return 'json';
  if (/\.(bin|wasm|onnx|model|safetensors)$/.test(path)) return 'binary';
  return 'text';
}

/**
 * Looks at the first bytes of a file (and the Content-Type, if any) and describes what was
 * received when it is not what was expected; returns null when the head looks plausible.
 */
export function describeUnexpectedContent(
  head: Uint8Array,
  expected: ExpectedContent,
  contentType?: string | null,
): string | null {
  const text = asciiHead(head);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith(LFS_PREFIX)) {
    const size = /size (\d+)/.exec(trimmed)?.[1];
    return `a Git LFS pointer (${head.length} bytes${size ? `, pointing at ${size} bytes` : ''}) instead of the file's content`;
  }
  if (
    /^<(!doctype html|html|head|body)\b/i.test(trimmed) ||
    (expected !== 'text' && /^text\/html\b/i.test(contentType ?? ''))
  ) {
    const title = /<title>([^<]{0,80})/i.exec(trimmed)?.[1]?.trim();
    return `an HTML page${title ? ` ("${title}")` : ''} instead of the file`;
  }
  if (expected === 'binary' && trimmed.startsWith('{') && /"(error|message|detail)"\s*:/.test(trimmed)) {
    return `a JSON error body (${oneLine(trimmed).slice(0, 120)}) instead of binary data`;
  }
  return null;
}

function asciiHead(head: Uint8Array): string {
  const n = Math.min(head.length, SNIFF_BYTES);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(head[i]);
  return s;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * Reads just the start of a response body and describes it if it is not the expected content;
 * used when a response is already wrong (e.g. its length), to say what it actually is.
 */
export async function sniffResponse(res: Response, expected: ExpectedContent): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const head = new Uint8Array(SNIFF_BYTES);
  let n = 0;
  try {
    while (n < SNIFF_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = value.subarray(0, SNIFF_BYTES - n);
      head.set(take, n);
      n += take.byteLength;
    }
  } catch {
    // a cut while sniffing: judge what arrived
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return describeUnexpectedContent(head.subarray(0, n), expected, res.headers.get('content-type'));
}
