/**
 * The punctuation that closes a sentence, defined once for every rule family: a full stop, a semicolon, an
 * exclamation or question mark, and a line break (dictated lines and list rows carry no full stop).
 */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?', '\n']);

/** What ends a sentence in prose, where a semicolon only ends a clause. */
export const FULL_STOPS: ReadonlySet<string> = new Set([...SENTENCE_ENDS].filter((end) => end !== ';'));

/**
 * What closes a sentence when a narrative is read into sentences and chunks: the sentence ends and the bar of a
 * table row ("HR 110 | BP 90/60"), whose cells are separate statements for finding which words belong together,
 * though the casualty cut and the corrections do not treat a bar as the end of what was said.
 */
export const SEGMENT_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, '|']);

/** Quote marks, straight or curly, which open or close what one speaker says. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * True when token `i` opens a sentence: the first token, or one right after a sentence end; quote marks between are
 * passed over (`He yelled. "First is …"`, `… the chest." Then …`).
 */
export function opensSentence(tokens: readonly { readonly norm: string }[], i: number): boolean {
  let k = i;
  while (k > 0 && QUOTE_MARKS.has(tokens[k - 1].norm)) k--;
  return k === 0 || SENTENCE_ENDS.has(tokens[k - 1]?.norm ?? '');
}

/**
 * The index of the sentence end at or after token `i` (or the token count): where the sentence of `i` stops. `ends`
 * is {@link FULL_STOPS} where a semicolon only ends a clause of the sentence (prose about several soldiers).
 */
export function sentenceEndFrom(
  tokens: readonly { readonly norm: string }[],
  i: number,
  ends: ReadonlySet<string> = SENTENCE_ENDS,
): number {
  let end = i;
  while (end < tokens.length && !ends.has(tokens[end].norm)) end++;
  return end;
}

/** The first token of the sentence that holds token `i`, from the tokens alone: the twin of {@link sentenceEndFrom}. */
export function sentenceStartFrom(
  tokens: readonly { readonly norm: string }[],
  i: number,
  ends: ReadonlySet<string> = SENTENCE_ENDS,
): number {
  let start = i;
  while (start > 0 && !ends.has(tokens[start - 1].norm)) start--;
  return start;
}

/** The first token of the sentence that holds token `i`, as a read narrative numbers its sentences (`doc.sentence`). */
export function sentenceStart(doc: { readonly sentence: ArrayLike<number> }, i: number): number {
  let start = i;
  while (start > 0 && doc.sentence[start - 1] === doc.sentence[i]) start--;
  return start;
}

/** A sentence as tokens [start, end): its closing punctuation, when it has one, is its last token. */
export interface TokenSentence {
  start: number;
  end: number;
}

/** The sentences of `tokens` in order, each with the punctuation that closes it; words after the last one too. */
export function sentencesOf(tokens: readonly { readonly norm: string }[]): TokenSentence[] {
  const out: TokenSentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm)) continue;
    if (i > start) out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < tokens.length) out.push({ start, end: tokens.length });
  return out;
}

/** A sentence of the text as written: where it stands, and its words with the marks that close it. */
export interface TextSentence {
  start: number;
  end: number;
  words: string;
}

/** A sentence as written: words, then the marks that close it. */
const WRITTEN_SENTENCE = /[^.!?\n]+[.!?]*/g;
/** The same where only a mark with a space after it closes one, never the dot of "No." ("No. 3", "0.9%", "a.m."). */
const SPACED_SENTENCE = /(?:[^.!?\n]|[.!?](?!\s)|(?<=\bNo)\.)+[.!?]*/gi;

/**
 * The sentences of `text` as written, before any token is read: each runs to the marks that close it ("Wait...",
 * "Really?!") or to its line's end, the line break left between sentences. Marks with no words before them open none.
 * With `spacedStops`, a mark closes a sentence only before a space or a line break, and "No." never does: places and
 * items numbered "No. 3" stay in their sentence, as do decimals and "a.m.".
 */
export const textSentencesOf = (text: string, { spacedStops = false } = {}): TextSentence[] =>
  [...text.matchAll(spacedStops ? SPACED_SENTENCE : WRITTEN_SENTENCE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    words: m[0],
  }));
