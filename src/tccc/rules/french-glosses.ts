/**
 * French read as English: a francophone medic writing in English keeps the words and habits of his own notes
 * ("Garrot cuisse droite à 10h05", "Bilan à 02h12: FC 104, TA 132/84, EVA 8/10", "VVP 18G main droite"). Each French
 * word or phrase of the lexicon becomes the English words it means, with the same span of the text, as Spanish does
 * (spanish-glosses.ts), so "garrot cuisse droite à 10h05" reaches the readers as "tourniquet right thigh at 10h05".
 */
import type { Token } from '../text/tokenize.js';
import { glossTokens, lowerOrOpening, plain, sidesFirst, wholeWords } from './gloss-phrases.js';
import {
  FRENCH_CAPITALIZED,
  FRENCH_GLOSSES,
  FRENCH_STANDING_ALONE,
  FRENCH_SIDES,
  FRENCH_SIGN_SHORTHAND,
} from './lexicon/french.js';
import {
  FRENCH_HOUR_FRACTIONS,
  FRENCH_HOUR_WORDS,
  FRENCH_NUMBER_HOMONYMS,
  FRENCH_READ_AFTER,
  FRENCH_SCALES,
  FRENCH_TENS,
  FRENCH_UNITS,
} from './lexicon/french-numbers.js';

/** Longest phrase of the lexicon, in words ("pas d'orifice de sortie"). */
const MAX_PHRASE = 4;
/** Shorthand the French write in capitals ("VVP 18G"); the signs' shorthand only before a reading ("FC 104"). */
const CAPITAL_SHORTHAND = new Set(['vvp', ...FRENCH_SIGN_SHORTHAND]);

/** Replaces the French of a narrative's tokens with the English words it means. Linear in the token count. */
export function glossFrench(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const frenchSide: boolean[] = [];
  /** Where the English of the last French number ends in `out`: a "sur" right after it says "over". */
  let numberEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "à 02h12", "à quatorze heures trente": the time something was done or seen.
    if (t.kind === 'word' && t.norm === 'à' && (next?.kind === 'number' || frenchNumberAt(tokens, i + 1))) {
      out.push(...glossTokens(t, t, 'at'));
      frenchSide.push(false);
      continue;
    }
    // "cent dix sur soixante-dix", "douleur huit sur dix": a pressure or a score said over its second number.
    // "du 5 RGC", "du 3 R22eR": the unit a soldier is from, its number and its letters.
    if (t.norm === 'du' && next?.kind === 'number' && /^[A-Z]/.test(tokens[i + 2]?.raw ?? '')) {
      out.push(...glossTokens(t, t, 'from'));
      frenchSide.push(false);
      continue;
    }
    const afterNumber = out.length === numberEnd || out.at(-1)?.kind === 'number';
    if (t.norm === 'sur' && afterNumber && (next?.kind === 'number' || frenchNumberAt(tokens, i + 1))) {
      out.push(...glossTokens(t, t, 'over'));
      frenchSide.push(false);
      continue;
    }
    const number = t.kind === 'word' ? frenchNumberAt(tokens, i) : null;
    if (number) {
      const glossed = glossTokens(t, tokens[number.last], number.english);
      out.push(...glossed);
      frenchSide.push(...glossed.map(() => false));
      numberEnd = out.length;
      i = number.last;
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
    const after = tokens[last + 1];
    if (Object.hasOwn(FRENCH_STANDING_ALONE, key) && after?.kind === 'word' && plain(after.norm) !== "c'est") continue;
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

/** English words the number reader joins, for a value below ten thousand: 122 → "a hundred twenty two". */
const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function english(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? ` ${ONES[n % 10]}` : '');
  const [scale, size] = n < 1000 ? ['hundred', 100] : ['thousand', 1000];
  const [count, rest] = [Math.floor(n / size), n % size];
  // "a hundred", said with its article, is a quantity and never a clock's digits ("one twenty" may be 01:20).
  return `${count === 1 ? 'a' : english(count)} ${scale}${rest ? ` ${english(rest)}` : ''}`;
}

/** "treize heures cinq" → "thirteen oh five", "neuf heures" → "zero nine hundred": a clock as English says it. */
function englishClock(hour: number, minute: number): string {
  const hours = hour < 10 ? `zero ${ONES[hour]}` : english(hour);
  return `${hours} ${minute === 0 ? 'hundred' : minute < 10 ? `oh ${ONES[minute]}` : english(minute)}`;
}

const numberKey = (t: Token | undefined): string => (t?.kind === 'word' ? plain(t.norm) : '');
const valueOf = (key: string): number | undefined => FRENCH_UNITS[key] ?? FRENCH_TENS[key] ?? FRENCH_SCALES[key];
const isFrenchNumber = (key: string): boolean =>
  Object.hasOwn(FRENCH_UNITS, key) || Object.hasOwn(FRENCH_TENS, key) || Object.hasOwn(FRENCH_SCALES, key);

/**
 * True when the number word of `value` goes on the number whose words so far are `atoms`, as French builds one number
 * of several words, with or without its hyphens ("cent vingt", "deux cents", "soixante-dix", "quatre vingt", "dix
 * sept"); a tens takes its one only after a hyphen or "et" (`hyphened`: "vingt-deux", "vingt et un"). Digits said one
 * by one ("huit un zéro", "six-six-one-two") are never one number.
 */
function goesOn(atoms: readonly number[], value: number, hyphened: boolean): boolean {
  const last = atoms[atoms.length - 1];
  const eighty = last === 20 && atoms[atoms.length - 2] === 4;
  if (value === 1000) return atoms.every((a) => a !== 1000);
  if (value === 100) return atoms.length === 1 && last >= 2 && last <= 9;
  if (last === 100 || last === 1000) return true;
  if ((last === 60 || eighty) && value >= 10 && value <= 19) return true;
  if (last === 4 && value === 20) return true;
  if (last === 10) return value >= 7 && value <= 9;
  return hyphened && last >= 20 && last % 10 === 0 && value >= 1 && value <= 9;
}

/** The value of a French number's words: "quatre" "vingt" "dix" "sept" → 97, "deux" "cents" → 200. */
function valueOfAtoms(atoms: readonly number[]): number {
  let [total, current] = [0, 0];
  atoms.forEach((a, n) => {
    if (a === 1000) [total, current] = [total + Math.max(current, 1) * 1000, 0];
    else if (a === 100) current = Math.max(current, 1) * 100;
    else if (a === 20 && atoms[n - 1] === 4) current += 76;
    else current += a;
  });
  return total + current;
}

/**
 * One French number's words from token `i`: its value and last token, else null. A homonym alone is a number only
 * beside another, or as the minutes after an hour word (`minutes`: "quinze heures seize").
 */
function frenchNumberWords(
  tokens: readonly Token[],
  i: number,
  minutes = false,
): { value: number; last: number } | null {
  const key = numberKey(tokens[i]);
  if (!isFrenchNumber(key) || !lowerOrOpening(tokens, i) || key === 'vingts') return null;
  // "Jean-Baptiste", "caporal-chef": a word joined to the one before it by a hyphen is part of it.
  if (tokens[i - 1]?.norm === '-' && !tokens[i].spaced) return null;
  const atoms = [valueOf(key) as number];
  let last = i;
  for (;;) {
    const hyphen = tokens[last + 1]?.norm === '-' && !tokens[last + 1].spaced && !tokens[last + 2]?.spaced;
    let k = hyphen ? last + 2 : last + 1;
    // "vingt et un", "soixante-et-onze": the "et" of a tens and its one.
    const tens = atoms[atoms.length - 1] >= 20 && atoms[atoms.length - 1] <= 70 && atoms[atoms.length - 2] !== 4;
    const said = numberKey(tokens[k]) === 'et' && tens ? k + (tokens[k + 1]?.norm === '-' ? 2 : 1) : k;
    if (said !== k && !['un', 'une', 'onze'].includes(numberKey(tokens[said]))) break;
    k = said;
    const next = numberKey(tokens[k]);
    if (!isFrenchNumber(next) || tokens[k].raw !== tokens[k].raw.toLowerCase()) break;
    if (!goesOn(atoms, valueOf(next) as number, hyphen || said !== last + 1)) break;
    atoms.push(valueOf(next) as number);
    last = k;
  }
  if (atoms.length === 1 && FRENCH_NUMBER_HOMONYMS.has(key) && !minutes && !besideNumber(tokens, i)) return null;
  return { value: valueOfAtoms(atoms), last };
}

/** True when a French number word or an hour word stands next to the word at token `i`, or a sign before it. */
function besideNumber(tokens: readonly Token[], i: number): boolean {
  const [before, after] = [numberKey(tokens[i - 1]), numberKey(tokens[i + 1])];
  if (FRENCH_HOUR_WORDS.has(after) && after !== 'h') return true;
  return FRENCH_READ_AFTER.has(before) || [before, after].some(isFrenchNumber);
}

/**
 * A French number said in words from token `i`, as the English the number reader joins, and its last token: "cent
 * vingt-deux" → "a hundred twenty two"; a clock "quinze heures dix" → "fifteen ten", "treize heures cinq" → "thirteen
 * oh five", "seize heures" → "sixteen hundred". An hour alone below ten ("deux heures") may be a while, and stays so.
 */
function frenchNumberAt(tokens: readonly Token[], i: number): { english: string; last: number } | null {
  const number = frenchNumberWords(tokens, i);
  if (!number) return null;
  const hourAt = number.last + 1;
  if (number.value > 23 || !FRENCH_HOUR_WORDS.has(numberKey(tokens[hourAt])))
    return { english: english(number.value), last: number.last };
  const fraction =
    numberKey(tokens[hourAt + 1]) === 'et' ? FRENCH_HOUR_FRACTIONS[numberKey(tokens[hourAt + 2])] : undefined;
  if (fraction !== undefined) return { english: englishClock(number.value, fraction), last: hourAt + 2 };
  const minutes = frenchNumberWords(tokens, hourAt + 1, true);
  if (minutes && minutes.value < 60) return { english: englishClock(number.value, minutes.value), last: minutes.last };
  // "posé il y a douze heures", "depuis dix heures": a while, not the clock.
  const lasting = ['depuis', 'pendant'].includes(numberKey(tokens[i - 1])) || numberKey(tokens[i - 3]) === 'il';
  if (number.value >= 10 && !lasting) return { english: englishClock(number.value, 0), last: hourAt };
  return { english: english(number.value), last: number.last };
}
