/**
 * The most text one narrative may hold on the command line: 1 MB (1,000,000 bytes of UTF-8). A real narrative is a
 * few kilobytes; the rules engine takes about a second per megabyte, and 50 MB once took 36 s and 4.2 GB, so anything
 * larger is refused before extraction rather than left to stall the machine. `extract --jsonl` applies it per line.
 */
export const MAX_NARRATIVE_BYTES = 1_000_000;

/** Why `text` is refused, or undefined when it is within {@link MAX_NARRATIVE_BYTES}. */
export function narrativeSizeProblem(text: string): string | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > MAX_NARRATIVE_BYTES
    ? `narrative is ${bytes} bytes; the limit is ${MAX_NARRATIVE_BYTES} bytes (1 MB) a narrative`
    : undefined;
}

/** Thrown when stdin holds more than a reader's byte limit; the message names the limit. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
}
