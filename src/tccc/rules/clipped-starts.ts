/**
 * A voice-activated recorder wakes on the voice and drops the first letters of each sentence: "...ulse one oh eight.
 * ...P one thirty over seventy-eight." Read as written, the clipped "P" is a pulse label and the pressure's first half a
 * pulse. Where the recorder shows itself (several sentences opening on a lower-case tail after the dots) a tail is
 * restored to the one word of the medic's vocabulary it ends (one or two letters lost); the dots make room for the
 * letters, so the text keeps its length and offsets. A tail many words could end ("...ight", "...ive", "...een") is
 * left clipped: a number or a side is read from what was said or not at all. The spelling corrector's `unclip`
 * (text/spelling.ts) reads the same recording's clipped words against the whole lexicon, after this; the two are one
 * concept written twice this stop, to be made one.
 */

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

/** A sentence opening on dots and a word's tail: "...ulse", "...P", "...ame's". */
const CLIPPED = /(^|[.!?]\s+|\n\s*)(\.{3}|…)([A-Za-z]+)(?=[^A-Za-z]|$)/g;

/** The recorder shows itself: at least three sentences open on a lower-case tail after the dots. */
const isClipping = (text: string): boolean => (text.match(/(?:^|[.!?]\s+)(?:\.{3}|…)[a-z]/g) ?? []).length >= 3;

/** The letters lost from `tail`, if one word of the vocabulary ends with it, one or two letters longer. */
function lostLetters(tail: string): string | undefined {
  // An acronym's tail keeps its capitals ("...XA"), a word's is lower-case ("...o" is "no", not "IO").
  const acronym = tail === tail.toUpperCase();
  const words = VOCABULARY.filter((w) => {
    const lost = w.length - tail.length;
    return (
      lost >= 1 && lost <= 2 && (w === w.toUpperCase()) === acronym && w.toLowerCase().endsWith(tail.toLowerCase())
    );
  });
  if (words.length !== 1) return undefined;
  const lost = words[0].slice(0, words[0].length - tail.length);
  return lost;
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
