/** Node side: reads the built-in passage files. Shared by the Vite plugin and the CLIs so both index the same data. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePassageFile, type Passage } from './passage.js';
import { buildLibraryData, type LibraryData } from './search-index.js';

/** The folder holding the built-in passages. */
export const PASSAGES_DIR = fileURLToPath(new URL('./passages', import.meta.url));

/** Reads and parses every `*.md` passage in `dir`, sorted by file name; throws on duplicate ids or id/file-name mismatch. */
export function readPassageFiles(dir: string = PASSAGES_DIR): Passage[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const seen = new Set<string>();
  return files.map((name) => {
    const passage = parsePassageFile(name, readFileSync(join(dir, name), 'utf8'));
    if (`${passage.id}.md` !== name) throw new Error(`${name}: id "${passage.id}" must match the file name`);
    if (seen.has(passage.id)) throw new Error(`${name}: duplicate passage id "${passage.id}"`);
    seen.add(passage.id);
    return passage;
  });
}

/** Builds the library data from the passage files: what the Vite plugin ships and what the CLIs search. */
export function libraryDataFromFiles(dir: string = PASSAGES_DIR): LibraryData {
  return buildLibraryData(readPassageFiles(dir));
}
