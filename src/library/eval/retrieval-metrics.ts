/** Retrieval metrics for the library evaluation set: recall@k and mean reciprocal rank. */
import { readFileSync } from 'node:fs';

/** One evaluation question: what a medic would ask, and the passage ids that answer it. */
export interface EvalQuestion {
  q: string;
  ids: string[];
}

export interface RetrievalScores {
  questions: number;
  /** Mean over questions of the share of relevant passages found in the top k. */
  recallAtK: number;
  /** Mean over questions of 1/rank of the first relevant passage (0 when none is returned). */
  mrr: number;
  /** Questions whose top k holds none of their passages. */
  misses: { q: string; expected: string[]; got: string[] }[];
}

/** Scores ranked results (`rankings[i]` answers `questions[i]`, best first). */
export function scoreRetrieval(questions: EvalQuestion[], rankings: string[][], k: number): RetrievalScores {
  let recallSum = 0;
  let reciprocalSum = 0;
  const misses: RetrievalScores['misses'] = [];
  questions.forEach((question, i) => {
    const ranked = rankings[i] ?? [];
    const topK = ranked.slice(0, k);
    const found = question.ids.filter((id) => topK.includes(id)).length;
    recallSum += found / question.ids.length;
    const firstRank = ranked.findIndex((id) => question.ids.includes(id));
    reciprocalSum += firstRank < 0 ? 0 : 1 / (firstRank + 1);
    if (found === 0) misses.push({ q: question.q, expected: question.ids, got: topK });
  });
  const n = questions.length || 1;
  return { questions: questions.length, recallAtK: recallSum / n, mrr: reciprocalSum / n, misses };
}

/** Parses the JSONL evaluation set, one `{q, ids}` per line; throws with the line number on a bad line. */
export function parseEvalQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = JSON.parse(line) as Partial<EvalQuestion>;
      if (typeof parsed.q !== 'string' || !Array.isArray(parsed.ids) || parsed.ids.length === 0) {
        throw new Error(`questions.jsonl line ${number}: needs "q" and a non-empty "ids"`);
      }
      return { q: parsed.q, ids: parsed.ids.map(String) };
    });
}

/** The library's evaluation set (questions.jsonl beside this file), parsed; the eval and the bench both ask these. */
export function readEvalQuestions(): EvalQuestion[] {
  return parseEvalQuestions(readFileSync(new URL('./questions.jsonl', import.meta.url), 'utf8'));
}
