/**
 * An item of a triage list: what names a casualty (a tag, tag-triages.ts; a place he was found at, found-places.ts),
 * then his category ("T1: urgent", "hut 4 urgent surgical"). The one reading of the category both lists share.
 */
import type { Token } from '../text/tokenize.js';
import { PRIORITY_WORDS } from './list-cues.js';
import type { TriageList } from './switch-triage-lists.js';
import { norm } from './switch-words.js';

/**
 * The item opened at token `i` whose naming words end before token `k`: one of `before` ("T1: urgent", "gym -
 * priority"), then a category ("urgent", and "surgical" or "surg" after it), of the casualty keyed `key`. The list
 * entry and the token after the item; undefined when no category follows.
 */
export function triageItem(
  tokens: Token[],
  i: number,
  k: number,
  before: ReadonlySet<string>,
  key: string,
): { list: TriageList; end: number } | undefined {
  if (before.has(norm(tokens, k))) k++;
  if (!PRIORITY_WORDS.has(norm(tokens, k))) return undefined;
  const end = ['surgical', 'surg'].includes(norm(tokens, k + 1)) ? k + 2 : k + 1;
  return {
    list: {
      sentence: { start: tokens[i].start, end: tokens[end - 1].end },
      category: { start: tokens[k].start, end: tokens[end - 1].end },
      keys: [key],
    },
    end,
  };
}
