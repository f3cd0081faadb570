/**
 * "Urgent surgical: B and C. Priority: A.": a triage category heading the casualties' labels said again. The category
 * is each labelled casualty's; the labels themselves are no fact ("A" is no AVPU here), so the sentence is cut from
 * whoever was spoken of before it and only the category's words are given to the casualties it names. So too a
 * category said after several surnames ("Ross and Iqbal urgent").
 */
import type { Token } from '../text/tokenize.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { opensSentence, sentenceEndFrom } from './sentence-ends.js';
import type { TextPart } from './shared-phrases.js';
import { LETTERS, norm, numberAt } from './switch-words.js';

/** A triage list sentence: the whole sentence, the words of its category, and the keys of the casualties it names. */
export interface TriageList {
  sentence: TextPart;
  category: TextPart;
  keys: string[];
}

/**
 * The triage list sentences of a narrative whose casualties are keyed `keys` ("n1", "n2" …: numbered or lettered);
 * each names only labels already said ("B and C", "1, 3"), else it is none.
 */
export function triageLists(tokens: Token[], keys: readonly string[]): TriageList[] {
  const lists: TriageList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PRIORITY_WORDS.has(norm(tokens, i)) || !opensSentence(tokens, i)) continue;
    const colon = norm(tokens, i + 1) === 'surgical' ? i + 2 : i + 1;
    if (norm(tokens, colon) !== ':') continue;
    const end = sentenceEndFrom(tokens, colon + 1);
    const named: string[] = [];
    let labelsOnly = end > colon + 1;
    for (let k = colon + 1; k < end; k++) {
      if ([',', 'and', '&'].includes(norm(tokens, k))) continue;
      const label = labelAt(tokens, k);
      if (label === undefined || !keys.includes(`n${label}`)) labelsOnly = false;
      else named.push(`n${label}`);
    }
    if (!labelsOnly || named.length === 0) continue;
    const close = tokens[end] ? tokens[end].end : tokens[end - 1].end;
    lists.push({
      sentence: { start: tokens[i].start, end: close },
      category: { start: tokens[i].start, end: tokens[colon - 1].end },
      keys: named,
    });
  }
  return lists;
}

/** A casualty's label said alone: a capital letter ("B") or a number ("2"); its number. */
function labelAt(tokens: Token[], k: number): number | undefined {
  const raw = tokens[k]?.raw ?? '';
  if (/^[A-E]$/.test(raw)) return LETTERS[raw.toLowerCase()];
  return tokens[k]?.kind === 'number' ? numberAt(tokens, k) : undefined;
}

/** A triage category said after several casualties' surnames: its clause, its words, and the surnames in order. */
export interface NamedTriage {
  sentence: TextPart;
  category: TextPart;
  surnames: string[];
}

/**
 * "Cole and Lee urgent, Ray priority.", "Ames, Boyd and Cruz routine.": two surnames or more of the casualties
 * (`names`), joined by commas or "and", opening a sentence or a clause right before one triage category. Read
 * name by name, only the last would take the category; it is each one's.
 */
export function namedTriages(tokens: Token[], names: readonly (string | undefined)[]): NamedTriage[] {
  const found: NamedTriage[] = [];
  const named = (k: number): boolean => names.includes(norm(tokens, k));
  for (let i = 0; i < tokens.length; i++) {
    if (!named(i) || !(opensSentence(tokens, i) || norm(tokens, i - 1) === ',')) continue;
    const surnames = [norm(tokens, i)];
    let k = i + 1;
    for (;;) {
      let next = k;
      while ([',', 'and', '&'].includes(norm(tokens, next)) && next < k + 2) next++;
      if (next === k || !named(next)) break;
      surnames.push(norm(tokens, next));
      k = next + 1;
    }
    const end = norm(tokens, k + 1) === 'surgical' ? k + 2 : k + 1;
    const closes = end >= tokens.length || [',', '.', ';', '\n', '!'].includes(norm(tokens, end));
    if (new Set(surnames).size < 2 || !PRIORITY_WORDS.has(norm(tokens, k)) || !closes) continue;
    found.push({
      sentence: { start: tokens[i].start, end: tokens[end - 1].end },
      category: { start: tokens[k].start, end: tokens[end - 1].end },
      surnames,
    });
    i = end;
  }
  return found;
}
