/**
 * Size caps on what the app accepts, so that one oversized paste or file cannot freeze the kiosk
 * (a 20 MB casualty file, then one more piece, blocked the page for 8.3 s with a 1.1 GB heap).
 */
import { narrativeOf, type Casualty } from './casualty.js';

/**
 * The longest narrative one casualty may hold, in characters (pieces joined, as the engines read it).
 * Every added piece re-extracts the whole narrative on the page's thread: about 80 ms per 100 KB with
 * the rules engine (`npm run bench:extract`), so 1 MB would stall the page 1 s and more per piece.
 * 200,000 characters is some 30,000 words, far past any real casualty's narrative.
 */
export const MAX_NARRATIVE_CHARS = 200_000;
/**
 * The largest casualty file Import reads. The export of a casualty at the narrative cap, with an
 * equally long draft and the thousands of facts a repeated narrative yields, is 1.8 MB: twice that fits.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
const chars = (n: number) => n.toLocaleString('en-US');

/** Why the narrative of `c` with `text` added would be too long, or undefined when it fits. */
export function narrativeTooLong(c: Casualty, text: string): string | undefined {
  const current = narrativeOf(c).length;
  const after = current + (current ? 1 : 0) + text.length;
  if (after <= MAX_NARRATIVE_CHARS) return undefined;
  return `the narrative would be ${chars(after)} characters; one casualty holds at most ${chars(MAX_NARRATIVE_CHARS)}. Start a new casualty for the rest, or shorten this piece.`;
}

/** Why a casualty file of `bytes` is too large to import, or undefined when it is not. */
export function importTooLarge(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `the file is ${size(bytes)}; a casualty file is at most ${size(MAX_IMPORT_BYTES)}. Is it the right file?`;
}
