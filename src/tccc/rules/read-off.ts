/**
 * A wait and a record read off, said between a number and the one that settles it: "zero one fifty. Actually, hang
 * on, the card says zero one forty-eight". They say where the settled number comes from, not a reading of their own.
 */
import type { Token } from '../text/tokenize.js';

/** What a record shows, named after a settling word ("actually, the tag says 0148"), and a wait said with it. */
const RECORD_NAMES = ['card', 'tag', 'watch', 'clock', 'log', 'sheet', 'tape'];
const READ_VERBS = ['says', 'reads', 'shows'];
export const READ_OFF = `(?:hang on|hold on|(?:the|my) (?:${RECORD_NAMES.join('|')}) (?:${READ_VERBS.join('|')}))`;
/**
 * How many tokens a wait or a record read off span at `j` ("hang on", "the card says"); 0 if none. Skipped like
 * settling words; number-repairs.ts keeps them only after one ("actually, hang on, the card says zero one forty-eight").
 */
export function readOffWidth(tokens: Token[], j: number): number {
  const [w, next, verb] = [tokens[j]?.norm ?? '', tokens[j + 1]?.norm ?? '', tokens[j + 2]?.norm ?? ''];
  if ((w === 'hang' || w === 'hold') && next === 'on') return 2;
  const owner = w === 'the' || w === 'my';
  return owner && RECORD_NAMES.includes(next) && READ_VERBS.includes(verb) ? 3 : 0;
}

/**
 * Words a speaker pauses on: before a count or a reading he trusts more than his guess ("okay, counted, one
 * thirty-two"), or as a sentence of their own closing what he was doing ("Okay.", "Alright.").
 */
export const PAUSE_WORDS: ReadonlySet<string> = new Set(['okay', 'ok', 'alright']);
const COUNTING = ['counted', 'recounted', 'measured', 'timed'];
const SHOWING = ['monitor', ...RECORD_NAMES];
/** "let me read the watch properly", "let me check my watch again": the speaker turns to read a record afresh. */
const READ_AGAIN = ['read', 'check'];
const AFRESH = ['properly', 'again'];
/**
 * A guess trailed off and the count that replaces it: "Pulse feels about a hundred and twenty... okay, counted, one
 * thirty-two", "Pulse I'd guess ninety... watch says one oh four", "eighteen forty-one... let me read the watch
 * properly, eighteen forty-three". The speaker breaks off his guess to count or read the watch, so only the number
 * after is a reading. Only after a trailing-off ("..."), so "pulse 90, counted" stands.
 */
export const GUESS_THEN_COUNT = new RegExp(
  `^\\s*(?:\\.\\.\\.|\u2026)[\\s,]*(?:(?:${[...PAUSE_WORDS].join('|')})[\\s,]+)?` +
    `(?:(?:i |we )?(?:${COUNTING.join('|')})|(?:(?:the|my) )?(?:${SHOWING.join('|')}) (?:${READ_VERBS.join('|')})` +
    `|let me (?:${READ_AGAIN.join('|')}) (?:the|my) (?:${SHOWING.join('|')})(?: (?:${AFRESH.join('|')}))?)[\\s,:]*$`,
  'i',
);

/** How many tokens of a count or reading said after a guess start at `j` ("okay , counted", "watch says"); 0 if none. */
export function guessCountWidth(tokens: Token[], j: number): number {
  let k = PAUSE_WORDS.has(tokens[j]?.norm ?? '') ? j + 1 : j;
  while (tokens[k]?.norm === ',') k++;
  if (['i', 'we'].includes(tokens[k]?.norm ?? '')) k++;
  if (COUNTING.includes(tokens[k]?.norm ?? '')) return k + 1 - j;
  const readAgain =
    tokens[k]?.norm === 'let' && tokens[k + 1]?.norm === 'me' && READ_AGAIN.includes(tokens[k + 2]?.norm ?? '');
  if (readAgain) {
    const shown = ['the', 'my'].includes(tokens[k + 3]?.norm ?? '') && SHOWING.includes(tokens[k + 4]?.norm ?? '');
    if (!shown) return 0;
    return (AFRESH.includes(tokens[k + 5]?.norm ?? '') ? k + 6 : k + 5) - j;
  }
  if (['the', 'my'].includes(tokens[k]?.norm ?? '')) k++;
  return SHOWING.includes(tokens[k]?.norm ?? '') && READ_VERBS.includes(tokens[k + 1]?.norm ?? '') ? k + 2 - j : 0;
}
