/**
 * References back by number to a part of a written report: a numbered paragraph ("para 3", "paras 2 and 5") or a
 * numbered heading ("SLIDE 4 // CAS C – …", later "Correction to slide 4: Zofran was 4 mg, not 8"). A line that
 * refers back to a heading under which one casualty was introduced is that casualty's, not the one spoken of when it
 * is said (a summary slide's correction).
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { sentencesOf } from './sentence-ends.js';
import { norm } from './switch-words.js';

/** A reference back ("para 3", "paras 2 and 5", "slide 4"): its tokens [at, end) and the numbers. */
interface Reference {
  at: number;
  end: number;
  numbers: number[];
}

/** Words a heading opens its line with, and a later line refers back to it by. */
const HEADING_WORDS = new Set(['slide', 'slides', 'page', 'pages']);

/**
 * Every reference by one of `words` ("para 3", "para. 3", "paras 2 and 5", "paragraphs 2, 3 and 4"), matched as
 * written too: the spelling reader takes "slide" for "side".
 */
export function referencesIn(tokens: Token[], words: ReadonlySet<string>): Reference[] {
  const out: Reference[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!words.has(tokens[i].norm) && !words.has(tokens[i].raw.toLowerCase())) continue;
    let k = norm(tokens, i + 1) === '.' ? i + 2 : i + 1;
    const numbers: number[] = [];
    while (tokens[k]?.kind === 'number' && /^\d{1,2}$/.test(tokens[k].raw)) {
      numbers.push(tokens[k].value!);
      const joined = [',', 'and', '&'].includes(norm(tokens, k + 1)) && tokens[k + 2]?.kind === 'number';
      k += joined ? 2 : 1;
    }
    if (numbers.length > 0) out.push({ at: i, end: k, numbers });
  }
  return out;
}

/** A sentence given to the casualty whose heading it refers back to: no longer the spoken-of one's. */
interface HeadingReference {
  unclear: TextPart;
  given: { part: TextPart; to: number };
}

/**
 * The sentences that refer back to the heading one casualty was introduced under, when another is spoken of.
 * `switchStarts[k]` is where switch k starts, `owner[k]` the casualty it switches to.
 */
export function headingReferences(
  tokens: Token[],
  switchStarts: readonly number[],
  owner: readonly number[],
): HeadingReference[] {
  const references = referencesIn(tokens, HEADING_WORDS);
  const headings = references.filter((r) => r.numbers.length === 1 && (r.at === 0 || norm(tokens, r.at - 1) === '\n'));
  // The casualty every switch under heading `n` names, else -1 (none, or several: a summary slide).
  const whoseHeading = (n: number): number => {
    const h = headings.findIndex((r) => r.numbers[0] === n);
    if (h < 0) return -1;
    const end = headings[h + 1]?.at ?? tokens.length;
    const under = new Set(owner.filter((_, k) => switchStarts[k] >= headings[h].at && switchStarts[k] < end));
    return under.size === 1 ? [...under][0] : -1;
  };
  const out: HeadingReference[] = [];
  for (const s of sentencesOf(tokens)) {
    const inside = references.filter((r) => r.at >= s.start && r.at < s.end && !headings.includes(r));
    const whose = new Set(inside.flatMap((r) => r.numbers.map(whoseHeading)));
    const spokenOf = owner[switchStarts.findLastIndex((at) => at < s.start)];
    const opens = switchStarts.some((at) => at >= s.start && at < s.end);
    const [to] = whose;
    if (whose.size !== 1 || to < 0 || opens || spokenOf === undefined || to === spokenOf) continue;
    const part = { start: tokens[s.start].start, end: tokens[s.end - 1].end };
    out.push({ unclear: part, given: { part, to } });
  }
  return out;
}
