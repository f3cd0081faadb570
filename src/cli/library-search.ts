/**
 * Searches the built-in library from the command line, with the same index-building function as the app.
 * Usage: npm run --silent library:search -- "<query>" [--k 5]   (one JSON line per hit: id, title, source, score, text)
 */
import { DEFAULT_K, Library } from '../library/library.js';
import { libraryDataFromFiles } from '../library/passage-files.js';
import { integerOption, parseCommandLine, runCommand, UsageError } from './cli-args.js';

const USAGE = 'usage: npm run --silent library:search -- "<query>" [--k 5]';

runCommand('library:search', USAGE, () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { k: { type: 'string' } }, true);
  const query = positionals.join(' ').trim();
  const k = integerOption('--k', values.k, DEFAULT_K);
  if (!query) throw new UsageError('no query given');
  const library = new Library(libraryDataFromFiles());
  for (const { passage, score } of library.search(query, k)) {
    const { id, title, source, text } = passage;
    process.stdout.write(`${JSON.stringify({ id, title, source, score: Number(score.toFixed(3)), text })}\n`);
  }
});
