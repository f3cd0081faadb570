/**
 * Portuguese read as English: a Brazilian partner writing in English keeps the words and shorthand of his own notes
 * ("garrote coxa esquerda às 14h20", "PA 90x60, FC 120 bpm, SatO2 93%", "SF 0,9% 500 ml EV"). In a narrative written in
 * Portuguese, each word or phrase of the lexicon becomes the English words it means, with the same span of the text,
 * as French and German do (french-glosses.ts), so "coxa esquerda" reaches the place reader as "left thigh".
 * Portuguese writes the side after the part, as Spanish does, so side and part trade places (sidesFirst).
 */
import type { Token } from '../text/tokenize.js';
import { glossTokens, phraseAt, plain, sidesFirst, writtenIn } from './gloss-phrases.js';
import { BODY_PART_WORDS } from './lexicon/body.js';
import {
  PORTUGUESE_GLOSSES,
  PORTUGUESE_MARKERS,
  PORTUGUESE_RANKS,
  PORTUGUESE_SIDES,
  PORTUGUESE_SIGN_SHORTHAND,
} from './lexicon/portuguese.js';

/** Fewest Portuguese words that make a narrative Portuguese ("não", "sem", "coxa", "esquerda" ...). */
const MIN_MARKERS = 3;
/** Small words whose accent tells them from English ones: "às 14h20" is "at", "só" is "only", "à voz" is "to voice". */
const ACCENTED: Readonly<Record<string, string>> = { às: 'at', à: 'to', só: 'only', é: 'it is', está: 'is' };
/** "no abdome", "na perna", "do pescoço", "é o antebraço": an article, alone or joined to "on" or "of", before a part. */
const ARTICLES: Readonly<Record<string, string>> = {
  o: 'the',
  os: 'the',
  no: 'on the',
  na: 'on the',
  nos: 'on the',
  nas: 'on the',
  do: 'of the',
  da: 'of the',
  dos: 'of the',
  das: 'of the',
};

/** Replaces the Portuguese of a narrative written in it with the English words it means. Linear in the token count. */
export function glossPortuguese(tokens: Token[]): Token[] {
  if (!writtenIn(tokens, PORTUGUESE_MARKERS, MIN_MARKERS)) return tokens;
  const out: Token[] = [];
  const portugueseSide: boolean[] = [];
  const push = (from: Token, to: Token, english: string, side = false): void => {
    for (const word of glossTokens(from, to, english)) {
      out.push(word);
      portugueseSide.push(side);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.kind === 'word' && t.norm === 'x' && pressureAt(tokens, i)) {
      out.push({ ...t, kind: 'punct', norm: '/' });
      portugueseSide.push(false);
      continue;
    }
    // "SatO2 93%": the oxygen saturation, read as English writes it.
    if (t.norm === 'sato' && next?.raw === '2' && !next.spaced) {
      push(t, next, 'spo2');
      i++;
      continue;
    }
    const said = t.kind === 'word' ? saidNo(tokens, i) : null;
    const phrase = t.kind === 'word' && !said ? phraseAt(tokens, i, PORTUGUESE_GLOSSES, writtenAsPortuguese) : null;
    const small = said ?? (t.kind === 'word' && !phrase ? smallWord(tokens, i) : null);
    if (phrase) {
      push(t, tokens[phrase.last], phrase.english, Object.hasOwn(PORTUGUESE_SIDES, phrase.key));
      i = phrase.last;
    } else if (small) push(t, t, small);
    else {
      out.push(t);
      portugueseSide.push(false);
    }
  }
  return sidesFirst(out, portugueseSide);
}

/**
 * A "não" before a pause: between pauses it takes back what was just said ("FC 96 – não, 92"); after the care it
 * says the care was not given ("Cetamina não – tenente pediu para esperar").
 */
function saidNo(tokens: readonly Token[], i: number): string | null {
  if (plain(tokens[i].norm) !== 'nao' || tokens[i + 1]?.kind !== 'punct') return null;
  return tokens[i - 1]?.kind === 'word' ? 'not given' : 'no';
}

/** The English of a small word at `i`: an accented one, or an article before a body part ("so no garrote" is English). */
function smallWord(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  if (Object.hasOwn(ACCENTED, t.norm)) return ACCENTED[t.norm];
  if (t.raw !== t.norm || !Object.hasOwn(ARTICLES, t.norm)) return null;
  const part = tokens[i + 1]?.kind === 'word' ? phraseAt(tokens, i + 1, PORTUGUESE_GLOSSES, writtenAsPortuguese) : null;
  return part && Object.hasOwn(BODY_PART_WORDS, part.english.split(' ').at(-1)!) ? ARTICLES[t.norm] : null;
}

/** Bounds of a pressure's two numbers ("PA 132x84"; "4x4" gauze and "10x10 cm" are no pressure). */
const [SYSTOLIC_LEAST, SYSTOLIC_MOST, DIASTOLIC_LEAST] = [50, 260, 20];

/** "PA 132x84 – corrijo, 123x84": the "x" between a pressure's two numbers, as English writes "/". */
function pressureAt(tokens: readonly Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  if (before?.kind !== 'number' || after?.kind !== 'number' || tokens[i].spaced || after.spaced) return false;
  const [high, low] = [before.value ?? 0, after.value ?? 0];
  return high >= SYSTOLIC_LEAST && high <= SYSTOLIC_MOST && low >= DIASTOLIC_LEAST && low < high;
}

/**
 * Shorthand is written in capitals ("EV", "SF"), a sign's before its reading ("FC 120", "PA 90x60"); a rank with a
 * capital before a name ("Cb Paulo Teixeira"). Any other word of the lexicon is Portuguese as it stands.
 */
function writtenAsPortuguese(tokens: readonly Token[], i: number, key: string, last: number): boolean {
  const raw = tokens[i].raw;
  const next = tokens[last + 1];
  if (Object.hasOwn(PORTUGUESE_RANKS, key)) return next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw);
  if (!PORTUGUESE_SIGN_SHORTHAND.has(key)) return true;
  if (raw !== raw.toUpperCase()) return false;
  // "23K LP 4410 2290": letters of a grid after its zone are no rate.
  if (tokens[i - 1]?.kind === 'word' && tokens[i - 2]?.kind === 'number' && !tokens[i - 1].spaced) return false;
  return !['pa', 'fc', 'fr'].includes(key) || next?.kind === 'number';
}
