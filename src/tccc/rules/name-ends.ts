/**
 * Where a name said ends: at punctuation, the casualty's sex, his unit or roster, a wound read right after it, the
 * name spelled out letter by letter, or a word that follows a name ("… tran she's", "… okafor gunshot wound").
 */
import type { Doc } from './document.js';
import { NATO_LETTERS, UNIT_NOUNS } from './lexicon/identity.js';
import { tagOf } from './matcher.js';

/**
 * Words that end a name said in lower case, besides punctuation and the sex ("… tran female", "… tran she's"), with
 * the apostrophe a recogniser leaves out ("… delgado shes got").
 */
const AFTER_NAME = new Set([
  'he',
  'she',
  "he's",
  "she's",
  'hes',
  'shes',
  'is',
  'was',
  'age',
  'aged',
  'roster',
  'zap',
  'from',
  'of',
]);

/** True when who the casualty is goes on at token `i`: his roster number ("battle roster", "zap") or his sex. */
export function introducesWho(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const k = doc.mentionIndex[i];
  return (
    t !== undefined &&
    (['roster', 'zap'].includes(t.norm) ||
      (t.norm === 'battle' && doc.tokens[i + 1]?.norm === 'roster') ||
      (k >= 0 && doc.mentions[k].start === i && tagOf(doc.mentions[k], 'sex') !== undefined))
  );
}

/** True when token `i` plainly ends a name: punctuation, the end, the casualty's sex, the unit, or a word that follows a name. */
export function endsName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind === 'punct' || t.norm === '\n') return true;
  const k = doc.mentionIndex[i];
  // "specialist noah brandt bravo company": the unit said next.
  const unitNext =
    UNIT_NOUNS.has(t.norm) || (Object.hasOwn(NATO_LETTERS, t.norm) && UNIT_NOUNS.has(doc.tokens[i + 1]?.norm ?? ''));
  // A wound or its cause read right after the name ("… okafor gunshot wound", "… harlan grenade frag"): it has ended.
  const injury =
    k >= 0 &&
    doc.mentions[k].start === i &&
    (tagOf(doc.mentions[k], 'injury') !== undefined || tagOf(doc.mentions[k], 'mechanism') !== undefined);
  return (
    injury ||
    spelledBefore(doc, i) ||
    (k >= 0 && doc.mentions[k].start === i && tagOf(doc.mentions[k], 'sex') !== undefined) ||
    AFTER_NAME.has(t.norm) ||
    // "specialist darnell pryce battle roster papa delta …": the roster number said next.
    (t.norm === 'battle' && doc.tokens[i + 1]?.norm === 'roster') ||
    unitNext
  );
}

/** True when the word before token `i` is spelled out letter by letter from `i` ("kyle dunmore d u n m o r e"). */
function spelledBefore(doc: Doc, i: number): boolean {
  const word = doc.tokens[i - 1]?.norm.replace(/['\u2019]/g, '') ?? '';
  if (word.length < 2) return false;
  let letters = '';
  for (let k = i; letters.length < word.length && /^[a-z]$/i.test(doc.tokens[k]?.raw ?? ''); k++)
    letters += doc.tokens[k].raw.toLowerCase();
  return letters === word;
}
