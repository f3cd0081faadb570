/**
 * The one place the MiniSearch index is configured and built. The Vite plugin serializes it at build time;
 * the app and the CLIs load it with the same options, so every caller ranks the same way.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Passage } from './passage.js';
import { STOP_WORDS } from './stop-words.js';
import { synonymExpansions } from './synonyms.js';

/** Light plural folding so "tourniquets" and "tourniquet" meet; applied at index and query time alike. */
function foldPlural(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 3 && term.endsWith('s') && !/(ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

/** MiniSearch's own tokenizer (its typings give defaults as `any`). */
const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

function tokenize(text: string): string[] {
  return [...defaultTokenize(text), ...synonymExpansions(text)];
}

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) || lower.length === 0 ? null : foldPlural(lower);
}

/** Field boosts: a title or tag hit says more than one word in the body. */
const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 2.5, tags: 2, text: 1 },
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: 'OR',
};

/** MiniSearch options shared by build and load; changing them requires rebuilding the serialized index. */
const INDEX_OPTIONS: Options<Passage> = {
  idField: 'id',
  fields: ['title', 'tags', 'text'],
  storeFields: [],
  extractField: (document, field) => {
    const value = document[field as keyof Passage];
    return Array.isArray(value) ? value.join(' ') : String(value ?? '');
  },
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};

/** What the build ships: the passages and the serialized index over them. */
export interface LibraryData {
  passages: Passage[];
  index: ReturnType<MiniSearch<Passage>['toJSON']>;
}

/** Builds the index over `passages` and returns both, ready to serialize. The only index-building function. */
export function buildLibraryData(passages: Passage[]): LibraryData {
  const index = new MiniSearch<Passage>(INDEX_OPTIONS);
  index.addAll(passages);
  return { passages, index: index.toJSON() };
}

/** Restores a live index from built data. */
export function loadSearchIndex(data: LibraryData): MiniSearch<Passage> {
  return MiniSearch.loadJS<Passage>(data.index, INDEX_OPTIONS);
}
