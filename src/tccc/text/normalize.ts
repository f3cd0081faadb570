/**
 * Token clean-up between tokenizing and reading: drops speech fillers, rejoins spelled-out
 * acronyms ("T X A", "I.O."), re-attaches split words ("SpO2") and merges spoken numbers and fractions.
 */
import { readAndClocks, readSeparatedClocks } from './separated-clocks.js';
import { readDateTimeGroups } from './date-time-groups.js';
import { mergeFractions } from './decimals.js';
import { has, TENS_WORDS } from './number-words.js';
import { readHomophoneNumbers } from './homophone-numbers.js';
import { isNumberWord, mergeNumberWords } from './numbers.js';
import { mergeDigitRuns } from './digit-runs.js';
import type { SpellingCorrector } from './spelling.js';
import { joinSpelledWords } from './spelled-words.js';
import { readSpokenDashes, readSpokenPunctuation } from './spoken-punctuation.js';
import { tokenize, type Token } from './tokenize.js';
import { AMOUNT_UNITS } from './units.js';

/** The sounds a speaker hesitates with ("uh", "um", "er"), dropped before reading; rules/hesitations.ts reads the gap. */
export const HESITATION_WORDS = new Set(['uh', 'um', 'uhh', 'umm', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'eh']);
/** Words written with a 2 that a speaker says with "two" ("spo two", "O two"). */
const SPOKEN_TWOS = new Set(['spo', 'o']);
/** The first halves of dose units a recogniser splits ("micro grams", "milli grams"). */
const SPLIT_UNIT_PREFIXES = new Set(['micro', 'milli']);
/** A recogniser's homophones of small numbers ("zofran for milligrams", "TXA to grams"), read as numbers before a unit. */
const NUMBER_HOMOPHONES: Readonly<Record<string, string>> = {
  for: 'four',
  to: 'two',
  too: 'two',
  won: 'one',
  ate: 'eight',
};
/** Longest spelled acronym tried ("O T F C" is four letters, "H P M K" four). */
const MAX_SPELLED = 5;

export interface NormalizeOptions {
  /** Acronyms a run of single letters may spell ("iv", "txa"). */
  acronyms: ReadonlySet<string>;
  /** Words written with a digit inside ("spo2", "o2", "l1"). */
  joinedWords: ReadonlySet<string>;
  /** Reads typing slips of known words as those words ("tournaquet"); none when absent. */
  spelling?: SpellingCorrector;
  /** Reads the words of another language as the English they mean ("pierna derecha"); none when absent. */
  glosses?: (tokens: Token[]) => Token[];
  /** Reads a recogniser's sound-alike words as the term they stand for ("tore nick it"); none when absent. */
  soundAlikes?: { replace(tokens: Token[]): Token[] };
}

/** Tokenizes and normalizes a narrative. Linear in its length. */
export function readTokens(text: string, options: NormalizeOptions): Token[] {
  const said = readHomophoneNumbers(readSpokenPunctuation(tokenize(text)));
  const raw = joinSpelledWords(readDateTimeGroups(readSeparatedClocks(options.glosses ? options.glosses(said) : said)));
  const cleaned: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    // "38T MM 4120 8876", "UH-60": a filler written in capitals is letters, never a sound the speaker made.
    if (t.kind === 'word' && HESITATION_WORDS.has(t.norm) && t.raw !== t.raw.toUpperCase()) continue;
    // "### 1) SPC Kealoha": a markdown heading's marks opening a line, no number sign ("#1 CPL Webb" is one).
    const marks = headingMarksEnd(raw, i);
    if (marks > i) {
      i = marks - 1;
      continue;
    }
    // A run of dots is a spoken pause ("okay... tourniquet going on"), one token that does not end the sentence.
    if (t.norm === '.' && raw[i + 1]?.norm === '.' && !raw[i + 1].spaced) {
      let j = i + 1;
      while (raw[j + 1]?.norm === '.' && !raw[j + 1].spaced) j++;
      cleaned.push({
        ...t,
        norm: '...',
        raw: raw
          .slice(i, j + 1)
          .map((d) => d.raw)
          .join(''),
        end: raw[j].end,
      });
      i = j;
      continue;
    }
    // "Fentanyl 50 µg": the micro sign the tokenizer keeps apart, with its "g", is micrograms.
    if (t.norm === '\u00b5' && raw[i + 1]?.norm === 'g' && !raw[i + 1].spaced) {
      cleaned.push({ ...t, kind: 'word', norm: 'mcg', raw: `${t.raw}${raw[i + 1].raw}`, end: raw[i + 1].end });
      i++;
      continue;
    }
    const next = raw[i + 1];
    // "A1C Trevor Park": a word written with a digit between its letters is one word, as one ending in a digit is.
    const [last, joined3] = [raw[i + 2], `${t.norm}${next?.raw ?? ''}${raw[i + 2]?.norm ?? ''}`];
    if (
      t.kind === 'word' &&
      next?.kind === 'number' &&
      !next.spaced &&
      last?.kind === 'word' &&
      !last.spaced &&
      options.joinedWords.has(joined3)
    ) {
      cleaned.push({ ...t, norm: joined3, raw: text.slice(t.start, last.end), end: last.end });
      i += 2;
      continue;
    }
    if (
      t.kind === 'word' &&
      next &&
      next.kind === 'number' &&
      !next.spaced &&
      options.joinedWords.has(t.norm + next.raw.toLowerCase())
    ) {
      cleaned.push({ ...t, kind: 'word', norm: t.norm + next.raw.toLowerCase(), raw: t.raw + next.raw, end: next.end });
      i++;
      continue;
    }
    // "1LT Whitman": a word written with a digit before it ("18g" stays a gauge: only the words listed join).
    if (t.kind === 'number' && next?.kind === 'word' && !next.spaced && options.joinedWords.has(t.raw + next.norm)) {
      const { value: _number, ...word } = t;
      cleaned.push({ ...word, kind: 'word', norm: t.raw + next.norm, raw: t.raw + next.raw, end: next.end });
      i++;
      continue;
    }
    // "eight hundred micro grams": a unit a recogniser wrote as two words is one.
    if (t.kind === 'word' && SPLIT_UNIT_PREFIXES.has(t.norm) && (next?.norm === 'gram' || next?.norm === 'grams')) {
      cleaned.push({ ...t, norm: t.norm + next.norm, raw: text.slice(t.start, next.end), end: next.end });
      i++;
      continue;
    }
    // "TXA 2 gram's", "10 mg's": a unit's plural written with an apostrophe after an amount is that plural.
    const unitPlural = t.kind === 'word' ? apostrophePlural(t.norm) : undefined;
    const amountBefore = cleaned[cleaned.length - 1];
    if (unitPlural && amountBefore && (amountBefore.kind === 'number' || isNumberWord(amountBefore.norm))) {
      cleaned.push({ ...t, norm: unitPlural });
      continue;
    }
    // "spo two", "O two on": the digit of a joined word said as a word; not after a letter ("I O two units").
    const prevLetter = cleaned[cleaned.length - 1]?.norm.length === 1 && cleaned[cleaned.length - 1].kind === 'word';
    if (
      t.kind === 'word' &&
      next?.norm === 'two' &&
      SPOKEN_TWOS.has(t.norm) &&
      options.joinedWords.has(`${t.norm}2`) &&
      !prevLetter
    ) {
      cleaned.push({ ...t, norm: `${t.norm}2`, raw: text.slice(t.start, next.end), end: next.end });
      i++;
      continue;
    }
    // "zofran for milligrams": only a number is said right before a dose's or a volume's unit.
    if (t.kind === 'word' && Object.hasOwn(NUMBER_HOMOPHONES, t.norm) && saidAsNumber(raw, i, cleaned)) {
      cleaned.push({ ...t, norm: NUMBER_HOMOPHONES[t.norm] });
      continue;
    }
    cleaned.push(t);
  }
  const corrected = options.spelling ? options.spelling.correctTokens(cleaned) : cleaned;
  const spelled = options.soundAlikes ? options.soundAlikes.replace(corrected) : corrected;
  const numbers = mergeDigitRuns(mergeNumberWords(joinSpelledAcronyms(spelled, options.acronyms)));
  return mergeFractions(readSpokenDashes(readAndClocks(numbers, text)), text);
}

/** "gram's" -> "grams", "mg's" -> "mg": a dose or volume unit with "'s" stuck on; none for any other word. */
function apostrophePlural(word: string): string | undefined {
  if (!word.endsWith("'s")) return undefined;
  const stem = word.slice(0, -2);
  return [`${stem}s`, stem].find((w) => AMOUNT_UNITS.has(w));
}

/** The end of the markdown heading marks ("#" to "######", then a space) opening a line at `i`; `i` when none do. */
function headingMarksEnd(raw: Token[], i: number): number {
  if (raw[i].norm !== '#' || (i > 0 && raw[i - 1].norm !== '\n')) return i;
  let j = i + 1;
  while (j < i + 6 && raw[j]?.norm === '#' && !raw[j].spaced) j++;
  return raw[j]?.spaced && raw[j].norm !== '\n' ? j : i;
}

/** Closes of a sentence after which a homophone ended it: no one ends a sentence on "for" or "to". */
const ENDS = new Set(['.', ';', '!', '?', '\n']);

/**
 * True when the homophone at `i` stands where only a number is said: before a dose's or a volume's unit ("zofran for
 * milligrams") or its hundreds ("to hundred fifty mils"), before a score's "out of" ("pain for out of ten"), or after a tens word at the end of its sentence,
 * where it is that tens word's unit ("sats ninety for.", "resps twenty ate").
 */
function saidAsNumber(raw: Token[], i: number, cleaned: Token[]): boolean {
  const next = raw[i + 1];
  if (AMOUNT_UNITS.has(next?.norm ?? '')) return true;
  // "moxifloxacin for hundred milligrams": before the hundreds of a dose, as before its unit.
  if (next?.norm === 'hundred' || next?.norm === 'thousand') {
    let j = i + 2;
    while (j < raw.length && (isNumberWord(raw[j].norm) || raw[j].norm === 'and')) j++;
    if (AMOUNT_UNITS.has(raw[j]?.norm ?? '')) return true;
  }
  if (
    next?.norm === 'out' &&
    raw[i + 2]?.norm === 'of' &&
    (raw[i + 3]?.kind === 'number' || isNumberWord(raw[i + 3]?.norm ?? ''))
  )
    return true;
  const prev = cleaned[cleaned.length - 1];
  return prev?.kind === 'word' && has(TENS_WORDS, prev.norm) && (next === undefined || ENDS.has(next.norm));
}

/**
 * Letters as a recogniser writes their names ("tee ex ay" for T X A, "eye vee" for I V). Names that are also common
 * words ("you", "why", "oh", "see", "be", "are") are left out: they spell no acronym often enough to be worth it.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  ay: 'a',
  bee: 'b',
  cee: 'c',
  dee: 'd',
  ef: 'f',
  gee: 'g',
  aitch: 'h',
  eye: 'i',
  jay: 'j',
  kay: 'k',
  el: 'l',
  em: 'm',
  en: 'n',
  pee: 'p',
  cue: 'q',
  ess: 's',
  tee: 't',
  // A recogniser's spelling of the letter T ("tea x a"); joined only where the letters spell a known acronym.
  tea: 't',
  vee: 'v',
  ex: 'x',
  zee: 'z',
  zed: 'z',
};

/** "oh" is the letter O only after another letter ("eye oh"): before one it is a zero or a word ("one oh six"). */
const LATER_LETTER_NAMES: Readonly<Record<string, string>> = { ...LETTER_NAMES, oh: 'o' };

/** The letter a token spells: a single letter, or a letter's name ("tee"); else undefined. */
function letterOf(t: Token | undefined, later = false): string | undefined {
  if (t === undefined || t.kind !== 'word') return undefined;
  const names = later ? LATER_LETTER_NAMES : LETTER_NAMES;
  return t.norm.length === 1 ? t.norm : Object.hasOwn(names, t.norm) ? names[t.norm] : undefined;
}

/** The letter of a spelled word's last letter with "'s" on it ("F O's" -> "o"); else undefined. */
const possessiveLetter = (t: Token | undefined): string | undefined =>
  t?.kind === 'word' && /^[a-z]'s$/.test(t.norm) ? t.norm[0] : undefined;

function isLetterToken(t: Token | undefined, later = false): t is Token {
  return letterOf(t, later) !== undefined;
}

/** "I V" → "iv", "T-X-A" → "txa", "tee ex ay" → "txa": only when the letters spell a known acronym. */
function joinSpelledAcronyms(tokens: Token[], acronyms: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isLetterToken(t)) {
      out.push(t);
      i++;
      continue;
    }
    // Collect up to MAX_SPELLED letters separated by nothing but spaces, dots or hyphens.
    const letterAt: number[] = [i];
    let j = i + 1;
    while (letterAt.length < MAX_SPELLED && j < tokens.length) {
      if (isLetterToken(tokens[j], true) && tokens[j].spaced) letterAt.push(j++);
      // "the F O's name is …": the last letter may carry the possessive, which ends the run.
      else if (possessiveLetter(tokens[j]) !== undefined && tokens[j].spaced) {
        letterAt.push(j);
        break;
      } else if ((tokens[j].norm === '.' || tokens[j].norm === '-') && isLetterToken(tokens[j + 1], true)) {
        letterAt.push(j + 1);
        j += 2;
      } else break;
    }
    let joined = false;
    for (let len = letterAt.length; len >= 2; len--) {
      const last = tokens[letterAt[len - 1]];
      const word = letterAt
        .slice(0, len)
        .map((k) => letterOf(tokens[k], k > i) ?? possessiveLetter(tokens[k]))
        .join('');
      if (!acronyms.has(word)) continue;
      out.push({
        ...t,
        norm: possessiveLetter(last) === undefined ? word : `${word}'s`,
        raw: letterAt
          .slice(0, len)
          .map((k) => tokens[k].raw)
          .join(''),
        end: last.end,
      });
      i = letterAt[len - 1] + 1;
      joined = true;
      break;
    }
    if (!joined) {
      out.push(t);
      i++;
    }
  }
  return out;
}
