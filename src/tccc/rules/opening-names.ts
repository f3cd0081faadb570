/**
 * A full name that opens a sentence with no word before it to say it is a name, where how it is said marks it as the
 * casualty's: his sex said right after it ("Eitan Mizrahi, male, fell ten meters"), or the name called out as hit
 * ("Tariq Haddad's hit", "Ana Ruiz is down"). A name said alone at a sentence's start is as often someone else's
 * ("Reyes, keep firing!"), so only these two ways are read.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { tagOf } from './matcher.js';
import { isNameWord } from './name-words.js';
import { opensSentence } from './sentence-ends.js';

/** Words a casualty is called out with ("Haddad's hit", "Ruiz is down"). */
const CALLED_HURT = new Set(['hit', 'down', 'shot', 'wounded']);

/** True when token `i` opens a sentence, or a shout set off by a dash ("get DOWN! — Tariq Haddad's hit"). */
const opensSentenceOrShout = (doc: Doc, i: number): boolean =>
  opensSentence(doc.tokens, i) || doc.tokens[i - 1]?.norm === '-';

/** True when a mention of the casualty's sex starts at token `i` ("male", "female"). */
const sexAt = (doc: Doc, i: number): boolean => {
  const k = doc.mentionIndex[i];
  return k >= 0 && doc.mentions[k].start === i && tagOf(doc.mentions[k], 'sex') !== undefined;
};

/** True when the name ending at token `last` is called out as hit: "Haddad's hit", "Ruiz is down". */
const calledHurt = (doc: Doc, last: number): boolean => {
  const [after, next] = [doc.tokens[last + 1]?.norm ?? '', doc.tokens[last + 2]?.norm ?? ''];
  return /['\u2019]s$/.test(doc.tokens[last].raw) ? CALLED_HURT.has(after) : after === 'is' && CALLED_HURT.has(next);
};

/** The first capitalized full name that opens a sentence with the casualty's sex after it, or called out as hit. */
export function findOpeningName(doc: Doc): Found<string> | null {
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i]) || !opensSentenceOrShout(doc, i)) continue;
    if (!isNameWord(doc, i, true) || !isNameWord(doc, i + 1, true) || isNameWord(doc, i + 2, true)) continue;
    const withSex = doc.tokens[i + 2].norm === ',' && sexAt(doc, i + 3);
    if (!withSex && !calledHurt(doc, i + 1)) continue;
    const surname = doc.tokens[i + 1].raw.replace(/['\u2019]s$/, '');
    return { value: `${doc.tokens[i].raw} ${surname}`, span: spanOf(doc, i, i + 2) };
  }
  return null;
}
