import type { TextPart } from './shared-phrases.js';

/** A part with the ranges `shared` (said of all, or of no one) taken out. */
export function partsOutside(part: TextPart, shared: readonly TextPart[]): TextPart[] {
  let pieces = [part];
  for (const s of shared) {
    pieces = pieces.flatMap((p) =>
      s.end <= p.start || s.start >= p.end
        ? [p]
        : [
            { start: p.start, end: s.start },
            { start: s.end, end: p.end },
          ].filter((q) => q.end > q.start),
    );
  }
  return pieces;
}
