/**
 * "Urgent surgical: B and C. Priority: A.": a triage category heading the casualties' labels said again. The category
 * is each labelled casualty's; the labels themselves are no fact ("A" is no AVPU here), so the sentence is cut from
 * whoever was spoken of before it and only the category's words are given to the casualties it names.
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
