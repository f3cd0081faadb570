/**
 * The one check of a model file's name, wherever the name comes from: a manifest, tensor-cache.json,
 * mlc-chat-config.json's tokenizer_files, the kiosk's catalog, or a URL path the kiosk is asked for. A name that
 * passes is a relative path of plain ASCII segments, so joined to the model's folder (on disk) or resolved against
 * its base URL (in the browser) it can only land inside that folder. Pure: runs in Node, the page and workers.
 */
import { ModelStoreError } from './errors.js';

/** One path segment: letters, digits, dot, underscore, hyphen; what every Hugging Face / MLC file name uses. */
const SEGMENT = /^[A-Za-z0-9._-]+$/;
/** Longest segment and whole name accepted (ext4's NAME_MAX; a generous bound on nesting). */
const MAX_SEGMENT_BYTES = 255;
const MAX_NAME_BYTES = 1024;
const MAX_SEGMENTS = 16;

/**
 * Why `name` is not a safe model file name, or undefined when it is. Checked after Unicode NFC normalisation, so a
 * decomposed spelling cannot slip past as something else; any character outside the ASCII allowlist is refused,
 * which covers percent-encodings (`%2e%2e`), fullwidth dots, backslashes, NUL, URL schemes, `?` and `#`.
 */
export function modelFileNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string') return 'is not a string';
  const n = name.normalize('NFC');
  if (n === '') return 'is empty';
  if (n.length > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} characters`;
  if (n.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(n)) return 'is a URL, not a file name';
  if (n.includes('\\')) return 'contains a backslash';
  if (n.includes('\0')) return 'contains a NUL character';
  const segments = n.split('/');
  if (segments.length > MAX_SEGMENTS) return `has more than ${MAX_SEGMENTS} folder levels`;
  for (const segment of segments) {
    if (segment === '') return 'has an empty path segment';
    if (segment === '.' || segment === '..') return `has a "${segment}" segment`;
    if (segment.length > MAX_SEGMENT_BYTES) return `has a segment longer than ${MAX_SEGMENT_BYTES} characters`;
    if (!SEGMENT.test(segment)) return 'has a character other than A-Z a-z 0-9 . _ - in it';
  }
  return undefined;
}

/**
 * The name as a relative path inside the model's folder (NFC-normalised), or a ModelStoreError naming the file and
 * where the name came from (`source`, e.g. "tensor-cache.json").
 */
export function checkModelFileName(name: unknown, source: string): string {
  const problem = modelFileNameProblem(name);
  if (problem) {
    const shown = printableName(name);
    throw new ModelStoreError(
      'manifest',
      `${source} names the file ${shown}, which ${problem}: refused, nothing was written`,
      shown,
    );
  }
  return (name as string).normalize('NFC');
}

/** A name as it can be shown in a message or a terminal: quoted, every non-printable-ASCII character escaped. */
function printableName(name: unknown): string {
  if (typeof name !== 'string') return String(typeof name);
  const escaped = [...name.slice(0, 200)]
    .map((c) => (/[\x20-\x7e]/.test(c) && c !== '"' && c !== '\\' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`))
    .join('');
  return `"${escaped}${name.length > 200 ? '…' : ''}"`;
}
