/**
 * Answers a medic's question from retrieved passages only. With a language model (`generate`), the prompt holds
 * just the top passages as numbered sources and asks for [n] citations; the answer is kept only if it cites
 * and every citation names a passage it was given. Without a model, the passages themselves are the answer.
 */
import type { SearchHit } from './library.js';
import type { Passage } from './passage.js';

/** A text generator, e.g. an LLM engine's completion call. */
export type Generate = (prompt: string, signal?: AbortSignal) => Promise<string>;

export type Answer =
  /** No model: the retrieved passages are shown as the answer. */
  | { kind: 'passages'; passages: Passage[] }
  /** A model answer whose every [n] citation names one of `passages`; `cited` are those it cites, in order. */
  | { kind: 'generated'; text: string; passages: Passage[]; cited: Passage[] }
  /** Nothing to answer from, the model declined, or its answer was not grounded; `passages` are still shown. */
  | {
      kind: 'refused';
      reason: 'no-passages' | 'declined' | 'no-citation' | 'unknown-citation';
      text?: string;
      passages: Passage[];
    };

/** The phrase the model is told to answer with when the passages do not cover the question. */
export const REFUSAL = 'The library does not cover this.';
/** Small models lose the thread with long prompts; three short passages is the budget. */
const PROMPT_PASSAGES = 3;

/** The prompt for `generate`: numbered passages, the rules, then the question. */
export function buildAnswerPrompt(question: string, passages: Passage[]): string {
  const sources = passages
    .map((passage, i) => `[${i + 1}] ${passage.title} (${passage.source})\n${passage.text}`)
    .join('\n\n');
  return [
    'You answer a combat medic using ONLY the numbered passages below.',
    'Cite every fact with the number of its passage in square brackets, like [1].',
    `If the passages do not answer the question, reply exactly: ${REFUSAL}`,
    'Do not add facts, doses or advice that are not in the passages.',
    '',
    sources,
    '',
    `Question: ${question.trim()}`,
    'Answer:',
  ].join('\n');
}

/** The citation numbers in `text`, in order of first appearance: "[1]", "[1, 3]" and "[2][3]" are all read. */
export function citationNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const group of text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    for (const part of group[1].split(',')) {
      const n = Number(part.trim());
      if (!numbers.includes(n)) numbers.push(n);
    }
  }
  return numbers;
}

/** Answers `question` from `hits` (retrieval first: pass the library's search results for the question). */
export async function answerFromPassages(
  question: string,
  hits: SearchHit[],
  generate?: Generate,
  signal?: AbortSignal,
): Promise<Answer> {
  const passages = hits.slice(0, PROMPT_PASSAGES).map((hit) => hit.passage);
  if (passages.length === 0) return { kind: 'refused', reason: 'no-passages', passages };
  if (!generate) return { kind: 'passages', passages };

  const text = (await generate(buildAnswerPrompt(question, passages), signal)).trim();
  if (text.includes(REFUSAL)) return { kind: 'refused', reason: 'declined', text, passages };
  const numbers = citationNumbers(text);
  if (numbers.length === 0) return { kind: 'refused', reason: 'no-citation', text, passages };
  if (numbers.some((n) => n < 1 || n > passages.length))
    return { kind: 'refused', reason: 'unknown-citation', text, passages };
  return { kind: 'generated', text, passages, cited: numbers.map((n) => passages[n - 1]) };
}
