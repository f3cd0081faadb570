/**
 * The searchable library: built-in passages plus the user's documents in one MiniSearch index.
 * The Library view and the Record view talk to this class; it knows nothing about files or IndexedDB.
 */
import type MiniSearch from 'minisearch';
import type { Passage } from './passage.js';
import { loadSearchIndex, type LibraryData } from './search-index.js';

/** One search result: the passage and its BM25 score (higher is better). */
export interface SearchHit {
  passage: Passage;
  score: number;
}

export const DEFAULT_K = 5;

export class Library {
  private readonly index: MiniSearch<Passage>;
  private readonly byId = new Map<string, Passage>();

  /** Loads the built index; `extra` (user document passages) are added to it. */
  constructor(data: LibraryData, extra: Passage[] = []) {
    this.index = loadSearchIndex(data);
    for (const passage of data.passages) this.byId.set(passage.id, passage);
    this.add(extra);
  }

  /** Number of passages searchable now. */
  get size(): number {
    return this.byId.size;
  }

  /** The passage with this id, if any. */
  get(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  /** The top `k` passages for a free-text query, best first; an empty query finds nothing. */
  search(query: string, k: number = DEFAULT_K): SearchHit[] {
    if (!query.trim()) return [];
    return this.index
      .search(query)
      .slice(0, k)
      .map((result) => ({ passage: this.byId.get(String(result.id))!, score: result.score }));
  }

  /** Adds passages (a user document's); a passage whose id is already present is replaced. */
  add(passages: Passage[]): void {
    for (const passage of passages) {
      if (this.byId.has(passage.id)) this.index.discard(passage.id);
      this.index.add(passage);
      this.byId.set(passage.id, passage);
    }
  }

  /** Removes every passage cut from the user document `documentId`. */
  removeDocument(documentId: string): void {
    for (const passage of [...this.byId.values()]) {
      if (passage.documentId !== documentId) continue;
      this.index.discard(passage.id);
      this.byId.delete(passage.id);
    }
  }
}
