/**
 * A sentence said while one casualty is spoken of that gives something to another by name ("Ketamine 50 mg IM to
 * Torres at 1420.", "Splint on Diaz."): its facts are the named one's, though the name comes only after some of them.
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { norm } from './switch-words.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Words before a name that make him the one something is given to or done for. */
const TO_HIM = new Set(['to', 'for', 'on', 'gave', 'give', 'gives', 'giving', 'given']);
/** Words that take back what was just said ("no wait", "correction"). */
const TAKE_BACK = new Set(['no', 'correction', 'actually']);

/**
 * Sentences with no switch of their own that name, as the one given something, exactly one known casualty
 * (`names[n]`, the surname of casualty n + 1, or `givenNames[n]`, his first name) other than the one spoken of. `switchStarts[k]` is where switch k
 * starts, `owner[k]` the casualty it switches to; `indexOf(n, surname)` the casualty a known name is.
 */
export function recipientSentences(
  tokens: Token[],
  names: readonly (string | undefined)[],
  switchStarts: readonly number[],
  owner: readonly number[],
  indexOf: (n: number, surname: string) => number,
  givenNames: readonly (string | undefined)[] = [],
): { part: TextPart; to: number }[] {
  const out: { part: TextPart; to: number }[] = [];
  // "I give Andriy ketamine …": a casualty may be given something by his first name, when no other has it.
  const nameAt = (j: number): number => {
    const t = tokens[j];
    if (t.kind !== 'word' || !/^[A-Z]/.test(t.raw)) return -1;
    const w = t.norm.replace(/'s$/, '');
    const n = names.indexOf(w);
    if (n >= 0) return n;
    const g = givenNames.indexOf(w);
    return g >= 0 && names[g] !== undefined && givenNames.lastIndexOf(w) === g ? g : -1;
  };
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm) && i < tokens.length - 1) continue;
    const k = switchStarts.findLastIndex((at) => at < from);
    // A switch the name makes inside the sentence ("… IM to Torres") is to the same one; none may open it.
    const inside = new Set(owner.filter((_, s) => switchStarts[s] > from && switchStarts[s] <= i));
    const opens = switchStarts.includes(from);
    const said = Array.from({ length: i - from + 1 }, (_, d) => from + d).filter((j) => nameAt(j) >= 0);
    const named = new Set(said.map(nameAt));
    // "Then I gave Doyle and Ybarra their pill packs": names joined by "and" after the giving word are each given it.
    const joined = (j: number): boolean => norm(tokens, j - 1) === 'and' && said.includes(j - 2);
    const given = said.every((j) => TO_HIM.has(norm(tokens, j - 1)) || joined(j));
    const several = named.size >= 2 && said.some(joined);
    if (!opens && k >= 0 && several && given) {
      const each = [...named].map((n) => indexOf(n, names[n]!));
      if ([...inside].every((c) => each.includes(c)))
        for (const to of each) out.push({ part: { start: tokens[from].start, end: tokens[i].end }, to });
    } else if (!opens && k >= 0 && inside.size <= 1 && named.size === 1 && given) {
      const n = said.map(nameAt)[0];
      const to = indexOf(n, names[n]!);
      if (to !== owner[k] && (inside.size === 0 || inside.has(to)))
        out.push({ part: { start: tokens[from].start, end: tokens[i].end }, to });
    } else if (k >= 0 || opens) {
      const moved = movedTo(tokens, from, i, nameAt);
      const spokenOf = owner[switchStarts.findLastIndex((at) => at <= (moved?.from ?? -1))];
      const to = moved ? indexOf(moved.n, names[moved.n]!) : -1;
      if (moved && to >= 0 && to !== spokenOf)
        out.push({ part: { start: tokens[moved.from].start, end: tokens[i].end }, to });
    }
    from = i + 1;
  }
  return out;
}

/**
 * "… TXA two grams IO at 0806, no wait, the TXA went into Harlan, through his IV …": in the sentence `[from, to]`,
 * words taking back what was said, then the thing said again ("the TXA") given to one known casualty: from where
 * that thing was first said in the sentence to its end, the words are his (`n`, an index of the names).
 */
function movedTo(
  tokens: Token[],
  from: number,
  to: number,
  nameAt: (j: number) => number,
): { from: number; n: number } | undefined {
  const cue = tokens.findIndex(
    (t, j) => j > from && j < to && TAKE_BACK.has(t.norm) && [',', 'wait'].includes(norm(tokens, j + 1)),
  );
  if (cue < 0) return undefined;
  const said = Array.from({ length: to - cue }, (_, d) => cue + d).filter((j) => nameAt(j) >= 0);
  const given = said.every((j) => [...TO_HIM, 'into'].includes(norm(tokens, j - 1)));
  if (new Set(said.map(nameAt)).size !== 1 || !given) return undefined;
  const the = tokens.findIndex((t, j) => j > cue && j < to && t.norm === 'the');
  const thing = the > 0 ? norm(tokens, the + 1) : '';
  const first = tokens.findIndex((t, j) => j > from && j < cue && t.norm === thing);
  if (first < 0) return undefined;
  let start = first;
  while (start > from && !['.', ',', ';'].includes(norm(tokens, start - 1))) start--;
  return { from: start, n: nameAt(said[0]) };
}
