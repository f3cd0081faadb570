/**
 * A note written as numbered paragraphs is corrected by paragraph, after the note: "Para 4. IO L humerus 0753." and,
 * lines later, "Correction to para 4: IO was R humerus, not L." The correcting line is read as if written right after
 * the paragraph it names, as "Correction: IO was R humerus, not L.", so the readers of a correction (which look a
 * sentence or two back) find the fact it corrects. The tokens keep their places in the text, so evidence still points
 * at what was written.
 */
import type { Token } from '../text/tokenize.js';
import { bracketedNumberAt, itemNumberAt } from './item-numbers.js';
import { tokenLinesOf } from './text-cells.js';
import { norm, startsLine } from './switch-words.js';

/** Words that open a correcting line. */
const MARKERS = new Set(['correction', 'corrections', 'amendment', 'amend', 'change']);
/** Words naming what a note is numbered by ("para 2", "item 3", "line 4"). */
const PARTS = new Set(['para', 'paras', 'paragraph', 'paragraphs', 'item', 'items', 'line', 'lines', 'entry']);
/** Words joining the numbers of several paragraphs ("paras 2 and 3", "items 1, 4"). */
const JOINS = new Set(['and', ',', '&']);

const isParagraphNumber = (t: Token | undefined): boolean => t?.kind === 'number' && /^[1-9]\d?$/.test(t.raw);

/** True when tokens [from, to) name a part of the note by number ("Correction to para 8"): a correction read here. */
export const namesNotePart = (tokens: Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).some((t, k) => PARTS.has(t.norm) && isParagraphNumber(tokens[from + k + 1]));

/** The number of the paragraph a line opens at `i` ("Para 2.", "2.", "2)", "(2)"), else undefined. */
function paragraphLabelAt(tokens: Token[], i: number): number | undefined {
  if (
    PARTS.has(norm(tokens, i)) &&
    isParagraphNumber(tokens[i + 1]) &&
    ['.', ':', ')', '-'].includes(norm(tokens, i + 2))
  )
    return tokens[i + 1].value;
  const bracketed = bracketedNumberAt(tokens, i);
  if (bracketed !== undefined) return bracketed;
  const item = itemNumberAt(tokens, i);
  return item && isParagraphNumber(tokens[i]) ? item.n : undefined;
}

/**
 * "Correction to para 4:", "Correction to paras 2 and 3 -", "Amendment to item 5:": the paragraphs a line opening at
 * `i` corrects, and the token where its label ends (the ":" or "-" after it), else undefined.
 */
function correctedParagraphsAt(tokens: Token[], i: number): { numbers: number[]; labelEnd: number } | undefined {
  if (!MARKERS.has(norm(tokens, i)) || !['to', 'of', 'for'].includes(norm(tokens, i + 1))) return undefined;
  if (!PARTS.has(norm(tokens, i + 2))) return undefined;
  const numbers: number[] = [];
  let k = i + 3;
  while (isParagraphNumber(tokens[k])) {
    numbers.push(tokens[k].value!);
    k++;
    if (!JOINS.has(norm(tokens, k)) || !isParagraphNumber(tokens[k + 1])) break;
    k++;
  }
  return numbers.length > 0 && [':', '-', '.', ','].includes(norm(tokens, k)) ? { numbers, labelEnd: k } : undefined;
}

/**
 * Moves each line that corrects a numbered paragraph to right after that paragraph's line (the last one it names),
 * with "to para N" taken out of its label. Lines that name no paragraph of this note stay where they are.
 */
export function moveParagraphCorrections(tokens: Token[]): Token[] {
  // Each line with its closing line break (if any), which a moved line takes along.
  const lines = tokenLinesOf(tokens).map(({ start, end }) => [start, Math.min(end + 1, tokens.length)] as const);
  const lineOf = new Map<number, number>();
  lines.forEach(([start], k) => {
    const n = startsLine(tokens, start) ? paragraphLabelAt(tokens, start) : undefined;
    if (n !== undefined && !lineOf.has(n)) lineOf.set(n, k);
  });
  if (lineOf.size < 2) return tokens;
  /** The correcting lines to read after each paragraph's line, in the order written. */
  const after = new Map<number, Token[][]>();
  const moved = new Set<number>();
  lines.forEach(([start, end], k) => {
    const label = correctedParagraphsAt(tokens, start);
    const targets = label?.numbers.map((n) => lineOf.get(n)).filter((t) => t !== undefined);
    if (!label || !targets || targets.length === 0) return;
    const target = Math.max(...targets);
    if (target >= k) return;
    const line = [tokens[start], ...tokens.slice(label.labelEnd, end)];
    if (line[line.length - 1].norm !== '\n') line.push({ ...tokens[end - 1], norm: '\n', raw: '\n', kind: 'punct' });
    after.set(target, [...(after.get(target) ?? []), line]);
    moved.add(k);
  });
  if (moved.size === 0) return tokens;
  const out: Token[] = [];
  lines.forEach(([start, end], k) => {
    if (moved.has(k)) return;
    const line = tokens.slice(start, end);
    const corrections = after.get(k) ?? [];
    // A paragraph on the note's last line gets the line break its correction reads after.
    if (corrections.length > 0 && line[line.length - 1]?.norm !== '\n')
      line.push({ ...line[line.length - 1], norm: '\n', raw: '\n', kind: 'punct' });
    out.push(...line, ...corrections.flat());
  });
  return out;
}
