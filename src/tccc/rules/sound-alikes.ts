/**
 * Recogniser slips of long clinical terms: a speech recogniser that does not know "tourniquet" or "ketamine" writes
 * the sounds it heard as other words ("turnakit", "tore nick it", "key to mean"). Such a run of words is read as the
 * term when it sounds like it and is followed, in its sentence, by what the term takes: a dose for a drug ("key to
 * mean fifty milligrams"), the way in for a fluid ("hex tend I V"), a side or body part for a device ("tore nick it on
 * the right thigh"). Either alone is too weak: ordinary words can sound like a term ("cut him in" is k-t-m-n, as
 * ketamine is), and a slot word alone says nothing of which term it fills.
 */
import type { Token } from '../text/tokenize.js';
import { isNumberWord } from '../text/numbers.js';
import { has, SCALE_WORDS } from '../text/number-words.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** A term a slip may stand for, what it means, and the words of which one must follow it. */
export interface SoundAlikeTerm {
  term: string;
  /** Spellings of one meaning ("tourniquet", "tourniket") share a key without making it ambiguous. */
  meaning: string;
  confirmedBy: ReadonlySet<string>;
  /**
   * The shortest term read (else {@link MIN_TERM_LENGTH}): a drug's dose confirms it more than a place confirms a
   * device, so a six-letter drug ("so fran four milligrams") is read where a six-letter device ("bend her") is not.
   */
  shortest?: number;
}

/** The most words a recogniser splits a term into ("tore nick it"). */
const MAX_WORDS = 3;
/** How many tokens after the slip its dose or place may be ("high and tight left thigh"). */
const CONFIRM_REACH = 6;
/** Shorter terms sound like too many ordinary words. */
const MIN_TERM_LENGTH = 7;
/** A slip is about as long as the term: a few letters more or fewer. */
const LENGTH_SLACK = 2;

/**
 * The sound skeleton of a word: its first letter, then its consonants as they sound ("qu" and hard "c" are k, soft
 * "c" is s, "ph" is f), with doubled sounds said once and the vowels, "h", "w" and "y" left out.
 */
export function soundKey(word: string): string {
  const s = word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's');
  let key = s[0] ?? '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if ('aeiouhwy'.includes(c) || c === key[key.length - 1]) continue;
    key += c;
  }
  return key;
}

export class SoundAlikes {
  /** Sound key → the spellings of the one meaning with that key (a key two meanings share is left out). */
  private readonly byKey = new Map<string, SoundAlikeTerm[]>();

  /** `known` are the words the rules read already: a run holding one is no slip. */
  constructor(
    terms: readonly SoundAlikeTerm[],
    private readonly known: ReadonlySet<string>,
  ) {
    const shared = new Set<string>();
    for (const t of terms) {
      if (t.term.length < (t.shortest ?? MIN_TERM_LENGTH) || !/^[a-z]+$/.test(t.term)) continue;
      const key = soundKey(t.term);
      const spellings = this.byKey.get(key) ?? [];
      if (spellings.some((other) => other.meaning !== t.meaning)) shared.add(key);
      this.byKey.set(key, [...spellings, t]);
    }
    for (const key of shared) this.byKey.delete(key);
  }

  /** Tokens with each slip replaced by one token of its term; `raw` keeps what the recogniser wrote. */
  replace(tokens: Token[]): Token[] {
    const out: Token[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.slipAt(tokens, i);
      if (!found) {
        out.push(tokens[i]);
        i++;
        continue;
      }
      const last = tokens[i + found.words - 1];
      const raw = tokens
        .slice(i, i + found.words)
        .map((t) => t.raw)
        .join(' ');
      out.push({ ...tokens[i], norm: found.term, raw, end: last.end });
      i += found.words;
    }
    return out;
  }

  private slipAt(tokens: Token[], i: number): { term: string; words: number } | null {
    for (let n = MAX_WORDS; n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      if (run.length < n || !run.every((t, k) => (k === 0 || t.spaced) && this.isPlainWord(t, run[0], n))) continue;
      // "Tylenol a thousand milligrams": an "a" before a hundred or a thousand is the number's, never the slip's.
      if (run.some((t, k) => t.norm === 'a' && has(SCALE_WORDS, tokens[i + k + 1]?.norm ?? ''))) continue;
      const letters = run.map((t) => t.norm).join('');
      const spellings = this.byKey.get(soundKey(letters)) ?? [];
      const term = spellings.find(
        (t) =>
          Math.abs(letters.length - t.term.length) <= LENGTH_SLACK &&
          (this.isPlainWord(run[0]) || (n > 1 && t.term.startsWith(run[0].norm))),
      );
      if (term && confirmed(tokens, i + n, term.confirmedBy)) return { term: term.term, words: n };
    }
    return null;
  }

  /**
   * A word the rules do not read already. The first word of a longer run may be one when the term starts with it: a
   * recogniser writes the term's first sounds as a known short form ("ket a mean" for ketamine, "ket" its shorthand).
   */
  private isPlainWord(t: Token, first?: Token, words = 1): boolean {
    if (t.kind !== 'word' || !/^[a-z]+$/.test(t.norm) || isNumberWord(t.norm)) return false;
    return !this.known.has(t.norm) || (t === first && words > 1);
  }
}

/** True when one of `words` (a word, or two as a spelled pair: "i v") is among the next few tokens, before the sentence ends. */
function confirmed(tokens: Token[], from: number, words: ReadonlySet<string>): boolean {
  for (let j = from; j < Math.min(tokens.length, from + CONFIRM_REACH); j++) {
    if (SENTENCE_ENDS.has(tokens[j].norm)) return false;
    if (words.has(tokens[j].norm) || words.has(`${tokens[j].norm} ${tokens[j + 1]?.norm ?? ''}`)) return true;
  }
  return false;
}
