/**
 * A casualty known by his rank: "the TC is lieutenant Sato … Going back to the L T." A rank said before one known
 * casualty's surname, and before no other's, says him when the medic turns back to "the" rank, in full, short or
 * spelled out letter by letter as a recogniser writes it.
 */
import type { Token } from '../text/tokenize.js';
import { isBoundary, norm, type SwitchFound } from './switch-words.js';

/** Ranks said of one person, each in its full, short and spoken forms. */
const RANK_FORMS: Readonly<Record<string, string>> = {
  lieutenant: 'lieutenant',
  lt: 'lieutenant',
  ltn: 'lieutenant',
  sergeant: 'sergeant',
  sgt: 'sergeant',
  corporal: 'corporal',
  cpl: 'corporal',
  specialist: 'specialist',
  spc: 'specialist',
  captain: 'captain',
  capt: 'captain',
  cpt: 'captain',
};

/** The rank said from token `i` ("LT", "lieutenant", or the letters "L T"), and the token after it; else undefined. */
function rankAt(tokens: Token[], i: number): { rank: string; end: number } | undefined {
  const word = norm(tokens, i);
  if (Object.hasOwn(RANK_FORMS, word)) return { rank: RANK_FORMS[word], end: i + 1 };
  let letters = '';
  let end = i;
  while (end < i + 3 && /^[a-z]$/.test(norm(tokens, end))) letters += norm(tokens, end++);
  return end - i >= 2 && Object.hasOwn(RANK_FORMS, letters) ? { rank: RANK_FORMS[letters], end } : undefined;
}

/** The known casualty (index into `known`) each rank is said before, for ranks said before one casualty only. */
function rankedCasualties(tokens: Token[], known: readonly (string | undefined)[]): Map<string, number> {
  const said = new Map<string, Set<number>>();
  tokens.forEach((t, k) => {
    const n = known.indexOf(t.norm);
    const rank = n >= 0 && k > 0 ? RANK_FORMS[norm(tokens, k - 1)] : undefined;
    // "staff sergeant", "first lieutenant": a rank of several words is another rank; left alone.
    if (rank && !Object.hasOwn(RANK_FORMS, norm(tokens, k - 2)) && !['staff', 'first'].includes(norm(tokens, k - 2)))
      said.set(rank, (said.get(rank) ?? new Set()).add(n));
  });
  return new Map([...said].flatMap(([rank, people]) => (people.size === 1 ? [[rank, [...people][0]]] : [])));
}

/** "Back to the LT", "over to the sergeant": a turn back to the one casualty said with that rank, at token `i`. */
export function rankSwitchAt(tokens: Token[], i: number, known: readonly (string | undefined)[]): SwitchFound | null {
  if (norm(tokens, i) !== 'the' || norm(tokens, i - 1) !== 'to' || !['back', 'over'].includes(norm(tokens, i - 2)))
    return null;
  const said = rankAt(tokens, i + 1);
  if (!said || !isBoundary(tokens[said.end])) return null;
  const n = rankedCasualties(tokens, known).get(said.rank);
  return n === undefined ? null : { target: { key: `name:${known[n]}`, number: n + 1 }, end: said.end, start: i };
}
