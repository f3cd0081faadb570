/** A grid's 100 km square said within the words, read by tokens alone, so readers of any stage may ask for it. */
import type { Token } from '../text/tokenize.js';

/** True when the two letters at `at` are a grid's 100 km square, after its zone ("42S WB 1144 7720"): no whole blood. */
export function isGridSquare(tokens: readonly Token[], at: number): boolean {
  const [zone, band, square, digits] = [tokens[at - 2], tokens[at - 1], tokens[at], tokens[at + 1]];
  return (
    zone?.kind === 'number' &&
    zone.norm.length <= 2 &&
    band?.kind === 'word' &&
    band.norm.length === 1 &&
    !band.spaced &&
    square?.raw.length === 2 &&
    digits?.kind === 'number'
  );
}
