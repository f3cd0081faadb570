/**
 * A dose whose unit alone is taken back: "fentanyl fifty milligrams, sorry, micrograms". The number stands and the
 * unit said after the marker replaces the one said before it; read any other way the dose keeps the wrong unit.
 */
import type { Token } from '../text/tokenize.js';
import { DOSE_UNITS } from './lexicon/drugs.js';

/**
 * Words that take back what was just said, alone or with pauses around them ("I" only as "I mean"): shared with the
 * grounding check, which must accept the dose this reads.
 */
export const UNIT_TAKEN_BACK_WORDS: ReadonlySet<string> = new Set(['no', 'sorry', 'correction', 'mean', 'i']);
const PAUSES = new Set([',', '-', '...']);
/** Marker words and pauses that may stand between the two units ("milligrams, uh, no, sorry, micrograms"). */
const MAX_BETWEEN = 6;

const unitOf = (t: Token | undefined): string | undefined =>
  t?.kind === 'word' && Object.hasOwn(DOSE_UNITS, t.norm) ? DOSE_UNITS[t.norm] : undefined;

/** Returns the tokens with each dose unit taken back, and the marker after it, left out. */
export function applyUnitCorrections(tokens: Token[]): Token[] {
  const drop = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const said = unitOf(tokens[i]);
    if (!said || tokens[i - 1].kind !== 'number') continue;
    let j = i + 1;
    let marked = false;
    while (
      j < tokens.length &&
      j <= i + MAX_BETWEEN &&
      (PAUSES.has(tokens[j].norm) || UNIT_TAKEN_BACK_WORDS.has(tokens[j].norm))
    ) {
      // "I mean" counts only as a pair: a lone "I" begins a sentence of its own.
      if (UNIT_TAKEN_BACK_WORDS.has(tokens[j].norm) && (tokens[j].norm !== 'i' || tokens[j + 1]?.norm === 'mean'))
        marked = true;
      j++;
    }
    const meant = unitOf(tokens[j]);
    // A second unit straight after the first, past only a pause ("fifty milligrams... micrograms"), can only take the
    // first back: no dose has two units.
    const paused = j > i + 1;
    // The unit said again must stand alone: "10 mg, no, 20 mg" is a dose corrected whole, read elsewhere.
    if (!(marked || paused) || !meant || meant === said) continue;
    for (let k = i; k < j; k++) drop.add(k);
    i = j;
  }
  return drop.size === 0 ? tokens : tokens.filter((_, k) => !drop.has(k));
}
