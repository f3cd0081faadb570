/**
 * Scores records predicted for a several-casualty narrative against gold records: predicted records are paired
 * with gold ones by the assignment that maximises true positives, then each pair is compared as in `compareFacts`.
 * Also counts the two errors a medic cannot see: `dangerous` (a fact right in every part but a number) and
 * `mixed` (a fact of one casualty put on another's record).
 */
import { compareFacts, scoredFacts, type Comparison, type ScoredFact } from './facts.js';
import type { TcccRecord } from './record.js';

export interface RecordsComparison extends Comparison {
  /** `pairs[i]` is the gold index predicted record `i` was matched to, or -1 when it matched none. */
  pairs: number[];
  /** Extra facts that match a missed gold fact of the same record in every part but a number (dose, volume, value, time). */
  dangerous: ScoredFact[];
  /** Extra facts that belong, by gold, to another casualty of the narrative and not to the one they were put on. */
  mixed: ScoredFact[];
}

/** Brute force over assignments up to this many records; past it, a greedy pairing (mass-casualty lists are short). */
const EXACT_LIMIT = 6;

/** Compares predicted records with gold records (one per casualty), pairing them to maximise true positives. */
export function compareRecords(predicted: readonly TcccRecord[], gold: readonly TcccRecord[]): RecordsComparison {
  const p = predicted.map(scoredFacts);
  const g = gold.map(scoredFacts);
  const tp = p.map((pf) => g.map((gf) => compareFacts(pf, gf).counts.tp));
  const pairs = bestPairs(tp, g.length);
  const byKind: Comparison['byKind'] = new Map();
  const missed: ScoredFact[] = [];
  const extra: ScoredFact[] = [];
  const dangerous: ScoredFact[] = [];
  const mixed: ScoredFact[] = [];
  const add = (cmp: Comparison): void => {
    missed.push(...cmp.missed);
    extra.push(...cmp.extra);
    for (const [kind, c] of cmp.byKind) {
      const t = byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      byKind.set(kind, { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn });
    }
  };
  pairs.forEach((j, i) => {
    const cmp = compareFacts(p[i], j >= 0 ? g[j] : []);
    add(cmp);
    if (j < 0) return;
    dangerous.push(...numberSlips(cmp.extra, cmp.missed));
    const others = new Set(g.flatMap((gf, k) => (k === j ? [] : gf.map((f) => f.key))));
    mixed.push(...cmp.extra.filter((f) => others.has(f.key)));
  });
  g.forEach((gf, j) => {
    if (!pairs.includes(j)) add(compareFacts([], gf));
  });
  const fp = extra.length;
  const fn = missed.length;
  const total = p.reduce((n, pf) => n + pf.length, 0);
  return { counts: { tp: total - fp, fp, fn }, byKind, missed, extra, pairs, dangerous, mixed };
}

/** A fact key with every number (values, clock times, doses with their unit: mg for mcg is a number slip) blanked. */
export const withoutNumbers = (key: string): string => key.replace(/\d+(?:[.:]\d+)?(?: (?:mcg|mg|g|ml)\b)?/g, '#');

/** Extra facts that differ from a missed fact only in a number; each missed fact pairs with at most one extra. */
function numberSlips(extra: readonly ScoredFact[], missed: readonly ScoredFact[]): ScoredFact[] {
  const pool = new Map<string, number>();
  for (const m of missed) {
    const k = withoutNumbers(m.key);
    if (k !== m.key) pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  return extra.filter((e) => {
    const k = withoutNumbers(e.key);
    const left = pool.get(k) ?? 0;
    if (k === e.key || left === 0) return false;
    pool.set(k, left - 1);
    return true;
  });
}

/** For each predicted record, the gold record it is paired with (-1 for none), maximising the summed true positives. */
function bestPairs(tp: number[][], goldCount: number): number[] {
  const n = tp.length;
  if (n === 0) return [];
  if (n <= EXACT_LIMIT && goldCount <= EXACT_LIMIT) {
    let best: number[] = [];
    let bestScore = -1;
    const used = new Array<boolean>(goldCount).fill(false);
    const chosen: number[] = [];
    const walk = (i: number, sum: number): void => {
      if (i === n) {
        if (sum > bestScore) [bestScore, best] = [sum, [...chosen]];
        return;
      }
      // Gold records in order, "none" last, so ties pair records in their order of introduction.
      for (let j = 0; j <= goldCount; j++) {
        if (j === goldCount) j = -1;
        if (j >= 0 && used[j]) continue;
        if (j >= 0) used[j] = true;
        chosen.push(j);
        walk(i + 1, sum + (j >= 0 ? tp[i][j] : 0));
        chosen.pop();
        if (j >= 0) used[j] = false;
        if (j === -1) break;
      }
    };
    walk(0, 0);
    return best;
  }
  // Greedy: the pair with most true positives first, ties to the earlier records (order of introduction).
  const pairs = new Array<number>(n).fill(-1);
  const taken = new Set<number>();
  const cells = tp
    .flatMap((row, i) => row.map((v, j) => ({ i, j, v })))
    .sort((a, b) => b.v - a.v || a.i - b.i || a.j - b.j);
  for (const { i, j } of cells) {
    if (pairs[i] >= 0 || taken.has(j)) continue;
    pairs[i] = j;
    taken.add(j);
  }
  return pairs;
}
