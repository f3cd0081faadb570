/**
 * Typing slips against a known vocabulary: a word one edit away (a letter dropped, added, changed
 * or two swapped) from exactly one known word is read as that word ("preasure" → "pressure").
 * Look-ups go through a table of one-letter deletions, so each word costs its own length.
 */
import { isNumberWord } from './numbers.js';
import type { Token } from './tokenize.js';

/** Shorter words are too close to each other to correct safely ("hart", "lima"). */
const MIN_CORRECTED_LENGTH = 5;

export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly targets: ReadonlySet<string>;
  /** A slip is at most one letter longer than the word it slips from; longer words are not looked up. */
  private readonly longestSlip: number;
  /** Each known word and each of its one-letter deletions → the known words it comes from; built on first use. */
  private index: Map<string, Set<string>> | undefined;
  /** Each known word's tails → the words they end; built on first use. */
  private tails: Map<string, Set<string>> | undefined;

  /** `vocabulary` is what slips are corrected towards; `keep` are ordinary words left as typed. */
  constructor(vocabulary: Iterable<string>, keep: Iterable<string> = []) {
    this.targets = new Set(vocabulary);
    this.known = new Set([...this.targets, ...keep]);
    this.longestSlip = Math.max(0, ...[...this.targets].map((w) => w.length)) + 1;
  }

  /** The known word `word` is a slip of, or undefined when it is known, too short, or close to none or to several. */
  correct(word: string): string | undefined {
    // The length bound also keeps a pasted 200,000-letter "word" from costing its length squared (a frozen page).
    if (
      word.length < MIN_CORRECTED_LENGTH ||
      word.length > this.longestSlip ||
      this.known.has(word) ||
      isNumberWord(word) ||
      !/^[a-z]+$/.test(word)
    )
      return undefined;
    const byDeletion = this.byDeletion();
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const w of byDeletion.get(key) ?? [])
        if (w[0] === word[0] && isOneEdit(word, w) && !isOtherEnding(word, w)) candidates.add(w);
    }
    return candidates.size === 1 ? [...candidates][0] : undefined;
  }

  /** Built when a slip is first looked up, not at load: the app's first paint does not wait for it (tens of ms on a tablet). */
  private byDeletion(): Map<string, Set<string>> {
    if (this.index) return this.index;
    const index = new Map<string, Set<string>>();
    for (const word of this.targets) {
      if (word.length < MIN_CORRECTED_LENGTH - 1) continue;
      for (const key of [word, ...deletions(word)]) {
        const words = index.get(key) ?? new Set<string>();
        words.add(word);
        index.set(key, words);
      }
    }
    return (this.index = index);
  }

  /** Whether `word` is a known word (a target or one left as typed). */
  knows(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * The one known word that `word` is the tail of, its first one or two letters lost ("etamine" → "ketamine", "xa" →
   * "txa"); undefined when `word` is known, or the tail of none or of several ("ot": "not" or "got"). The rules'
   * clipped-starts.ts asks it for a recording's clipped openings its own short list does not settle.
   */
  unclip(word: string): string | undefined {
    if (this.known.has(word) || isNumberWord(word) || !/^[a-z]+$/.test(word)) return undefined;
    const whole = this.byTail().get(word);
    return whole?.size === 1 ? [...whole][0] : undefined;
  }

  /** Each known word's tails less its first one or two letters → the words they end; built on first use. */
  private byTail(): Map<string, Set<string>> {
    if (this.tails) return this.tails;
    const tails = new Map<string, Set<string>>();
    for (const word of this.known)
      for (const lost of [1, 2]) {
        if (word.length - lost < 1) continue;
        const words = tails.get(word.slice(lost)) ?? new Set<string>();
        words.add(word);
        tails.set(word.slice(lost), words);
      }
    return (this.tails = tails);
  }

  /** Tokens with each slipped word's `norm` replaced by the known word; `raw` keeps what was typed. */
  correctTokens(tokens: Token[]): Token[] {
    const named = namesSaid(tokens);
    return tokens.map((t, i) => {
      if (t.kind !== 'word' || inProperName(tokens, i) || named.has(t.raw)) return t;
      const fixed = this.correct(t.norm);
      return fixed ? { ...t, norm: fixed } : t;
    });
  }
}

const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && /^[A-Z][a-z]/.test(t.raw);

/** A capitalized word beside another is part of a name ("Aisha Bello"), which is never a slip. */
function inProperName(tokens: Token[], i: number): boolean {
  return isCapitalized(tokens[i]) && (isCapitalized(tokens[i - 1]) || isCapitalized(tokens[i + 1]));
}

/**
 * The capitalized words said in a proper name anywhere in the narrative: said again alone, the name is still no slip
 * ("Specialist Tomasz Wirth. … Wirth is routine" never reads "with is routine").
 */
function namesSaid(tokens: Token[]): ReadonlySet<string> {
  const named = new Set<string>();
  tokens.forEach((t, i) => {
    if (isCapitalized(t) && inProperName(tokens, i)) named.add(t.raw);
  });
  return named;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Word endings after "e" that make another word of one stem: "-er", "-ed", "-es", "-en". */
const ENDINGS_AFTER_E = new Set(['r', 'd', 's', 'n']);

/**
 * True when `a` and `b` are one stem with two endings ("propeller" and "propelled", "tanker" and "tanked"): each is a
 * word of its own, so one is no slip of the other.
 */
function isOtherEnding(a: string, b: string): boolean {
  const n = a.length;
  return (
    n === b.length &&
    n >= 3 &&
    a.slice(0, n - 1) === b.slice(0, n - 1) &&
    a[n - 2] === 'e' &&
    ENDINGS_AFTER_E.has(a[n - 1]) &&
    ENDINGS_AFTER_E.has(b[n - 1])
  );
}

/** Damerau distance exactly one: one letter dropped, added, changed, or two neighbours swapped. */
function isOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
