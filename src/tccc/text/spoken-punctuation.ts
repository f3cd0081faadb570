/**
 * Punctuation said aloud: a dictation recogniser that needs the medic to say "comma", "period" and "new line" often
 * writes them as words ("Tourniquet right thigh at 1508 period new line Casualty two colon …"). Once a narrative
 * dictates its punctuation that way, those words are the marks they stand for.
 */
import type { Token } from './tokenize.js';

/** Spoken marks of one word, and the mark each stands for. */
const ONE_WORD: Readonly<Record<string, string>> = { comma: ',', period: '.', semicolon: ';', colon: ':' };
/** Spoken marks of two words ("new line", "full stop"). */
const TWO_WORDS: Readonly<Record<string, string>> = {
  'new line': '\n',
  'next line': '\n',
  'new paragraph': '\n',
  'full stop': '.',
  'question mark': '?',
};
/** Fewest spoken marks that show the narrative dictates its punctuation, so one "period" of time is no stop. */
const DICTATED = 2;
/** Words before "period" or "colon" that make it the noun ("for a period of", "the colon", "sigmoid colon"). */
const NOUN_BEFORE = new Set(['a', 'the', 'his', 'her', 'their', 'to', 'of', 'sigmoid', 'transverse', 'possible']);
/** Words after "colon" that make it the bowel ("colon injury", "colon perforated"). */
const NOUN_AFTER = new Set(['injury', 'injuries', 'wound', 'wounds', 'perforation', 'perforated', 'damage']);

/** `tokens` with the punctuation said as words read as marks, when the narrative dictates its punctuation. */
export function readSpokenPunctuation(tokens: Token[]): Token[] {
  const marks = tokens.map((_, i) => spokenMark(tokens, i));
  if (marks.filter((m) => m !== undefined).length < DICTATED) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mark = marks[i];
    if (!mark) {
      out.push(tokens[i]);
      continue;
    }
    const last = tokens[i + mark.words - 1];
    const raw = tokens.slice(i, i + mark.words).map((t) => t.raw);
    out.push({
      kind: 'punct',
      norm: mark.norm,
      raw: raw.join(' '),
      start: tokens[i].start,
      end: last.end,
      spaced: tokens[i].spaced,
    });
    i += mark.words - 1;
  }
  return out;
}

function spokenMark(tokens: Token[], i: number): { norm: string; words: number } | undefined {
  const t = tokens[i];
  if (t.kind !== 'word') return undefined;
  const two = `${t.norm} ${tokens[i + 1]?.norm ?? ''}`;
  if (Object.hasOwn(TWO_WORDS, two) && tokens[i + 1].kind === 'word') return { norm: TWO_WORDS[two], words: 2 };
  if (!Object.hasOwn(ONE_WORD, t.norm) || NOUN_BEFORE.has(tokens[i - 1]?.norm ?? '')) return undefined;
  if (t.norm === 'colon' && NOUN_AFTER.has(tokens[i + 1]?.norm ?? '')) return undefined;
  return { norm: ONE_WORD[t.norm], words: 1 };
}

/**
 * A hyphen said as "dash" between two numbers, as a unit's battalion and regiment are read over the radio ("Bravo
 * Company wun dash fife zero too" is "Bravo Company 1-502"): the word is the mark, written tight to the numbers.
 */
export function readSpokenDashes(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.norm === 'dash')) return tokens;
  return tokens.map((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (t.norm === 'dash' && before?.kind === 'number' && after?.kind === 'number')
      return { ...t, kind: 'punct', norm: '-', spaced: false };
    if (t.kind === 'number' && before?.norm === 'dash' && tokens[i - 2]?.kind === 'number')
      return { ...t, spaced: false };
    return t;
  });
}
