/**
 * Searches the built-in library from the command line, with the same index-building function as the app.
 * Usage: npm run --silent library:search -- "<query>" [--k 5]   (one JSON line per hit: id, title, source, score, text)
 */
import { parseArgs } from 'node:util';
import { DEFAULT_K, Library } from '../library/library.js';
import { libraryDataFromFiles } from '../library/passage-files.js';

const { values, positionals } = parseArgs({ options: { k: { type: 'string' } }, allowPositionals: true });
const query = positionals.join(' ').trim();
const k = values.k === undefined ? DEFAULT_K : Number(values.k);
if (!query || !Number.isInteger(k) || k < 1) {
  process.stderr.write('usage: npm run --silent library:search -- "<query>" [--k 5]\n');
  process.exit(2);
}

const library = new Library(libraryDataFromFiles());
for (const { passage, score } of library.search(query, k)) {
  const { id, title, source, text } = passage;
  process.stdout.write(`${JSON.stringify({ id, title, source, score: Number(score.toFixed(3)), text })}\n`);
}
