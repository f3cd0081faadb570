/** What a rule family returns: a value and where in the narrative it was read. */
import type { Doc } from './document.js';

/** Character span `[start, end)` in the narrative. */
export interface Span {
  start: number;
  end: number;
}

export interface Found<T> {
  value: T;
  /** The words the whole fact came from. */
  span: Span;
  /** Per-field spans for facts assembled from several places (a vitals set, the casualty). */
  fields?: Partial<Record<keyof T & string, Span>>;
}

/** Character span of tokens `[from, to)`. */
export function spanOf(doc: Doc, from: number, to: number): Span {
  const first = doc.tokens[Math.max(0, Math.min(from, doc.tokens.length - 1))];
  const last = doc.tokens[Math.max(0, Math.min(to - 1, doc.tokens.length - 1))];
  if (!first || !last) return { start: 0, end: 0 };
  return { start: first.start, end: Math.max(first.start, last.end) };
}

/** The smallest span covering both. */
export function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * A filter for one list of facts: keeps every fact with detail, and a bare mention only when no fact of its
 * name has detail and it is the first bare one ("TQ still holding" after "TQ left thigh 0915" adds nothing).
 */
export function bareRepeatFilter<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  hasDetail: (item: T) => boolean,
): (item: T) => boolean {
  const detailed = new Set(items.filter(hasDetail).map(nameOf));
  const seen = new Set<string>();
  return (item) => {
    if (hasDetail(item)) return true;
    const name = nameOf(item);
    if (detailed.has(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  };
}

/** Character span of tokens `[start, end)` and of the tokens of every value read for them (a dose, a route, a time). */
export function spanning(doc: Doc, start: number, end: number, reads: ({ start: number; end: number } | null)[]): Span {
  let s = start;
  let e = end;
  for (const r of reads) {
    if (!r) continue;
    s = Math.min(s, r.start);
    e = Math.max(e, r.end);
  }
  return spanOf(doc, s, e);
}
