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

/**
 * Sentences with no switch of their own that name, as the one given something, exactly one known casualty
 * (`names[n]`, the surname of casualty n + 1) other than the one spoken of. `switchStarts[k]` is where switch k
 * starts, `owner[k]` the casualty it switches to; `indexOf(n, surname)` the casualty a known name is.
 */
export function recipientSentences(
  tokens: Token[],
  names: readonly (string | undefined)[],
  switchStarts: readonly number[],
  owner: readonly number[],
  indexOf: (n: number, surname: string) => number,
): { part: TextPart; to: number }[] {
  const out: { part: TextPart; to: number }[] = [];
  const nameAt = (j: number): number => {
    const t = tokens[j];
    return t.kind === 'word' && /^[A-Z]/.test(t.raw) ? names.indexOf(t.norm.replace(/'s$/, '')) : -1;
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
    if (
      !opens &&
      k >= 0 &&
      inside.size <= 1 &&
      named.size === 1 &&
      said.every((j) => TO_HIM.has(norm(tokens, j - 1)))
    ) {
      const n = said.map(nameAt)[0];
      const to = indexOf(n, names[n]!);
      if (to !== owner[k] && (inside.size === 0 || inside.has(to)))
        out.push({ part: { start: tokens[from].start, end: tokens[i].end }, to });
    }
    from = i + 1;
  }
  return out;
}
