/**
 * A written after-action narrative in numbered paragraphs that introduces each casualty in a paragraph of his own and
 * then refers back to him by its number ("3. SPC Lind, roster …: fragment wound … 6. The casualty in para 3 kept
 * bleeding …", "The TC (para 3) was reassessed …", "Categories: para 2 urgent, paras 3 and 4 priority"). The
 * paragraph numbers are no casualties: a casualty is someone introduced by rank and name in a paragraph referred back
 * to, and a sentence is the casualty's whose paragraph it names, or the one spoken of before it when it names none
 * ("The same soldier received …"). A sentence said of them all is shared; the paragraphs before the first casualty's
 * are the opening; a sentence no one can be given (a paragraph that names no one, or someone never referred back to)
 * is no one's.
 */
import type { Token } from '../text/tokenize.js';
import { readTokens } from '../text/normalize.js';
import type { CasualtySplit } from './casualty-split.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { rankedNameEnd } from './list-cues.js';
import { saidOfAll } from './hurt-soldiers.js';
import { splitByName } from './named-prose.js';
import { sentencesOf } from './sentence-ends.js';
import { CASUALTY_NOUNS } from './switch-letters.js';
import type { TextPart } from './shared-phrases.js';
import { norm } from './switch-words.js';
import { referencesIn } from './heading-refs.js';

/** A numbered paragraph: its number, and its tokens [at, end), the number and its full stop first. */
interface Paragraph {
  n: number;
  at: number;
  end: number;
}

const REFERENCE_WORDS = new Set(['para', 'paras', 'paragraph', 'paragraphs']);

/** "2. …" opening a line: a paragraph's number, one or two digits and a full stop. */
const paragraphNumberAt = (tokens: Token[], k: number): number | undefined =>
  (k === 0 || norm(tokens, k - 1) === '\n') &&
  tokens[k].kind === 'number' &&
  /^\d{1,2}$/.test(tokens[k].raw) &&
  norm(tokens, k + 1) === '.'
    ? tokens[k].value
    : undefined;

/** The narrative's numbered paragraphs, when they run 1, 2, 3 … from the first; else none. */
function paragraphsOf(tokens: Token[]): Paragraph[] {
  const starts = tokens.flatMap((_, k) => {
    const n = paragraphNumberAt(tokens, k);
    return n === undefined ? [] : [{ n, at: k }];
  });
  if (!starts.every((p, i) => p.n === i + 1)) return [];
  return starts.map((p, i) => ({ ...p, end: starts[i + 1]?.at ?? tokens.length }));
}

/** "The same soldier received …", "the same casualty": the one spoken of before. */
const saysSameOne = (tokens: Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).some((t, k) => t.norm === 'same' && CASUALTY_NOUNS.has(norm(tokens, from + k + 1)));

/**
 * The narrative cut by casualty when it is written in numbered paragraphs and refers back to two casualties or more
 * by their paragraphs' numbers; null otherwise.
 */
export function paragraphSplit(text: string): CasualtySplit | null {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const paragraphs = paragraphsOf(tokens);
  if (paragraphs.length < 3) return null;
  const references = referencesIn(tokens, REFERENCE_WORDS);
  const paragraphAt = (k: number): Paragraph | undefined => paragraphs.find((p) => k >= p.at && k < p.end);
  // A casualty's paragraph: referred back to from a later one, and naming someone by rank in its first sentence.
  const introduces = (p: Paragraph): boolean => {
    const first = sentencesOf(tokens.slice(p.at + 2, p.end))[0];
    return (
      !!first && tokens.slice(p.at + 2, p.at + 2 + first.end).some((_, k) => rankedNameEnd(tokens, p.at + 2 + k) >= 0)
    );
  };
  const referred = paragraphs.filter(
    (p) => references.some((r) => r.numbers.includes(p.n) && r.at >= p.end) && introduces(p),
  );
  if (referred.length < 2) return null;
  const casualtyOf = new Map(referred.map((p, i) => [p.n, i]));
  const casualties: TextPart[][] = referred.map(() => []);
  const preamble: TextPart[] = [];
  const shared: TextPart[] = [];
  const unclear: TextPart[] = [];
  const labels: TextPart[] = [
    ...paragraphs.map((p) => ({ start: tokens[p.at].start, end: tokens[p.at + 1].end })),
    ...references.map((r) => ({ start: tokens[r.at].start, end: tokens[r.end - 1].end })),
  ];
  const part = (a: number, b: number): TextPart => ({ start: tokens[a].start, end: tokens[b - 1].end });
  const firstCasualty = referred[0].at;
  // The casualty this paragraph is about, and the one last given a sentence ("The same soldier …" may open a paragraph).
  let spokenOf: number | undefined;
  let last: number | undefined;
  const give = (n: number, words: TextPart): void => {
    casualties[n].push(words);
    last = n;
  };
  // In a casualty's paragraph only a sentence opening with the word of all is said of all ("All three were lifted …"):
  // "moxifloxacin 400 mg and meloxicam 15 mg, all PO" is his.
  const ofAll = (from: number, to: number): boolean =>
    spokenOf === undefined ? saidOfAll(tokens, from, to) : saidOfAll(tokens, from, from + 1);
  for (const s of sentencesOf(tokens)) {
    const paragraph = paragraphAt(s.start);
    // A paragraph's number is a label, never a sentence; a new paragraph names its casualty afresh.
    if (paragraph && s.start === paragraph.at) {
      spokenOf = casualtyOf.get(paragraph.n);
      continue;
    }
    const inside = references.filter(
      (r) => r.at >= s.start && r.at < s.end && r.numbers.every((n) => casualtyOf.has(n)),
    );
    const whose = [...new Set(inside.flatMap((r) => r.numbers.map((n) => casualtyOf.get(n)!)))];
    if (whose.length === 1) {
      spokenOf = whose[0];
      give(spokenOf, part(s.start, s.end));
    } else if (whose.length > 1) {
      // "Categories: para 2 urgent surgical, para 3 urgent, paras 4 and 5 priority": each reference's words are its own.
      if (inside[0].at > s.start) unclear.push(part(s.start, inside[0].at));
      inside.forEach((r, k) => {
        const words = part(r.at, inside[k + 1]?.at ?? s.end);
        for (const n of r.numbers) give(casualtyOf.get(n)!, words);
      });
      spokenOf = undefined;
    } else if (s.start < firstCasualty) preamble.push(part(s.start, s.end));
    else if (saysSameOne(tokens, s.start, s.end) && last !== undefined) {
      spokenOf = last;
      give(spokenOf, part(s.start, s.end));
    } else if (ofAll(s.start, s.end)) shared.push(part(s.start, s.end));
    else if (spokenOf !== undefined) give(spokenOf, part(s.start, s.end));
    else unclear.push(part(s.start, s.end));
  }
  return splitByName({ casualties, preamble, shared, labels, unclear });
}
