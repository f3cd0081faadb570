/**
 * A voice-activated recorder wakes on the voice and drops the first letters of each sentence: "...ulse one oh eight.
 * ...P one thirty over seventy-eight." Read as written, the clipped "P" is a pulse label and the pressure's first half a
 * pulse. Where the recorder shows itself (several fragments opening on an unknown lower-case tail glued to the dots) a
 * tail is restored to the one word it ends (one or two letters lost): a word of the medic's short vocabulary below
 * (its acronyms keep their capitals: "...P" is "BP"), else the one word of the whole lexicon it ends (the spelling
 * corrector's `unclip`: "...etamine"). The dots make room for the letters, so the text keeps its length and offsets. A
 * tail many words could end ("...ight", "...ive", "...een") is left clipped: a number or a side is read from what was
 * said or not at all.
 */
import { SPELLING } from './lexicon/index.js';

/** Words a sentence opens on whose last letters no other common word ends with. */
const VOCABULARY = [
  'pulse',
  'BP',
  'sats',
  'resps',
  'pressure',
  'tension',
  'needle',
  'responds',
  'breath',
  'breathing',
  'TXA',
  'ketamine',
  'fentanyl',
  'morphine',
  'priority',
  'routine',
  'urgent',
  'no',
  'not',
  'name',
  'roster',
  'left',
  'pain',
  'IV',
  'IO',
  'hanging',
  'allergies',
  'airway',
  'yeah',
  'single',
  'vented',
  'HPMK',
];

/** A fragment opening on dots glued to a word's tail: "...ulse", "...P", "...ame's". */
const CLIPPED = /(^|\s)(\.{3}|…)([A-Za-z]+)(?=[^A-Za-z]|$)/g;

/** Fragments opening on an unknown lower-case tail a text needs before it is read as a recording that cut in late. */
const MIN_CLIPPED_FRAGMENTS = 3;

/** The recorder shows itself: fragments open on lower-case tails no word is ("...ulse"; a pause before "...and" is no clip). */
function isClipping(text: string): boolean {
  let clipped = 0;
  for (const [, , , tail] of text.matchAll(CLIPPED)) if (/^[a-z]/.test(tail) && !SPELLING.knows(tail)) clipped++;
  return clipped >= MIN_CLIPPED_FRAGMENTS;
}

/** The letters lost from `tail`: of the one word of the vocabulary, else of the lexicon, it ends (one or two lost). */
function lostLetters(tail: string): string | undefined {
  // An acronym's tail keeps its capitals ("...XA"), a word's is lower-case ("...o" is "no", not "IO").
  const acronym = tail === tail.toUpperCase();
  const words = VOCABULARY.filter((w) => {
    const lost = w.length - tail.length;
    return (
      lost >= 1 && lost <= 2 && (w === w.toUpperCase()) === acronym && w.toLowerCase().endsWith(tail.toLowerCase())
    );
  });
  if (words.length === 1) return words[0].slice(0, words[0].length - tail.length);
  if (acronym || words.length > 1) return undefined;
  const whole = SPELLING.unclip(tail);
  return whole?.slice(0, whole.length - tail.length);
}

/** `text` with a voice-activated recorder's clipped sentence openings restored where one word fits; same length. */
export function withClippedStartsRestored(text: string): string {
  if (!isClipping(text)) return text;
  return text.replace(CLIPPED, (whole, before: string, dots: string, tail: string) => {
    const lost = lostLetters(tail);
    if (!lost || lost.length > dots.length) return whole;
    return before + ' '.repeat(dots.length - lost.length) + lost + tail;
  });
}
