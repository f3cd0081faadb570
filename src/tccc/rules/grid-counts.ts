/**
 * The count of casualties a grid is said for ("grid for all three …"), which `grid.ts` reads past: no part of the grid.
 */
import type { Doc } from './document.js';

/** A count at token `i` said after "all" and before a colon, a comma, "is" or "was" ("for all three:", "all three was"). */
export const countsAll = (doc: Doc, i: number): boolean =>
  doc.tokens[i - 1]?.norm === 'all' &&
  doc.tokens[i].kind === 'number' &&
  [':', ',', 'is', 'was'].includes(doc.tokens[i + 1]?.norm ?? '');

/**
 * "grid for all three four one sierra …": a count after "all" said with no pause runs into the zone's digits as one
 * spoken number; a zone is never three digits, so its first is the count. `said` read from token `at`, else as is.
 */
export const pastCount = (doc: Doc, at: number, said: string): string =>
  doc.tokens[at - 1]?.norm === 'all' && doc.tokens[at].spoken && /^\d{3}[A-Z]/.test(said) ? said.slice(1) : said;
