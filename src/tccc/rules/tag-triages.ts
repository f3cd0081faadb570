/**
 * "9 line: T1 urgent, T2 priority, T3 routine", "T1 - urgent surgical; T3 is routine": items, each a triage tag said
 * to be a casualty (triage-tags.ts) then one category, set one after another by commas or semicolons. The
 * sentence names several casualties, so it is no one's; each category is its item's casualty's. So too the
 * places casualties were found at, said before a category ("hut 4 urgent surgical, chapel priority": found-places.ts).
 */
import type { Token } from '../text/tokenize.js';
import { opensSentence } from './sentence-ends.js';
import type { TriageList } from './switch-triage-lists.js';
import { norm } from './switch-words.js';
import { tagSwitchAt } from './triage-tags.js';
import { labelNumberAt } from './switch-letters.js';
import { placeTriages } from './found-places.js';
import { triageItem } from './triage-items.js';

/** What may stand between a tag and its category ("T1: urgent", "T1 - urgent", "T1 is urgent", "T1 = urgent"). */
const BEFORE_CATEGORY = new Set([':', '-', '=', 'is']);
/** What sets one item after another ("T1 urgent, T2 priority; T3 routine"). */
const ITEM_JOINS = new Set([',', ';']);
/** What may close the last item ("…, T3 routine." or the line's end). */
const CLOSES = new Set(['.', ';', '\n', '!', ',']);

/** The tag triage lists of a narrative whose casualties are keyed `keys`; one entry per item, two items at least. */
export function tagTriages(tokens: Token[], keys: readonly string[]): TriageList[] {
  const found: TriageList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(opensSentence(tokens, i) || [',', ':', ';'].includes(norm(tokens, i - 1)))) continue;
    const items: TriageList[] = [];
    let at = i;
    for (;;) {
      const item = tagItem(tokens, at, keys);
      if (!item) break;
      const after = norm(tokens, item.end);
      // An item that goes on past its category ("T1 urgent for the leg") ends the list, and is none of it.
      if (item.end < tokens.length && !CLOSES.has(after)) break;
      items.push(item.list);
      if (!ITEM_JOINS.has(after)) break;
      at = item.end + 1;
    }
    const named = items.flatMap((l) => l.keys);
    if (named.length < 2 || new Set(named).size < named.length) continue;
    found.push(...items);
    i = at;
  }
  return [...found, ...placeTriages(tokens, keys)];
}

/** One item from token `i`: a tag of one of `keys`, then its category; the item and the token after it. */
function tagItem(tokens: Token[], i: number, keys: readonly string[]): { list: TriageList; end: number } | undefined {
  const tag = tagSwitchAt(tokens, i) ?? calledTagAt(tokens, i);
  if (!tag || !('key' in tag.target) || !keys.includes(tag.target.key)) return undefined;
  return triageItem(tokens, i, tag.end, BEFORE_CATEGORY, tag.target.key);
}

/**
 * "Birds: one-oh-one urgent surgical, one-oh-two urgent": a triage tag's number said bare, once "Tag one-zero-one"
 * labelled the casualty by it. Only past nine: "two urgent, one routine" counts casualties.
 */
function calledTagAt(tokens: Token[], i: number): { target: { key: string }; end: number } | undefined {
  const n = tokens[i]?.kind === 'number' ? labelNumberAt(tokens, i) : undefined;
  return n !== undefined && n > 9 ? { target: { key: `n${n}` }, end: i + 1 } : undefined;
}
