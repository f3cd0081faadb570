/**
 * A name written as many armies write it, the surname in capitals before the first name: "BAUER, Lukas",
 * "DE VRIES, Sander", "WÓJCIK Tomasz". Read only where the narrative is not itself written in
 * capitals, so the capitals set the surname apart; names after a rank are casualty-name.ts's.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { isNameWord } from './name-words.js';
import type { Token } from '../text/tokenize.js';

/** A word of letters all in capitals, a surname's or its particle's ("DE", "VAN"), no fact the lexicon reads. */
const inCapitals = (doc: Doc, i: number): boolean => {
  const t = doc.tokens[i];
  return t !== undefined && /^\p{Lu}{2,}$/u.test(t.raw) && doc.mentionIndex[i] < 0 && isNameWord(doc, i, true);
};

/**
 * True when a name may start at token `i`: after punctuation, a capitalized word (a rank: "Hauptgefreiter BAUER")
 * or nothing; never after a word in lower case or a number ("at FOB Warrior", "2nd ISOF Bn"), where capitals name
 * a place or a unit.
 */
const headsName = (doc: Doc, i: number): boolean => {
  const before = doc.tokens[i - 1];
  return !before || before.kind === 'punct' || (/^\p{Lu}\p{Ll}/u.test(before.raw) && before.kind === 'word');
};

/**
 * "BAUER, Lukas", "WÓJCIK Tomasz stepped": the first name after a surname in capitals that ends at token `end`
 * (one capitalized word, the rest in lower case, then punctuation, the end or a word in lower case); its index, or -1.
 */
export function givenAfterCapitals(tokens: readonly Token[], end: number): number {
  const first = tokens[end]?.norm === ',' ? end + 1 : end;
  const next = tokens[first + 1];
  const ends = !next || next.kind === 'punct' || (next.kind === 'word' && /^\p{Ll}/u.test(next.raw));
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[first]?.raw ?? '') && ends ? first : -1;
}

/**
 * The first name and surname said as "SURNAME, First" or "SURNAME First"; else null. Never "First SURNAME": the
 * capitalized word before a surname is as often a rank no lexicon knows ("Korporaal DE VRIES", "Szeregowy NOWAK").
 */
export function findCapitalSurname(doc: Doc): Found<string> | null {
  // A text in capitals throughout sets no surname apart.
  if (!/\p{Ll}{3}/u.test(doc.text)) return null;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i]) || !inCapitals(doc, i) || !headsName(doc, i)) continue;
    let end = i + 1;
    // "DE VRIES": up to two words in capitals, the last of three letters or more.
    if (inCapitals(doc, end)) end++;
    const surname = doc.tokens.slice(i, end).map((t) => t.raw);
    if (surname[surname.length - 1].length < 3) continue;
    const first = givenAfterCapitals(doc.tokens, end);
    if (first >= 0 && isNameWord(doc, first, true))
      return { value: `${doc.tokens[first].raw} ${surname.join(' ')}`, span: spanOf(doc, i, first + 1) };
  }
  return null;
}
