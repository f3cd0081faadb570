/**
 * Token clean-up between tokenizing and reading: drops speech fillers, rejoins spelled-out
 * acronyms ("T X A", "I.O."), re-attaches split words ("SpO2") and merges spoken numbers and fractions.
 */
import { mergeFractions } from './decimals.js';
import { mergeDigitRuns, mergeNumberWords } from './numbers.js';
import type { SpellingCorrector } from './spelling.js';
import { tokenize, type Token } from './tokenize.js';

const FILLERS = new Set(['uh', 'um', 'uhh', 'umm', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'eh']);
/** Longest spelled acronym tried ("O T F C" is four letters, "H P M K" four). */
const MAX_SPELLED = 5;

export interface NormalizeOptions {
  /** Acronyms a run of single letters may spell ("iv", "txa"). */
  acronyms: ReadonlySet<string>;
  /** Words written with a digit inside ("spo2", "o2", "l1"). */
  joinedWords: ReadonlySet<string>;
  /** Reads typing slips of known words as those words ("tournaquet"); none when absent. */
  spelling?: SpellingCorrector;
}

/** Tokenizes and normalizes a narrative. Linear in its length. */
export function readTokens(text: string, options: NormalizeOptions): Token[] {
  const raw = tokenize(text);
  const cleaned: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (t.kind === 'word' && FILLERS.has(t.norm)) continue;
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
    const next = raw[i + 1];
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
    cleaned.push(t);
  }
  const spelled = options.spelling ? options.spelling.correctTokens(cleaned) : cleaned;
  return mergeFractions(mergeDigitRuns(mergeNumberWords(joinSpelledAcronyms(spelled, options.acronyms))), text);
}

function isLetterToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.norm.length === 1;
}

/** "I V" → "iv", "T-X-A" → "txa": only when the letters spell a known acronym. */
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
      if (isLetterToken(tokens[j]) && tokens[j].spaced) letterAt.push(j++);
      else if ((tokens[j].norm === '.' || tokens[j].norm === '-') && isLetterToken(tokens[j + 1])) {
        letterAt.push(j + 1);
        j += 2;
      } else break;
    }
    let joined = false;
    for (let len = letterAt.length; len >= 2; len--) {
      const word = letterAt
        .slice(0, len)
        .map((k) => tokens[k].norm)
        .join('');
      if (!acronyms.has(word)) continue;
      const last = tokens[letterAt[len - 1]];
      out.push({
        ...t,
        norm: word,
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
