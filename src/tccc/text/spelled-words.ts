/**
 * A word spelled over the radio: after the proword "I spell" the letters of the spelling alphabet are the word they
 * spell ("Name, I spell: Kilo Oscar Whiskey Alpha Lima Sierra Kilo India" is "Name, Kowalski"), so every reader
 * downstream sees the name as if it were said. The proword itself is procedure, not narrative, and is dropped.
 */
import { isNumberWord } from './number-words.js';
import { NATO_LETTERS } from './phonetic-alphabet.js';
import type { Token } from './tokenize.js';

/** Fewest letters a spelled word has: one letter alone is an initial, not a word. */
const MIN_LETTERS = 2;
/** Words right before a later run in the passage that make it a name spelled too ("first name Mike Alpha..."). */
const NAME_LABELS = new Set(['name', 'surname', 'forename']);
const PASSAGE_ENDS = new Set(['.', ';', '\n', '?', '!']);

const letterOf = (t: Token | undefined): string | undefined =>
  t !== undefined && t.kind === 'word' && Object.hasOwn(NATO_LETTERS, t.norm) ? NATO_LETTERS[t.norm] : undefined;

/** True at "I spell" (said or written "i spell"). */
const isLead = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.norm === 'i' && tokens[i + 1]?.norm === 'spell';

/**
 * Replaces each run of spelling-alphabet words that the proword "I spell" opens with one word token, and drops the
 * proword with a colon after it. A later run in the same sentence is a word too when a name label stands before it
 * ("..., first name Mike Alpha Romeo Charlie"); a run that digits follow is a code ("roster Kilo Lima seven seven"),
 * left as its letters.
 */
export function joinSpelledWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let passage = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (isLead(tokens, i)) {
      passage = true;
      i += tokens[i + 2]?.norm === ':' ? 3 : 2;
      const run = runEnd(tokens, i);
      if (run > i) {
        const word = spelledWord(tokens, i, run);
        i = run;
        // "Okoro, I spell: Oscar Kilo...", "I spell: Papa Alpha..., Parker": the word said beside its spelling is
        // one saying of it, not a second name word.
        if (saidBefore(out, word)) continue;
        if (tokens[i]?.norm === ',' && tokens[i + 1]?.norm === word.norm) i += 2;
        out.push(word);
      }
      continue;
    }
    if (PASSAGE_ENDS.has(t.norm)) passage = false;
    const run = passage && NAME_LABELS.has(tokens[i - 1]?.norm ?? '') ? runEnd(tokens, i) : i;
    if (run > i) {
      out.push(spelledWord(tokens, i, run));
      i = run;
      continue;
    }
    out.push(t);
    i++;
  }
  return out;
}

/** True when the word before the proword, a comma between, is the spelled word ("Okoro, I spell: ..."). */
function saidBefore(out: readonly Token[], word: Token): boolean {
  const k = out.length - (out[out.length - 1]?.norm === ',' ? 2 : 1);
  return out[k]?.norm === word.norm;
}

/** The end of a run of at least two spelling-alphabet words from `i` that no digit follows; else `i`. */
function runEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (letterOf(tokens[j]) !== undefined) j++;
  if (j - i < MIN_LETTERS) return i;
  const next = tokens[j];
  return next && (next.kind === 'number' || isNumberWord(next.norm)) ? i : j;
}

function spelledWord(tokens: readonly Token[], from: number, to: number): Token {
  const letters = tokens
    .slice(from, to)
    .map((t) => letterOf(t)!)
    .join('');
  return {
    kind: 'word',
    norm: letters.toLowerCase(),
    raw: letters[0] + letters.slice(1).toLowerCase(),
    start: tokens[from].start,
    end: tokens[to - 1].end,
    spaced: tokens[from].spaced,
  };
}
