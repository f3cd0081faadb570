/**
 * A speech recogniser that ends a sentence at every pause cuts the medic's sentences into fragments of a word or two,
 * each with a capital and a full stop: "TQ. Left thigh. Oh six. Fourteen." Read as written, no number, place or name
 * runs across a stop. Where the whole text is cut so (nearly every fragment a word or two long), a line is taken as
 * the medic's sentence: the stops inside it are blanked (offsets kept), and letters spelled one by one ("I. O.",
 * "A. C.") are joined into the word they spell.
 */
import { CLINICAL_WORDS } from './lexicon/index.js';

/** Fragments a text needs before it is read as a recogniser's. */
const MIN_FRAGMENTS = 20;

/** Share of fragments a word or two long a recogniser's text has (a terse medic's clipped notes stay well under). */
const MIN_SHORT_SHARE = 0.85;

/** True when nearly every fragment of `text`, between stops or line breaks, is a word or two long. */
function isCutAtPauses(text: string): boolean {
  const fragments = text.split(/\.(?:[ \t]+|$)|\n/m).filter((f) => f.trim());
  if (fragments.length < MIN_FRAGMENTS) return false;
  const short = fragments.filter((f) => f.trim().split(/\s+/).length <= 2).length;
  return short / fragments.length >= MIN_SHORT_SHARE;
}

/** Capitals spelled one by one, each with its stop: "I. O.", "A. C.", "T. X. A." */
const SPELLED = /\b[A-Z]\.(?:[ \t]+[A-Z]\.)+/g;

/** A stop inside a line: a full stop before more words on the same line. */
const INNER_STOP = /\.(?=[ \t]+\S)/g;

/** A spoken "A." or "I." before spelled letters: "Started. A. I. V." is "a IV", "Gave. Him. A. T. X. A." "a TXA". */
const SPOKEN_WORD = /^[AI]\.[ \t]+(?=[A-Z]\.[ \t]+[A-Z]\.)/;

/** Lines a text needs before each line is taken as a sentence: said all on one line, its stops are all it has. */
const MIN_LINES = 3;

/** A capitalized word said alone before a stop, and the capitalized word after it: "Ames. Frag.", "Cole. Burns." */
const WORD_THEN_CAPITAL = /\b([A-Z][a-z]+)\.[ \t]+(?=([A-Z][a-z]+)\b)/g;

/**
 * `text` with the recogniser's capital taken off a clinical word said after a name ("Ames. Frag." → "Ames. frag."):
 * with the stop blanked, a capital there would run the name on into it ("Ames Frag"). Only a clinical word: any word
 * the rules know would cut a surname that is one ("Tom. King.", "Ray. Young. Burns."); same length.
 */
function withoutCapitalsAfterNames(text: string): string {
  const chars = text.split('');
  for (const m of text.matchAll(WORD_THEN_CAPITAL)) {
    const [name, word] = [m[1].toLowerCase(), m[2].toLowerCase()];
    if (!CLINICAL_WORDS.has(name) && CLINICAL_WORDS.has(word)) chars[m.index + m[0].length] = word[0];
  }
  return chars.join('');
}

/** `letters`, capitals spelled one by one, as the word they spell; same length. */
function joined(letters: string): string {
  const word = letters.replace(/[^A-Z]/g, '');
  return word + ' '.repeat(letters.length - word.length - 1) + '.';
}

/** `text` with a recogniser's stops at every pause taken out of each line, and spelled letters joined; same length. */
export function withoutPausedStops(text: string): string {
  if (!isCutAtPauses(text)) return text;
  const spelled = text.replace(SPELLED, (letters: string) => {
    const spoken = SPOKEN_WORD.exec(letters)?.[0] ?? '';
    return spoken + joined(letters.slice(spoken.length));
  });
  return text.split('\n').length >= MIN_LINES ? withoutCapitalsAfterNames(spelled).replace(INNER_STOP, ' ') : spelled;
}
