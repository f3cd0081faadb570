/**
 * Dutch read as English: a Dutch partner medic writing in English keeps the words and shorthand of his own notes
 * ("CAT tourniquet linkerbovenbeen om 14.08 uur", "pols 124, RR 95/60, AH 26", "IV poging mislukt"). In a narrative
 * written in Dutch, each word or phrase of the lexicon becomes the English words it means, with the same span of the
 * text, as German's do (german-glosses.ts). Dutch writes the side before the part, as English does, often joined to it:
 * "rechteronderarm" is glossed "right forearm", and no words trade places.
 */
import type { Token } from '../text/tokenize.js';
import { glossEach, phraseAt, plain, writtenIn } from './gloss-phrases.js';
import {
  DUTCH_BODY,
  DUTCH_GLOSSES,
  DUTCH_HOMOGRAPHS,
  DUTCH_JOINED_SIDES,
  DUTCH_MARKERS,
  DUTCH_RANKS,
  DUTCH_SIGN_SHORTHAND,
} from './lexicon/dutch.js';

/** Fewest Dutch words that make a narrative Dutch ("uur", "geen", "pols", "mislukt" ...). */
const MIN_MARKERS = 3;

/** Replaces the Dutch of a narrative written in it with the English words it means. Linear in the token count. */
export function glossDutch(tokens: Token[]): Token[] {
  if (!writtenIn(tokens, DUTCH_MARKERS, MIN_MARKERS)) return tokens;
  return glossEach(tokens, (i) => {
    const joined = sidedPart(tokens[i].norm);
    return joined ? { english: joined, last: i } : phraseAt(tokens, i, DUTCH_GLOSSES, writtenAsDutch);
  });
}

/** "linkerbovenbeen" → "left thigh": a side joined to the part after it, in English words; else null. */
function sidedPart(word: string): string | null {
  const key = plain(word);
  for (const [side, english] of Object.entries(DUTCH_JOINED_SIDES)) {
    const part = key.startsWith(side) ? key.slice(side.length) : '';
    if (Object.hasOwn(DUTCH_BODY, part)) return `${english} ${DUTCH_BODY[part]}`;
  }
  return null;
}

/**
 * A side written apart stands before a part ("rechter elleboogsplooi"); a rank before a name ("Kpl Anouk Smit");
 * "om" before a time and "uur" after one ("om 14.08 uur"); the signs' shorthand in capitals before its reading ("AH
 * 26"); a word English writes too right after a side ("rechter been"), else it is English ("has been applied"). Any
 * other word of the lexicon is Dutch as it stands.
 */
function writtenAsDutch(tokens: readonly Token[], i: number, key: string, last: number): boolean {
  const next = tokens[last + 1];
  if (Object.hasOwn(DUTCH_JOINED_SIDES, key))
    return next?.kind === 'word' && (Object.hasOwn(DUTCH_BODY, plain(next.norm)) || sidedPart(next.norm) !== null);
  if (Object.hasOwn(DUTCH_RANKS, key)) return next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw);
  if (DUTCH_HOMOGRAPHS.has(key))
    return tokens[i - 1]?.kind === 'word' && Object.hasOwn(DUTCH_JOINED_SIDES, plain(tokens[i - 1].norm));
  if (key === 'om') return next?.kind === 'number';
  if (key === 'uur') return tokens[i - 1]?.kind === 'number';
  if (!DUTCH_SIGN_SHORTHAND.has(key)) return true;
  return tokens[i].raw === tokens[i].raw.toUpperCase() && next?.kind === 'number';
}
