/**
 * A card dictated field by field, one card per casualty ("New card. Name, Aroha Ngata. … Save. New card. Name,
 * Bashir Rahimi. …"): each name field opens its casualty's words. Read by `switch-scan.ts`.
 */
import type { Token } from '../text/tokenize.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';
import { capitalized } from './switch-openings.js';
import { lexiconReads } from './switch-phrases.js';
import { norm, type SwitchFound } from './switch-words.js';

/**
 * "Name, Aroha Ngata." or "Name: Rahimi.": the word "name" opening a sentence, a comma or colon, then one to three
 * capitalized words no lexicon reads that close the sentence; the surname, lower-cased, and the name as said.
 */
function nameFieldAt(tokens: Token[], i: number): { surname: string; said: string } | undefined {
  if (norm(tokens, i) !== 'name' || !opensSentence(tokens, i) || ![',', ':'].includes(norm(tokens, i + 1)))
    return undefined;
  const read = lexiconReads(tokens);
  let end = i + 2;
  while (end < i + 5 && capitalized(tokens[end]) && !read.has(end)) end++;
  if (end === i + 2 || !(end === tokens.length || SENTENCE_ENDS.has(norm(tokens, end)))) return undefined;
  const said = tokens.slice(i + 2, end);
  return { surname: said[said.length - 1].norm, said: said.map((t) => t.raw).join(' ') };
}

/**
 * The name field at `i` as a switch to the casualty it names, when the narrative fills the field for two people or
 * more: one name field is only the one casualty's card. The field's words stay the casualty's.
 */
export function nameFieldSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  const field = nameFieldAt(tokens, i);
  if (!field) return null;
  const others = tokens.some((_, k) => k !== i && (nameFieldAt(tokens, k)?.surname ?? field.surname) !== field.surname);
  return others ? { start: i, end: i, target: { key: `name:${field.surname}` }, called: field.said } : null;
}
