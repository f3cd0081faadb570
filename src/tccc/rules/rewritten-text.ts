/**
 * A narrative's words put in another order for reading ("CAT x2 (Hale L arm 2214, ...)" read as "Hale: ... CAT L arm
 * 2214."), with each copied piece remembering where it stood, so what is read from the new text points back into the
 * words the medic wrote.
 */
import type { EvidenceSpan, EvidencedRecord } from '../extraction.js';
import type { TextPart } from './shared-phrases.js';

interface Piece {
  /** Where the piece starts in the new text. */
  at: number;
  length: number;
  /** Where it was copied from in the original text; null for words put in to join pieces (": ", ". "). */
  from: number | null;
}

export class RewrittenText {
  private text = '';
  private readonly pieces: Piece[] = [];

  /** Copies the original's words [start, end). */
  copy(original: string, start: number, end: number): this {
    if (end > start) this.add(original.slice(start, end), start);
    return this;
  }

  /** Puts in joining words of its own ("\n", ": ", ". "). */
  join(words: string): this {
    if (words) this.add(words, null);
    return this;
  }

  get value(): string {
    return this.text;
  }

  private add(words: string, from: number | null): void {
    this.pieces.push({ at: this.text.length, length: words.length, from });
    this.text += words;
  }

  /** The original offset of the new text's offset `at`: in a copied piece, where it stood; in joining words, the end of the copy before. */
  original(at: number, end = false): number {
    let best = 0;
    for (const p of this.pieces) {
      const inside = end ? at > p.at && at <= p.at + p.length : at >= p.at && at < p.at + p.length;
      if (p.from !== null && inside) return p.from + (at - p.at);
      if (p.from !== null && p.at + p.length <= at) best = p.from + p.length;
    }
    return best;
  }

  /** The original ranges the new text's range [start, end) was copied from, in the new text's order. */
  originalParts(part: TextPart): TextPart[] {
    const out: TextPart[] = [];
    for (const p of this.pieces) {
      const [start, end] = [Math.max(part.start, p.at), Math.min(part.end, p.at + p.length)];
      if (p.from === null || end <= start) continue;
      out.push({ start: p.from + (start - p.at), end: p.from + (end - p.at) });
    }
    return out;
  }
}

/** What reading a narrative by casualty gives (casualties.ts): records, facts of no one, and the parts read. */
export interface ReadByCasualty {
  casualties: EvidencedRecord[];
  unattributed: EvidenceSpan[];
  parts?: { casualties: TextPart[][]; preamble: TextPart[]; shared: TextPart[]; ofNoOne: TextPart[] };
}

/** The rewritten words read by `read`, with what was read pointing back into the words as written. */
export function readThrough<R extends ReadByCasualty>(rewritten: RewrittenText, read: (text: string) => R): R {
  const result = read(rewritten.value);
  const span = (e: EvidenceSpan): EvidenceSpan => ({
    ...e,
    start: rewritten.original(e.start),
    end: rewritten.original(e.end, true),
  });
  const back = (parts: readonly TextPart[]): TextPart[] => parts.flatMap((p) => rewritten.originalParts(p));
  const parts = result.parts;
  return {
    ...result,
    casualties: result.casualties.map((c) => ({ record: c.record, evidence: c.evidence.map(span) })),
    unattributed: result.unattributed.map(span),
    parts: parts && {
      casualties: parts.casualties.map(back),
      preamble: back(parts.preamble),
      shared: back(parts.shared),
      ofNoOne: back(parts.ofNoOne),
    },
  };
}
