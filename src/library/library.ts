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
  /** Restored from the built data at the first search, not before: see {@link Library.index}. */
  private loadedIndex?: MiniSearch<Passage>;
  private readonly byId = new Map<string, Passage>();

  /** The built index and `extra` (user document passages) to add to it; neither is searched until a search asks. */
  constructor(
    private readonly data: LibraryData,
    extra: Passage[] = [],
  ) {
    for (const passage of data.passages) this.byId.set(passage.id, passage);
    this.add(extra);
  }

  /**
   * The live index, restored on first use. Restoring it is most of what opening the Library costs
   * the main thread (Lighthouse counted it as blocking time on /library), and a view that lists,
   * opens or counts passages needs none of it; a search pays it once.
   */
  private get index(): MiniSearch<Passage> {
    if (!this.loadedIndex) {
      const index = loadSearchIndex(this.data);
      // Bring it to what byId holds now: passages added (or replaced) and removed before this first use.
      const current = new Set(this.byId.values());
      for (const passage of this.data.passages) if (!current.has(passage)) index.discard(passage.id);
      const built = new Set(this.data.passages);
      for (const passage of this.byId.values()) if (!built.has(passage)) index.add(passage);
      this.loadedIndex = index;
    }
    return this.loadedIndex;
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
      if (this.loadedIndex) {
        if (this.byId.has(passage.id)) this.loadedIndex.discard(passage.id);
        this.loadedIndex.add(passage);
      }
      this.byId.set(passage.id, passage);
    }
  }

  /** Removes every passage cut from the user document `documentId`. */
  removeDocument(documentId: string): void {
    for (const passage of [...this.byId.values()]) {
      if (passage.documentId !== documentId) continue;
      this.loadedIndex?.discard(passage.id);
      this.byId.delete(passage.id);
    }
  }
}
