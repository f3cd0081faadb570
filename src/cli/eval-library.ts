/**
 * Runs the library retrieval evaluation set and prints recall@3 and MRR (misses listed on stderr).
 * Usage: npm run --silent eval:library
 */
import { Library } from '../library/library.js';
import { libraryDataFromFiles } from '../library/passage-files.js';
import { readEvalQuestions, scoreRetrieval } from '../library/eval/retrieval-metrics.js';
import { parseCommandLine, readFlagsOrExit } from './cli-args.js';

// Takes no flags: refuse any, so a mistyped one is not silently ignored.
readFlagsOrExit('eval:library', 'usage: npm run --silent eval:library', () =>
  parseCommandLine(process.argv.slice(2), {}),
);

const K = 3;
/** Ranks beyond the first few still count toward MRR. */
const RANK_DEPTH = 20;

const questions = readEvalQuestions();
const library = new Library(libraryDataFromFiles());
const unknown = questions.flatMap((question) => question.ids.filter((id) => !library.get(id)));
if (unknown.length > 0) throw new Error(`questions.jsonl names unknown passages: ${unknown.join(', ')}`);

const rankings = questions.map((question) => library.search(question.q, RANK_DEPTH).map((hit) => hit.passage.id));
const scores = scoreRetrieval(questions, rankings, K);
for (const miss of scores.misses) process.stderr.write(`miss: ${JSON.stringify(miss)}\n`);
process.stdout.write(
  `${JSON.stringify({ questions: scores.questions, passages: library.size, [`recall@${K}`]: round(scores.recallAtK), mrr: round(scores.mrr) })}\n`,
);

function round(value: number): number {
  return Number(value.toFixed(3));
}
