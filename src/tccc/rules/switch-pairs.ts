/**
 * The closing triage of two casualties said as a pair of clauses ("First guy is urgent, hand is routine."): once
 * the first clause triages one casualty by his label, the second, which triages someone else in a few words, is
 * the other one's, whatever it calls him. `casualty-split.ts` adds the switch to the other one there.
 */
import type { Token } from '../text/tokenize.js';
import { RECATEGORIZED } from './lexicon/recategorized.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';
import { norm } from './switch-words.js';
import { patientsOf, type Switch } from './switch-targets.js';

/** Most words a clause of a paired triage may hold ("hand is routine", "the hand guy is urgent surgical"). */
const CLAUSE_WORDS = 5;

/** The token after a clause's triage category at `i` ("urgent", "urgent surgical"), else undefined. */
function categoryEnd(tokens: Token[], i: number): number | undefined {
  if (!PRIORITY_WORDS.has(norm(tokens, i))) return undefined;
  return norm(tokens, i + 1) === 'surgical' ? i + 2 : i + 1;
}

/** The clause from token `from` when it ends at `,` or a sentence end with a triage category; its end, else undefined. */
function triageClause(tokens: Token[], from: number): number | undefined {
  let to = from;
  while (
    to < tokens.length &&
    to - from <= CLAUSE_WORDS &&
    norm(tokens, to) !== ',' &&
    !SENTENCE_ENDS.has(norm(tokens, to))
  )
    to++;
  if (to - from > CLAUSE_WORDS || to === from) return undefined;
  for (let k = from; k < to; k++) if (categoryEnd(tokens, k) === to) return to;
  return undefined;
}

/** Words that open a clause going on about the same casualty's category, never naming another ("now", "not"). */
const SAME_ONE = new Set([
  'not',
  'no',
  'now',
  'then',
  'actually',
  'make',
  'maybe',
  'possibly',
  // "Hollister was priority, changing him to urgent surgical": his category changed.
  ...RECATEGORIZED,
  'correction',
  'still',
  'also',
  'was',
  'is',
  'but',
  'or',
]);

/** True when the clause at token `from` opens with a word that may name someone ("hand is routine"), its category after. */
const namesSomeone = (tokens: Token[], from: number): boolean =>
  tokens[from]?.kind === 'word' && !SAME_ONE.has(norm(tokens, from)) && !PRIORITY_WORDS.has(norm(tokens, from));

/**
 * Where a second clause of a paired triage starts, for each first clause that opens at a switch: the token of the
 * second clause and the switch (index into `starts`) that opens the first. Only the second of exactly two clauses
 * that make up a whole sentence.
 */
function pairedTriage(tokens: Token[], starts: readonly number[]): { at: number; after: number }[] {
  const out: { at: number; after: number }[] = [];
  starts.forEach((at, k) => {
    const opens = opensSentence(tokens, at);
    const first = opens ? triageClause(tokens, at) : undefined;
    if (first === undefined || norm(tokens, first) !== ',') return;
    const second = triageClause(tokens, first + 1);
    const closes = second !== undefined && (second >= tokens.length || SENTENCE_ENDS.has(norm(tokens, second)));
    if (!closes || starts.some((s) => s > first && s < second)) return;
    // "First guy is urgent, now urgent surgical", "…, not routine": the same one's category changed or denied.
    if (!namesSomeone(tokens, first + 1)) return;
    out.push({ at: first + 1, after: k });
  });
  return out;
}

/**
 * Adds to `switches` (and their `owner`s) a switch to the other casualty at each second clause of a paired triage,
 * when the narrative has exactly two patients (`keys` less the `bystanders`, none a group).
 */
export function withPairedTriage(
  tokens: Token[],
  switches: Switch[],
  owner: number[],
  keys: readonly string[],
  bystanders: ReadonlySet<number>,
): void {
  if (keys.some((k) => k.startsWith('group:')) || patientsOf(keys, bystanders).length !== 2) return;
  const pairs = pairedTriage(
    tokens,
    switches.map((s) => s.at),
  ).reverse();
  for (const p of pairs) {
    if (bystanders.has(owner[p.after])) continue;
    const other = keys.findIndex((_, n) => n !== owner[p.after] && !bystanders.has(n));
    switches.splice(p.after + 1, 0, { at: p.at, end: p.at, target: { current: true } });
    owner.splice(p.after + 1, 0, other);
  }
}
