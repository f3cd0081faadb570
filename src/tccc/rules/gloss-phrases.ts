/**
 * What every gloss of another language into English shares: the key a word is looked up with, the tokens of the
 * English words, the checks that a phrase stands as whole words in its sentence, the side put before its part, and the
 * lookup of a lexicon's dotted phrases. Here so that no language's module depends on another's.
 */
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS } from './lexicon/body.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Most tokens of a lexicon phrase, its dots and hyphens counted ("i.v.-Zugang" is six). */
const MAX_TOKENS = 6;

/** What a sentence, or a label's words after its colon, opens after ("Herida: pierna derecha"). */
const OPENS_AFTER = new Set([...SENTENCE_ENDS, ':']);

/** "alérgico", "Quiñones" → "alergico", "quinones": the key a word is looked up with. */
export const plain = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The English a language's words from a token through token `last` are glossed as. */
export interface Gloss {
  english: string;
  last: number;
}

/**
 * The tokens with each word's gloss put in: `glossAt` gives the gloss of the words from word token `i`, or null where
 * they stay as written. Linear in the token count.
 */
export function glossEach(tokens: Token[], glossAt: (i: number) => Gloss | null): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const gloss = tokens[i].kind === 'word' ? glossAt(i) : null;
    if (!gloss) {
      out.push(tokens[i]);
      continue;
    }
    out.push(...glossTokens(tokens[i], tokens[gloss.last], gloss.english));
    i = gloss.last;
  }
  return out;
}

/**
 * The language's "no" before a comma and what is said instead ("11:55 – nie, 11:57", "ЧСС 110 — ні, 116"): the no
 * that takes back what came before, glossed as a correction; else null.
 */
export const takeBackAt = (tokens: readonly Token[], i: number, no: string): Gloss | null =>
  plain(tokens[i].norm) === no && tokens[i + 1]?.norm === ',' ? { english: 'correction', last: i } : null;

/** The tokens of the English words `english` that stand for the words from token `from` to token `to`, in their span. */
export const glossTokens = (from: Token, to: Token, english: string): Token[] =>
  english.split(' ').map((w, n) => ({
    ...from,
    kind: 'word',
    norm: w,
    raw: n === 0 ? from.raw : w,
    end: to.end,
    spaced: n === 0 ? from.spaced : true,
  }));

/** Pronouns said before a Spanish verb: "le puse", "lo entablillé", "se lo di" (Italian reads none of them). */
export const CLITICS: ReadonlySet<string> = new Set(['le', 'les', 'lo', 'la', 'los', 'las', 'se', 'me']);

/**
 * The longest phrase of `glosses` starting at token `i` that `accepts` (German in german-glosses.ts, Italian in
 * italian-glosses.ts, Portuguese in portuguese-glosses.ts), if any: its key, English and last token. A key keeps its
 * dots and hyphens ("i.v.-zugang", "e.v.", "ac. tranexamico", "esq.").
 */
export function phraseAt(
  tokens: readonly Token[],
  i: number,
  glosses: Readonly<Record<string, string>>,
  accepts: (tokens: readonly Token[], i: number, key: string, last: number) => boolean,
): { key: string; english: string; last: number } | null {
  let key = '';
  const keys: string[] = [];
  for (let k = i; k < tokens.length && k < i + MAX_TOKENS; k++) {
    const t = tokens[k];
    if (t.norm === '\n' || (t.kind !== 'word' && t.norm !== '.' && t.norm !== '-')) break;
    key += (k > i && t.spaced ? ' ' : '') + (t.kind === 'word' ? plain(t.norm) : t.norm);
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const last = i + n - 1;
    if (!Object.hasOwn(glosses, keys[n - 1]) || !wholeWords(tokens, i, n)) continue;
    if (!accepts(tokens, i, keys[n - 1], last)) continue;
    return { key: keys[n - 1], english: glosses[keys[n - 1]], last };
  }
  return null;
}

/** "y/o", "s/p": a letter of a written abbreviation, joined to a slash or hyphen, is no Spanish word. */
export function wholeWords(tokens: readonly Token[], i: number, n: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + n]];
  const joined = (t: Token | undefined): boolean => t !== undefined && (t.norm === '/' || t.norm === '-');
  return !(joined(before) && !tokens[i].spaced) && !(joined(after) && !after?.spaced);
}

/**
 * True when the narrative holds at least `min` different words of `markers`, the words only its language writes
 * (Dutch in dutch-glosses.ts, Portuguese in portuguese-glosses.ts): one such word is no sign of it.
 */
export function writtenIn(tokens: readonly Token[], markers: ReadonlySet<string>, min: number): boolean {
  const seen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && markers.has(plain(t.norm))) seen.add(plain(t.norm));
  return seen.size >= min;
}

/** True when token `i` opens a sentence, or a label's words after its colon. */
export const opens = (tokens: readonly Token[], i: number): boolean => i === 0 || OPENS_AFTER.has(tokens[i - 1].norm);

/**
 * A Spanish word is written in lower case, or with a capital when it opens its sentence ("Pulso ciento diez", "El
 * primero"); one capitalised mid-sentence is a name ("Cpl Dos Santos", "De La Cruz") or a letter ("Y").
 */
export function lowerOrOpening(tokens: readonly Token[], i: number): boolean {
  const raw = tokens[i].raw;
  if (raw === raw.toLowerCase()) return true;
  const next = tokens[i + 1];
  return opens(tokens, i) && raw.slice(1) === raw.slice(1).toLowerCase() && next?.raw === next?.raw.toLowerCase();
}

/**
 * "brazo izquierdo" is glossed "arm left"; English says the side first, and the place reader reads it so. A side
 * glossed right after a part (`glossedSide`: "pierna derecha", "muslo derecho", "lado derecho del pecho") trades words
 * with it.
 */
export function sidesFirst(tokens: Token[], glossedSide: readonly boolean[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const part = tokens[i - 1];
    if (!glossedSide[i] || part.kind !== 'word') continue;
    if (!Object.hasOwn(BODY_PART_WORDS, part.norm) && part.norm !== 'side') continue;
    const side = tokens[i];
    tokens[i - 1] = { ...part, norm: side.norm };
    tokens[i] = { ...side, norm: part.norm };
  }
  return tokens;
}
