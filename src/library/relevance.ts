/**
 * Which search hits are worth a medic's first look. BM25 scores have no fixed scale, so the cut-off is
 * relative to the best hit of the same query: a passage far below it only shares a common word
 * ("dose" brings up ketamine and TBI passages for "TXA dose").
 */
import type { SearchHit } from './library.js';

/** A hit scoring under this share of the best hit's score is held back behind "show more". */
export const RELEVANCE_CUTOFF = 0.25;

/** Splits hits (best first) into those at or above the cut-off and the rest, each kept in order. */
export function splitByRelevance(
  hits: readonly SearchHit[],
  cutoff: number = RELEVANCE_CUTOFF,
): { relevant: SearchHit[]; more: SearchHit[] } {
  const best = hits[0]?.score ?? 0;
  const relevant = hits.filter((hit) => hit.score >= best * cutoff);
  const more = hits.filter((hit) => hit.score < best * cutoff);
  return { relevant, more };
}
