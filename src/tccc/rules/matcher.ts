/**
 * Finds lexicon phrases in a token stream: a token trie, longest match first, left to right,
 * so the cost is the token count times the longest phrase.
 */
import { readTokens, type NormalizeOptions } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { Lexicon, Tag } from './lexicon/tags.js';

/** A lexicon phrase found at tokens `[start, end)`. */
export interface Mention {
  start: number;
  end: number;
  tags: readonly Tag[];
  /** Set when negation or hedging covers the mention. */
  negated: boolean;
  /** For IV/IO mentions: true when they give the route of a drug or fluid rather than vascular access. */
  isRoute?: boolean;
}

/** The words of tokens `[start, end)` as read, one space apart: what a mention or a value was said as. */
export const saidAs = (tokens: readonly Token[], part: { start: number; end: number }): string =>
  tokens
    .slice(part.start, part.end)
    .map((t) => t.norm)
    .join(' ');

interface TrieNode {
  next: Map<string, TrieNode>;
  tags: Tag[] | null;
}

export class PhraseMatcher {
  /** Built at the first match: tokenizing every phrase is tens of ms that the app's first screen need not wait for. */
  private root: TrieNode | undefined;
  private maxDepth = 1;

  /** Phrases are tokenized with the same options as narratives (but glosses), so "c-a-t" and "SpO2" match as typed. */
  constructor(
    private readonly lexicons: readonly Lexicon[],
    private readonly options: NormalizeOptions,
  ) {}

  private trie(): TrieNode {
    if (this.root) return this.root;
    this.root = { next: new Map(), tags: null };
    // The phrases are English: another language's glosses would read them as something else ("et tube" as "and tube").
    const english: NormalizeOptions = { ...this.options };
    delete english.glosses;
    for (const lexicon of this.lexicons) {
      for (const [phrase, tags] of lexicon)
        this.add(
          this.root,
          readTokens(phrase, english).map((t) => t.norm),
          tags,
        );
    }
    return this.root;
  }

  private add(root: TrieNode, words: string[], tags: readonly Tag[]): void {
    if (words.length === 0) return;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), tags: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.tags = [...(node.tags ?? []), ...tags];
    this.maxDepth = Math.max(this.maxDepth, words.length);
  }

  /** Non-overlapping mentions, longest phrase first at each position. */
  match(tokens: readonly Token[]): Mention[] {
    const root = this.trie();
    const mentions: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: { end: number; tags: Tag[] } | null = null;
      for (let j = i; j < tokens.length && j - i < this.maxDepth; j++) {
        const word = tokens[j].norm;
        const parent: TrieNode = node;
        node = parent.next.get(word);
        // "CAT's on", "IO's in": a phrase's last word with "'s" (is, has) still names it.
        if (!node && word.endsWith("'s")) {
          const stem = parent.next.get(word.slice(0, -2));
          if (stem?.tags) best = { end: j + 1, tags: stem.tags };
        }
        if (!node) break;
        if (node.tags) best = { end: j + 1, tags: node.tags };
      }
      // A phrase with no tags ("by his buddy") is there to keep its words from matching anything shorter.
      if (best) {
        if (best.tags.length > 0) mentions.push({ start: i, end: best.end, tags: best.tags, negated: false });
        i = best.end;
      } else i++;
    }
    return mentions;
  }
}

/** The first tag of a category on a mention. */
export function tagOf<C extends Tag['cat']>(m: Mention, cat: C): Extract<Tag, { cat: C }> | undefined {
  return m.tags.find((t): t is Extract<Tag, { cat: C }> => t.cat === cat);
}
