/**
 * A sentence said while one casualty is spoken of that names another known casualty, and not him, with no switch
 * of its own ("WÓJCIK Tomasz stepped on it; Szeregowy NOWAK Paweł, 5 metres behind, was wounded by the same
 * mine."): it is not the spoken-of casualty's, and whose each fact is the rules do not guess. It is no one's.
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { creditedWithCare } from './caregivers.js';

/**
 * Sentences that name, capitalized, a known casualty (`names[n]`, the surname of casualty n + 1) other than the one
 * spoken of and never him. `switchStarts[k]` is where switch k starts, `owner[k]` the casualty it switches to, and
 * `indexOf(n, surname)` the casualty a known name is.
 */
export function otherNamedSentences(
  tokens: Token[],
  names: readonly (string | undefined)[],
  switchStarts: readonly number[],
  owner: readonly number[],
  indexOf: (n: number, surname: string) => number,
): TextPart[] {
  const out: TextPart[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm) && i < tokens.length - 1) continue;
    const k = switchStarts.findLastIndex((at) => at < from);
    const own = switchStarts.some((at) => at >= from && at <= i);
    const named = new Set(
      tokens
        .slice(from, i + 1)
        // "TQ went on before I got there, Okoro did it": one credited with the care helped, the care is not his.
        .filter((t, d) => t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !creditedWithCare(tokens, from + d))
        .map((t) => names.indexOf(t.norm.replace(/'s$/, '')))
        .filter((n) => n >= 0)
        .map((n) => indexOf(n, names[n]!)),
    );
    if (k >= 0 && !own && named.size > 0 && !named.has(owner[k]))
      out.push({ start: tokens[from].start, end: tokens[i].end });
    from = i + 1;
  }
  return out;
}
