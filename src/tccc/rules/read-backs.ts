/**
 * A call written as a transcript where the one taking it reads each item back ("CALLER: … pulse one eighteen, BP one
 * oh two over sixty … / BAS: … pulse one eighteen, BP one twenty over sixty …"): the read-back repeats what was just
 * said, a slip in it included, and adds no fact. A labelled turn whose words and numbers the turn before it mostly
 * said is blanked, its label kept, so only the caller's words (and his corrections) are read. A turn that says
 * something new is read as said.
 */
import { readTokens } from '../text/normalize.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { blank } from './blanked-text.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';

/** A line opening on a speaker's label: "BAS:", "CALLER:", "Doc Whalen:". */
const TURN = /^([ \t]*[A-Z][A-Za-z0-9 .'/-]{0,24}:)(.*)$/gm;

/** Labelled turns a transcript needs before its turns are compared. */
const MIN_TURNS = 4;
/** The share of a turn's words the turn before must have said for it to be a read-back. */
const MIN_SAID_BEFORE = 0.7;

/** The share of a read-back's numbers that may be slips, beyond one. */
const MAX_SLIPS = 0.3;

/** Words of the call's procedure, said in a read-back without repeating anything. */
const PROCEDURE = new Set([
  'copy',
  'copied',
  'roger',
  'ready',
  'over',
  'out',
  'the',
  'and',
  'that',
  'correct',
  'read',
  'back',
]);

/** What a turn says: its numbers (by their digits) and its words of three letters or more. */
function saidIn(words: string): { numbers: string[]; words: string[] } {
  const tokens: Token[] = readTokens(words, NORMALIZE_OPTIONS);
  return {
    numbers: tokens.filter(isNumeric).map((t) => t.digits ?? t.norm),
    words: tokens
      .filter((t) => t.kind === 'word' && t.norm.length >= 3 && !PROCEDURE.has(t.norm))
      .map((t) => stemOf(t.norm)),
  };
}

/** A word without the endings a read-back changes it by ("burns" for "burned", "pain" for "pain's"). */
const stemOf = (word: string): string => word.replace(/(?:['’]s|es|ed|s)$/, '');

/** True when a turn only confirms what was read to it ("Correct.", "Roger that."): it says nothing to read back. */
const confirmsOnly = (words: string): boolean => {
  const said = saidIn(words);
  return said.numbers.length === 0 && said.words.length === 0;
};

/** `text` with each read-back turn's words blanked, same length; a text of fewer labelled turns is left alone. */
export function withoutReadBacks(text: string): string {
  const turns = [...text.matchAll(TURN)].map((m) => ({ label: m[1].trim(), at: m.index + m[1].length, words: m[2] }));
  if (turns.length < MIN_TURNS || new Set(turns.map((t) => t.label)).size < 2) return text;
  let out = text;
  turns.forEach((turn, k) => {
    // A turn that only confirms ("Correct.") is passed over: what is read back after it is the caller's turn before.
    let b = k - 1;
    while (b > 0 && confirmsOnly(turns[b].words) && turns[b - 1].label === turn.label) b -= 2;
    const before = turns[b];
    if (!before || before.label === turn.label) return;
    // A question asked after the read-back ("One oh two over sixty, copy. Category?") states nothing.
    const [said, earlier] = [saidIn(turn.words.replace(/[^.!?]*\?/g, ' ')), saidIn(before.words)];
    const repeated = (mine: string[], theirs: string[]): number => mine.filter((w) => theirs.includes(w)).length;
    if (said.words.length + said.numbers.length === 0) return;
    if (repeated(said.words, earlier.words) < MIN_SAID_BEFORE * said.words.length) return;
    // Its numbers were said before, but for one slip in the read-back ("one forty" for "one ten") or a few in a long one.
    const numbersRepeated = repeated(said.numbers, earlier.numbers);
    const slips = said.numbers.length - numbersRepeated;
    if (said.numbers.length > 0 && (numbersRepeated === 0 || slips > Math.max(1, MAX_SLIPS * said.numbers.length)))
      return;
    out = out.slice(0, turn.at) + blank(turn.words) + out.slice(turn.at + turn.words.length);
  });
  return out;
}
