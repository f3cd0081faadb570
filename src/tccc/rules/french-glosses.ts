/**
 * French read as English: a francophone medic writing in English keeps the words and habits of his own notes
 * ("Garrot cuisse droite à 10h05", "Bilan à 02h12: FC 104, TA 132/84, EVA 8/10", "VVP 18G main droite"). Each French
 * word or phrase of the lexicon becomes the English words it means, with the same span of the text, as Spanish does
 * (spanish-glosses.ts), so "garrot cuisse droite à 10h05" reaches the readers as "tourniquet right thigh at 10h05".
 */
import type { Token } from '../text/tokenize.js';
import { glossTokens, lowerOrOpening, plain, sidesFirst, wholeWords } from './gloss-phrases.js';
import { FRENCH_CAPITALIZED, FRENCH_GLOSSES, FRENCH_SIDES, FRENCH_SIGN_SHORTHAND } from './lexicon/french.js';

/** Longest phrase of the lexicon, in words ("pas d'orifice de sortie"). */
const MAX_PHRASE = 4;
/** Shorthand the French write in capitals ("VVP 18G"); the signs' shorthand only before a reading ("FC 104"). */
const CAPITAL_SHORTHAND = new Set(['vvp', ...FRENCH_SIGN_SHORTHAND]);

/** Replaces the French of a narrative's tokens with the English words it means. Linear in the token count. */
export function glossFrench(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const frenchSide: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "à 02h12", "à 10h05": the time something was done or seen.
    if (t.kind === 'word' && t.norm === 'à' && next?.kind === 'number') {
      out.push(...glossTokens(t, t, 'at'));
      frenchSide.push(false);
      continue;
    }
    const phrase = t.kind === 'word' ? frenchPhraseAt(tokens, i) : null;
    if (!phrase) {
      out.push(t);
      frenchSide.push(false);
      continue;
    }
    const glossed = glossTokens(t, tokens[phrase.last], phrase.english);
    out.push(...glossed);
    frenchSide.push(...glossed.map(() => phrase.words === 1 && Object.hasOwn(FRENCH_SIDES, phrase.key)));
    i = phrase.last;
  }
  return sidesFirst(out, frenchSide);
}

/**
 * The longest lexicon phrase starting at token `i`, if any: its key, English, words and last token. A hyphen joining
 * two words ("intra-osseuse", "avant-bras") is passed over, as a space between them would be.
 */
function frenchPhraseAt(
  tokens: readonly Token[],
  i: number,
): { key: string; english: string; words: number; last: number } | null {
  const words: { key: string; at: number }[] = [];
  for (let k = i; k < tokens.length && words.length < MAX_PHRASE; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && (k === i || t.spaced || tokens[k - 1].norm === '-'))
      words.push({ key: plain(t.norm), at: k });
    else if (!(t.norm === '-' && !t.spaced && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].spaced)) break;
  }
  for (let n = words.length; n >= 1; n--) {
    const key = words
      .slice(0, n)
      .map((w) => w.key)
      .join(' ');
    const last = words[n - 1].at;
    if (!Object.hasOwn(FRENCH_GLOSSES, key) || !wholeWords(tokens, i, last - i + 1)) continue;
    if (!writtenAsFrench(tokens, i, key, n)) continue;
    return { key, english: FRENCH_GLOSSES[key], words: n, last };
  }
  return null;
}

/**
 * A French word is written in lower case or opening its sentence, as a Spanish one is; a rank with a capital before a
 * name; shorthand in capitals. The signs' shorthand stands before its reading ("FC 104", "TA 132/84"), never alone.
 */
function writtenAsFrench(tokens: readonly Token[], i: number, key: string, n: number): boolean {
  const raw = tokens[i].raw;
  if (FRENCH_SIGN_SHORTHAND.has(key)) return readsSign(tokens, i, key);
  if (n === 1 && CAPITAL_SHORTHAND.has(key) && raw === raw.toUpperCase()) return true;
  if (n === 1 && FRENCH_CAPITALIZED.has(key)) return true;
  return lowerOrOpening(tokens, i);
}

/**
 * True when the shorthand at token `i` stands before a reading: a number of at most three digits, a pressure's
 * "132/84" after "TA". Letters before digits in a grid ("34U FC 0342 7719") or a roster ("TA 8830") are no sign.
 */
function readsSign(tokens: readonly Token[], i: number, key: string): boolean {
  const [reading, after] = [tokens[i + 1], tokens[i + 2]];
  if (reading?.kind !== 'number' || !/^\d{1,3}$/.test(reading.raw)) return false;
  if (/^\d+[a-z]$/i.test(tokens[i - 1]?.raw ?? '')) return false;
  if (key === 'ta') return after?.norm === '/' && !after.spaced;
  return after?.kind !== 'number';
}
