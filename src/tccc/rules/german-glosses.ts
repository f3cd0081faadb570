/**
 * German read as English: a German medic's handover keeps the words and shorthand of his own notes ("Tourniquet
 * angelegt 14:20 li. Oberschenkel", "RR 110/70, HF 120, AF 22", "Ketamin überlegt, nicht gegeben"). Each German word or
 * phrase of the lexicon becomes the English words it means, with the same span of the text, as French and Spanish do
 * (french-glosses.ts), so "li. Oberschenkel" reaches the place reader as "left thigh". German writes the side before
 * the part, as English does, so no words trade places.
 */
import type { Token } from '../text/tokenize.js';
import { glossEach, phraseAt, plain } from './gloss-phrases.js';
import { BODY_PART_WORDS } from './lexicon/body.js';
import { GERMAN_GLOSSES, GERMAN_RANKS, GERMAN_SIDES, GERMAN_SIGN_SHORTHAND } from './lexicon/german.js';

/** Replaces the German of a narrative's tokens with the English words it means. Linear in the token count. */
export function glossGerman(tokens: Token[]): Token[] {
  return glossEach(tokens, (i) => phraseAt(tokens, i, GERMAN_GLOSSES, writtenAsGerman));
}

/**
 * A side's short form stands before a part ("re. Unterarm"; "re. the TQ" is English), its whole word beside a German
 * part ("Unterarm links"; "Belt links, arm lac" is English); "Pat." before the German going on in lower case ("Pat.
 * nicht befragbar"; "Casualty is Pat. GSW …" is a name); a rank before a name; the signs' shorthand in capitals
 * before its reading, "RR" only before a pressure ("RR 110/70"; "RR 22" is the English rate).
 */
function writtenAsGerman(tokens: readonly Token[], i: number, key: string, last: number): boolean {
  const next = tokens[last + 1];
  const before = tokens[i - 1];
  if (Object.hasOwn(GERMAN_SIDES, key) && key.endsWith('.'))
    return next !== undefined && namesPart(next, tokens[i].raw === tokens[i].raw.toLowerCase());
  if (Object.hasOwn(GERMAN_SIDES, key)) return [next, before].some((t) => t?.kind === 'word' && namesPart(t, false));
  if (key === 'pat.') return next?.kind === 'word' && next.raw === next.raw.toLowerCase();
  if (Object.hasOwn(GERMAN_RANKS, key)) return next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw);
  if (!GERMAN_SIGN_SHORTHAND.has(key)) return true;
  if (tokens[i].raw !== tokens[i].raw.toUpperCase()) return false;
  if (next?.kind !== 'number' || !/^\d{1,3}$/.test(next.raw)) return false;
  // "RR 24/min" is a rate: a pressure has a number over the first.
  const pressure = tokens[last + 2]?.norm === '/' && !tokens[last + 2].spaced && tokens[last + 3]?.kind === 'number';
  return key === 'rr' ? pressure : !pressure;
}

/**
 * True when token `t` names a body part in German ("li. Oberschenkel"), or in English after a side written in lower case
 * ("re. humerus"): "Re. leg:" opening a sentence is English "regarding", no side.
 */
function namesPart(t: Token, lowerCase: boolean): boolean {
  const key = plain(t.norm);
  const words = [...(lowerCase ? [key] : []), ...(GERMAN_GLOSSES[key] ?? '').split(' ')];
  return words.some((w) => Object.hasOwn(BODY_PART_WORDS, w));
}
